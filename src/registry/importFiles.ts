/**
 * A registry built from files the user picks (the pane) or names (tsag-registry): each file read by what it is —
 * a .docx by its Annex A, a .json as an earlier registry, anything else as text by the core's importers — then
 * merged. One sentence for each file that cannot be used; the others still count.
 */
import {
  importAnnexA,
  importText,
  ImportError,
  mergeImports,
  MAX_INPUT_BYTES,
  type ImportResult,
  type MergeResult,
} from "../core/registry/import";
import { validateRegistry, type Registry } from "../core";
import { readDocx } from "../readers/docx";

export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

/** An earlier registry as an input: its documents and Questions, under its own name. */
export function fromRegistry(input: string, registry: Registry): ImportResult {
  const provenance = (where: string) => ({ input, where });
  return {
    input,
    kind: "registry",
    asOf: registry.updated.slice(0, 10),
    scope: registry.scope ?? "complete",
    group: registry.body,
    studyPeriod: registry.studyPeriod || undefined,
    meetings: registry.meeting ? [registry.meeting] : [],
    documents: registry.documents.flatMap((document) => [
      {
        id: document.id,
        title: document.title || undefined,
        source: document.source || undefined,
        status: document.status,
        url: document.url,
        meeting: document.meeting,
        revisedTo: document.supersededBy,
        provenance: provenance(document.id),
      },
      ...document.revisions.map((revision) => ({
        id: document.id,
        revision,
        url: document.revisionUrls?.[String(revision)],
        provenance: provenance(`${document.id}R${revision}`),
      })),
    ]),
    questions: registry.questions.map((question) => ({ ...question, provenance: provenance(question.id) })),
    skipped: [],
  };
}

/** Reads one file into an import; throws ImportError with one sentence when it cannot be used. */
export async function importFile({ name, bytes }: InputFile): Promise<ImportResult> {
  if (bytes.length > MAX_INPUT_BYTES)
    throw new ImportError(`${name} is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB: not a document list.`);
  if (/\.docx$/i.test(name)) {
    try {
      return importAnnexA(name, await readDocx(bytes));
    } catch (error) {
      if (error instanceof ImportError) throw error;
      throw new ImportError(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (/\.xlsx?$/i.test(name))
    throw new ImportError(
      `${name}: spreadsheets are not read yet; save the sheet as CSV (File › Save As › CSV).`,
    );
  const text = new TextDecoder("utf-8").decode(bytes);
  if (/\.json$/i.test(name)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new ImportError(`${name} is not JSON that can be read.`);
    }
    const validation = validateRegistry(parsed);
    if (!validation.ok) throw new ImportError(`${name}: ${validation.problem}`);
    return fromRegistry(name, validation.registry);
  }
  return importText(name, text);
}

/** One line for what an input gave: "documents.csv: csv, 5 document entries (as of 2026-01-27; 1 row not read)." */
export function describeImport(result: ImportResult): string {
  const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  const counts = [
    result.documents.length > 0 ? plural(result.documents.length, "document entry", "document entries") : "",
    result.questions.length > 0 ? plural(result.questions.length, "Question", "Questions") : "",
  ].filter(Boolean);
  const notes = [
    result.asOf ? `as of ${result.asOf}` : "no as-of date",
    result.scope === "partial" ? "a partial list" : "",
    result.skipped.length > 0 ? `${plural(result.skipped.length, "row", "rows")} not read` : "",
  ].filter(Boolean);
  return `${result.input}: ${result.kind}, ${counts.join(", ") || "nothing"} (${notes.join("; ")}).`;
}

export interface BuiltRegistry extends MergeResult {
  imports: ImportResult[];
  /** One sentence per file that could not be used, and per input left out of the merge. */
  problems: string[];
}

/** Builds one registry from files; `registry` is null when nothing usable was read. */
export async function buildRegistryFromFiles(
  files: readonly InputFile[],
  options: { now: Date; meeting?: string; body?: string },
): Promise<Omit<BuiltRegistry, "registry"> & { registry: Registry | null }> {
  const imports: ImportResult[] = [];
  const problems: string[] = [];
  for (const file of files) {
    try {
      imports.push(await importFile(file));
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      problems.push(error.message);
    }
  }
  const merged = mergeImports(imports, {
    now: options.now.toISOString(),
    meeting: options.meeting,
    body: options.body,
  });
  problems.push(...merged.problems);
  const usable = merged.registry.documents.length > 0 || merged.registry.questions.length > 0;
  return { imports, problems, registry: usable ? merged.registry : null };
}
