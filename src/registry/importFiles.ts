/**
 * A registry built from files the user picks (the pane) or names (tsag-registry): each file read by what it is —
 * a .docx by its Annex A, a .json as an earlier registry, anything else as text by the core's importers — then
 * merged. One sentence for each file that cannot be used; the others still count.
 */
import {
  documentsOfTable,
  importAnnexA,
  importText,
  latestDate,
  ImportError,
  mergeImports,
  MAX_INPUT_BYTES,
  type ImportResult,
  type MergeResult,
} from "../core/registry/import";
import { validateRegistry, type Registry } from "../core";
import { documentKind, readDocumentFile } from "../readers";

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

/**
 * A spreadsheet someone keeps (the 3GPP habit: one sheet per meeting, with TDoc, Title, Source, Type, Status, "Is
 * revision of", "Revised to"): every sheet with a header row of document columns (table.ts), read with
 * read-excel-file. Dates become yyyy-mm-dd; numbers and booleans their text.
 */
export async function importXlsx(name: string, bytes: Uint8Array): Promise<ImportResult> {
  const { default: readXlsxFile } = await import("read-excel-file/universal");
  let sheets: Awaited<ReturnType<typeof readXlsxFile>>;
  try {
    // A copy: a Node Buffer may be a view on a larger shared pool.
    sheets = await readXlsxFile(new Uint8Array(bytes).buffer);
  } catch {
    throw new ImportError(`${name} is not a spreadsheet that can be read.`);
  }
  const text = (value: unknown) =>
    value instanceof Date
      ? value.toISOString().slice(0, 10)
      : value === null || value === undefined
        ? ""
        : String(value);
  const documents: ImportResult["documents"] = [];
  const skipped: string[] = [];
  let found = false;
  let asOf: string | undefined;
  for (const { sheet, data } of sheets) {
    const rows = data.map((row) => row.map(text));
    const read = documentsOfTable({ input: name, rowName: `sheet "${sheet}" row`, rows });
    if (!read.found) continue;
    found = true;
    documents.push(...read.documents);
    skipped.push(...read.skipped);
    const latest = latestDate(rows);
    if (latest && (!asOf || latest > asOf)) asOf = latest;
  }
  if (!found)
    throw new ImportError(
      `${name} has no sheet with a column of document numbers ("TD", "TDoc", "Number", "TD/C #"…) in its header row.`,
    );
  return {
    input: name,
    kind: "xlsx",
    asOf,
    scope: "complete",
    meetings: [],
    documents,
    questions: [],
    skipped,
  };
}

/** Reads one file into an import; throws ImportError with one sentence when it cannot be used. */
export async function importFile({ name, bytes }: InputFile): Promise<ImportResult> {
  if (bytes.length > MAX_INPUT_BYTES)
    throw new ImportError(`${name} is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB: not a document list.`);
  if (documentKind(name, bytes) === "docx") {
    try {
      return importAnnexA(name, await readDocumentFile(name, bytes));
    } catch (error) {
      if (error instanceof ImportError) throw error;
      throw new ImportError(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (/\.xls$/i.test(name))
    throw new ImportError(`${name} is an old-style .xls workbook: save it as .xlsx or CSV first.`);
  if (/\.xlsx$/i.test(name)) return importXlsx(name, bytes);
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
