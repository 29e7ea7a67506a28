/**
 * What the task pane needs to know about the host, in one value: theme, supported API sets, document mode.
 * `officeEnvironment()` reads it from Office.js; the playground passes a simulated one.
 */
import type { WordHost } from "./wordApi";

export type ThemeKind = "light" | "dark";

export interface HostEnvironment {
  /** Shown in the pane's footer: "Word", "Word (simulated)". */
  hostName: string;
  theme: ThemeKind;
  supports(set: "WordApi", version: string): boolean;
  /** Office.context.document.mode === "readOnly". */
  readOnly: boolean;
  word: WordHost;
}

/** Minimum requirement set of the add-in (manifest.xml says the same). */
export const MINIMUM_WORD_API = "1.3";

/** Relative luminance of a "#RRGGBB" colour, 0 (black) to 1 (white). */
export function luminance(hex: string): number {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!match) return 1;
  const [r, g, b] = [match[1]!, match[2]!, match[3]!].map((part) => parseInt(part, 16) / 255);
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function themeFromBackground(backgroundColor: string | undefined): ThemeKind {
  return backgroundColor !== undefined && luminance(backgroundColor) < 0.5 ? "dark" : "light";
}

/** The real environment; call after Office.onReady. */
export function officeEnvironment(): HostEnvironment {
  const requirements = Office.context?.requirements;
  return {
    hostName: "Word",
    theme: themeFromBackground(Office.context?.officeTheme?.bodyBackgroundColor),
    supports: (set, version) => requirements?.isSetSupported(set, version) ?? false,
    readOnly: Office.context?.document?.mode === Office.DocumentMode.ReadOnly,
    word: { run: (batch) => Word.run((context) => batch(context)) },
  };
}
