/**
 * What the package's commands share: their view of the file system and streams (CliIo), reading reports and
 * registries, and printing findings as one line each.
 */
import {
  countFindings,
  verdict,
  findingsJson,
  indexRegistry,
  renderHtmlReport,
  type DocumentSnapshot,
  type FileFindings,
  type RegistryIndex,
} from "../core";
import { DOCUMENT_FILE, readDocumentWithNotes, type DocumentReading } from "../readers";
import { loadRegistry, parseRegistryText } from "../registryIO/load";

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => Promise<Buffer>;
  /** The entries of a directory (full paths), or null when `path` is not a directory. */
  listDirectory: (path: string) => Promise<string[] | null>;
  writeFile: (path: string, content: string | Uint8Array) => Promise<void>;
  fetchImpl?: typeof fetch;
  now?: () => Date;
  /** The package's version, for --version. */
  version?: string;
}

export const READABLE = DOCUMENT_FILE;

export async function readRegistry(location: string, io: CliIo): Promise<RegistryIndex> {
  if (/^https?:\/\//.test(location)) {
    const load = await loadRegistry(location, { fetchImpl: io.fetchImpl ?? fetch });
    if (!load.index) throw new Error(load.problem ?? "The registry could not be loaded.");
    return load.index;
  }
  let text: string;
  try {
    text = (await io.readFile(location)).toString("utf8");
  } catch {
    throw new Error(`Cannot read the registry file ${location}.`);
  }
  return indexRegistry(parseRegistryText(text));
}

/** Named files as given; directories expanded (recursively, sorted) to the .docx and .txt files they hold. */
export async function expandInputs(inputs: readonly string[], io: CliIo): Promise<string[]> {
  const files: string[] = [];
  const visit = async (path: string, named: boolean) => {
    const entries = await io.listDirectory(path).catch(() => null);
    if (entries === null) {
      if (named || READABLE.test(path)) files.push(path);
      return;
    }
    for (const entry of [...entries].sort()) {
      if (!entry.split(/[\\/]/).pop()!.startsWith(".")) await visit(entry, false);
    }
  };
  for (const input of inputs) await visit(input, true);
  return files;
}

export async function readDocumentFile(file: string, io: CliIo): Promise<DocumentSnapshot> {
  return (await readDocumentFileWithNotes(file, io)).snapshot;
}

/** Reads a report file as src/readers decides (by its bytes, then its name); errors name the file. */
export async function readDocumentFileWithNotes(file: string, io: CliIo): Promise<DocumentReading> {
  let content: Buffer;
  try {
    content = await io.readFile(file);
  } catch {
    throw new Error(`${file}: cannot read the file.`);
  }
  try {
    return await readDocumentWithNotes(file, content);
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function findingsAsText(results: readonly FileFindings[]): string {
  const lines: string[] = [];
  for (const { file, findings, registry, ignored = [], lapsed = [] } of results) {
    for (const f of findings) {
      const where = f.location ? ` [${f.location.section}]` : "";
      lines.push(`${file}:${f.paragraph + 1}:${f.start + 1}: ${f.severity} ${f.rule}: ${f.message}${where}`);
    }
    // Set aside by the author in the document ("Ignore in this document…"), with the reason and the date.
    for (const { finding: f, decision } of ignored) {
      const when = decision.date ? ` (${decision.date})` : "";
      lines.push(
        `${file}:${f.paragraph + 1}:${f.start + 1}: ignored ${f.rule}: ${f.message} — reason: ${decision.reason}${when}`,
      );
    }
    for (const d of lapsed) {
      lines.push(
        `${file}: no longer matches: the decision to ignore ${d.rule} on "${d.words || d.sentence}" (its words changed, or the problem is gone)`,
      );
    }
    const { errors, warnings, infos } = countFindings(findings);
    const aside = ignored.length > 0 ? `, ${ignored.length} ignored by the author` : "";
    const unchecked =
      verdict(findings, registry).status === "unchecked" ? "; not checked against a registry" : "";
    lines.push(`${file}: ${errors} error(s), ${warnings} warning(s), ${infos} info${aside}${unchecked}`);
  }
  return lines.join("\n");
}

/** What a command says when it was called wrongly: one sentence, then the usage; exit status 2. */
export class UsageError extends Error {}

/** Findings as a command prints them: one line each (text), tsag-check's JSON, or the printable HTML report. */
export function findingsOutput(
  results: readonly FileFindings[],
  format: "text" | "json" | "html",
  now: Date,
): string {
  if (format === "json") return findingsJson(results);
  if (format === "html") return renderHtmlReport(results, now);
  return findingsAsText(results);
}
