/**
 * tsag-registry build [--meeting CODE] [--body NAME] --out FILE INPUT…
 *
 * Builds a registry file from the document lists ITU publishes and people keep: ITU index files (.xml, or their
 * https address), saved listing pages (.html), CSV lists and spreadsheets (.csv, .xlsx), a report's Annex A
 * (.docx), lists of Questions (.txt) and earlier registries (.json). Prints what each input gave; writes the registry `tsag-check --registry`
 * and the task pane load. Exit status: 0 written, 1 nothing usable was read, 2 wrong usage.
 */
import { importText, ImportError, mergeImports, type ImportResult } from "../core/registry/import";
import { describeImport, importFile } from "../registry/importFiles";
import { explainFetchFailure } from "../registry/fetchFailure";
import { checkRegistryUrl } from "../registry/load";
import { infoRequested, readArguments } from "./arguments";
import { UsageError, type CliIo } from "./common";

const USAGE = "Usage: tsag-registry build [--meeting CODE] [--body NAME] --out FILE INPUT…";

const HELP = `${USAGE}

Builds one registry from document lists, the same whatever their order:
  .xml    ITU's index file of a meeting's TDs or of a study period's contributions (a file, or its https address)
  .html   a listing page of www.itu.int/md saved from the browser (a page filtered by Question is a partial list)
  .csv    a list with a header row: TD (or TDoc, Number, TD/C #), Title, Source, Status, Revised to…
  .xlsx   the same in a spreadsheet, every sheet that has such a header row (e.g. one sheet per meeting)
  .docx   a report or agenda: its Annex A / document-allocation table (a partial list)
  .txt    the Questions of a study group, one per line ("Q7/17 – title")
  .json   a registry built earlier

Options:
  --out FILE       where to write the registry (JSON)
  --meeting CODE   the meeting the registry serves, e.g. T25-TSAG-260126: its end date tells when the registry
                   is out of date
  --body NAME      whose documents, when the inputs do not say (e.g. TSAG)
  --help, --version`;

interface Options {
  out: string;
  meeting?: string;
  body?: string;
  inputs: string[];
}

function parseArguments(argv: readonly string[]): Options | "help" | "version" {
  const info = infoRequested(argv);
  if (info) return info;
  const [command, ...rest] = argv;
  if (command !== "build")
    throw new UsageError(command ? `unknown command "${command}".` : "no command given.");
  const { values, positionals } = readArguments(rest, {
    out: { type: "string" },
    meeting: { type: "string" },
    body: { type: "string" },
  });
  if (!values.out) throw new UsageError("--out FILE is required.");
  if (positionals.length === 0) throw new UsageError("no input given.");
  if (values.meeting !== undefined && !/^T\d{2}-[A-Z0-9]+-\d{6}$/i.test(values.meeting))
    throw new UsageError(`--meeting ${values.meeting} is not a meeting code such as T25-TSAG-260126.`);
  return { out: values.out, meeting: values.meeting, body: values.body, inputs: positionals };
}

async function readInput(input: string, io: CliIo): Promise<ImportResult> {
  if (/^https?:\/\//i.test(input)) {
    // The same rule as for a registry address: https, or http for this computer only.
    const checked = checkRegistryUrl(input);
    if ("problem" in checked) throw new ImportError(`${input}: ${checked.problem}`);
    const fetchImpl = io.fetchImpl ?? fetch;
    let text: string;
    try {
      const response = await fetchImpl(checked.url, { signal: AbortSignal.timeout(20_000) });
      if (!response.ok) throw new ImportError(`${input}: the server answered ${response.status}.`);
      text = await response.text();
    } catch (error) {
      if (error instanceof ImportError) throw error;
      throw new ImportError(`${input}: ${explainFetchFailure(error, checked.url, undefined, "The list")}`);
    }
    return importText(checked.url.pathname.split("/").pop() || input, text);
  }
  let content: Buffer;
  try {
    content = await io.readFile(input);
  } catch {
    throw new ImportError(`${input}: cannot read the file.`);
  }
  return importFile({ name: input, bytes: content });
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

function describe(result: ImportResult): string {
  return [
    describeImport(result),
    ...result.skipped.slice(0, 20).map((skipped) => `  not read: ${skipped}`),
  ].join("\n");
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let options: ReturnType<typeof parseArguments>;
  try {
    options = parseArguments(argv);
  } catch (error) {
    io.stderr(`tsag-registry: ${(error as Error).message}`);
    io.stderr(`${USAGE}\nRun tsag-registry --help for what each input can be.`);
    return 2;
  }
  if (options === "help" || options === "version") {
    io.stdout(options === "help" ? HELP : `tsag-registry ${io.version ?? "(unknown version)"}`);
    return 0;
  }
  const results: ImportResult[] = [];
  for (const input of options.inputs) {
    try {
      const result = await readInput(input, io);
      results.push(result);
      io.stdout(describe(result));
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      io.stderr(`tsag-registry: ${error.message}`);
    }
  }
  const { registry, problems } = mergeImports(results, {
    body: options.body,
    meeting: options.meeting,
    now: (io.now?.() ?? new Date()).toISOString(),
  });
  for (const problem of problems) io.stderr(`tsag-registry: ${problem}`);
  if (registry.documents.length === 0 && registry.questions.length === 0) {
    io.stderr("tsag-registry: nothing usable was read; no registry written.");
    return 1;
  }
  await io.writeFile(options.out, `${JSON.stringify(registry, null, 2)}\n`);
  io.stdout(
    `Wrote ${options.out}: ${plural(registry.documents.length, "document")}, ${plural(registry.questions.length, "Question")} of ${[registry.body, registry.studyPeriod].filter(Boolean).join(" ")} (${registry.scope} list, as of ${registry.updated.slice(0, 10)}).`,
  );
  return 0;
}
