/**
 * A registry built from files the user picks (the pane) or names (tsag-registry): each file read by what it is —
 * a .docx by its Annex A, a .json as an earlier registry, anything else as text by the core's importers — then
 * merged. One sentence for each file that cannot be used; the others still count.
 */
import {
  decodeText,
  documentsOfTable,
  importAnnexA,
  importText,
  latestDate,
  ImportError,
  mergeImports,
  MAX_INPUT_BYTES,
  type ImportResult,
  type MergeOptions,
} from "../core/registry/import";
import { parseRegistryJson, validateRegistry, type Registry } from "../core";
import { documentKind, readDocumentFile } from "../readers";

export interface InputFile {
  /** A file name (the folders are dropped from what the registry records) or the address it was fetched from. */
  name: string;
  bytes: Uint8Array;
  /** The server's Content-Type, for an input fetched from an address: it may name the character set. */
  contentType?: string;
}

/** What an earlier registry knew of a document's revisions, as an input says it. */
function knowledgeOf(
  document: Registry["documents"][number],
): ImportResult["documents"][number]["revisionsKnown"] {
  const known = document.revisionsKnown ?? "exactly";
  if (known === "exactly") return { kind: "exactly", revisions: document.revisions };
  if (known === "up-to") return { kind: "up-to", latest: document.revisions.length };
  return undefined;
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
        revisionsKnown: knowledgeOf(document),
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
export async function importFile({ name, bytes, contentType }: InputFile): Promise<ImportResult> {
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
  const text = decodeText(name, bytes, contentType);
  if (/\.json$/i.test(name) || /^\s*\{\s*"format"\s*:\s*"tsag-registry"/.test(text.slice(0, 200))) {
    const parsed = parseRegistryJson(text);
    if (!parsed.ok) throw new ImportError(`${name}: ${parsed.problem}`);
    return fromRegistry(name, parsed.registry);
  }
  return importText(name, text);
}

/** What each kind of input is, in the words of the people who download them (docs/registry.md). */
const KIND_WORDS: Record<ImportResult["kind"], string> = {
  "itu-index-xml": "ITU index file",
  "md-listing-html": "saved ITU listing page",
  "itu-questions-html": "ITU's list of Questions",
  csv: "CSV list",
  xlsx: "spreadsheet",
  "annex-a": "a report's Annex A",
  allocation: "an allocation table",
  questions: "list of Questions",
  registry: "registry",
};

/**
 * One line for what an input gave: "documents.csv (CSV list): 5 document entries, as of 2026-01-27; 1 row not
 * read." — the rows themselves are named by describeSkipped.
 */
export function describeImport(result: ImportResult): string {
  const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  // Entries of one document (its revisions, a row listed twice) are one document in the registry: say both.
  const distinct = new Set(result.documents.map((d) => d.id)).size;
  const entries = plural(result.documents.length, "document entry", "document entries");
  const counts = [
    result.documents.length > 0
      ? distinct === result.documents.length
        ? entries
        : `${entries} (${plural(distinct, "document", "documents")})`
      : "",
    result.questions.length > 0 ? plural(result.questions.length, "Question", "Questions") : "",
  ].filter(Boolean);
  const revisionsShown = result.documents.some((d) => d.revisionsKnown || d.revision);
  const notes = [
    result.asOf ? `as of ${result.asOf}` : "no as-of date",
    ...(result.notes?.length ? result.notes : [result.scope === "partial" ? "a partial list" : ""]),
    result.documents.length > 0 && !revisionsShown ? "it does not show revisions" : "",
  ].filter(Boolean);
  const skipped =
    result.skipped.length > 0 ? `; ${plural(result.skipped.length, "row", "rows")} not read` : "";
  // A name that already says what it is ("the Annex A of TSAG-TD172") is not followed by the same words.
  const kind = result.input.includes("Annex A") ? "" : ` (${KIND_WORDS[result.kind]})`;
  return `${result.input}${kind}: ${counts.join(", ") || "nothing"}, ${notes.join(", ")}${skipped}.`;
}

/** The rows an input could not use, named with their number and text: "Not read: row 7: "Annex" is not …". */
export function describeSkipped(result: ImportResult, shown = 3): string {
  if (result.skipped.length === 0) return "";
  const more = result.skipped.length - shown;
  const rows = result.skipped.slice(0, shown).join(" ");
  return `Not read in ${result.input}: ${rows}${more > 0 ? ` (and ${more} more: tsag-registry lists them all)` : ""}`;
}

/** What the pane says of one input: what it gave, then the rows it could not use. */
export function describeImportWithRows(result: ImportResult): string {
  return [describeImport(result), describeSkipped(result)].filter(Boolean).join(" ");
}

export interface BuiltRegistry {
  imports: ImportResult[];
  /** One sentence per file that could not be used, and per input left out of the merge. */
  problems: string[];
  /** The registry, valid (what tsag-check and the pane accept), or null with `failure` saying why. */
  registry: Registry | null;
  failure?: string;
}

export type BuildOptions = Omit<MergeOptions, "now"> & {
  now: Date;
  /** What to add when whose documents or the study period is not known, in the caller's terms. */
  missingHint?: string;
};

/**
 * Merges what was read into one registry and validates it before anyone writes or uses it: a registry the builder
 * gives out is one every reader accepts. Null, with one sentence, when nothing usable was read, when whose
 * documents or the study period is not known, or when the result does not validate.
 */
export function finishRegistry(
  imports: ImportResult[],
  problems: string[],
  options: BuildOptions,
): BuiltRegistry {
  const merged = mergeImports(imports, { ...options, now: options.now.toISOString() });
  const all = [...problems, ...merged.problems];
  const { registry } = merged;
  if (registry.documents.length === 0 && registry.questions.length === 0)
    return { imports, problems: all, registry: null, failure: "Nothing usable was read." };
  if (merged.missing)
    return {
      imports,
      problems: all,
      registry: null,
      failure: `${merged.missing}: ${options.missingHint ?? "check the report first (its header names its group and study period), or add ITU's index of the meeting"}.`,
    };
  const validation = validateRegistry(JSON.parse(JSON.stringify(registry)));
  if (!validation.ok)
    return {
      imports,
      problems: all,
      registry: null,
      failure: `The registry built would not be valid (${validation.problem}); nothing was written.`,
    };
  return { imports, problems: all, registry: validation.registry };
}

/** Builds one registry from files; `registry` is null (and `failure` says why) when none can be given out. */
export async function buildRegistryFromFiles(
  files: readonly InputFile[],
  options: BuildOptions,
): Promise<BuiltRegistry> {
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
  return finishRegistry(imports, problems, options);
}
