export type Tool = "browser" | "libreoffice";
export interface Located {
  path: string;
  exists: boolean;
  /** The environment variable that chose it, or null when found in the platform's usual places. */
  fromVariable: string | null;
}
export const TOOLS: Record<Tool, { name: string; variable: string; places: Record<string, string[]> }>;
export const DEBIAN_PACKAGE: Record<Tool, string>;
export const INSTALL: Record<Tool, Record<string, string>>;
export function locate(tool: Tool, env?: NodeJS.ProcessEnv, platform?: string): Located | null;
export function missingSentence(tool: Tool, found: Located | null, platform?: string): string;
export function requireTool(tool: Tool): string;
/** The browser the end-to-end tests drive (CHROMIUM_PATH, else an installed Chromium, Chrome or Edge). */
export function chromiumPath(): string;
/** LibreOffice's soffice (SOFFICE_PATH, else an installed LibreOffice). */
export function libreOfficePath(): string;
