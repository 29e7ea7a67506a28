/**
 * tsag-registry build [--meeting CODE] [--body NAME] [--study-period YYYY-YYYY] [--refresh MINUTES] --out FILE INPUT…
 *
 * Builds a registry file from the document lists ITU publishes and people keep: ITU index files (.xml, or their
 * https address), saved listing and Questions pages (.html), CSV lists and spreadsheets (.csv, .xlsx), a report's
 * Annex A or an agenda's allocation (.docx), lists of Questions (.txt) and earlier registries (.json). Prints what
 * each input gave; writes only a registry that `tsag-check --registry` and the task pane accept. Exit status: 0
 * written, 1 nothing written (nothing usable, or whose documents / which study period not known), 2 wrong usage.
 */
import { ImportError, publicName, type ImportResult } from "../core/registry/import";
import { FetchProblem, fetchCapped } from "../registryIO/fetch";
import { describeImport, finishRegistry, importFile } from "../registryIO/importFiles";
import { infoRequested, readArguments } from "./arguments";
import { UsageError, type CliIo } from "./common";

const USAGE =
  "Usage: tsag-registry build [--meeting CODE] [--body NAME] [--study-period YYYY-YYYY] [--refresh MINUTES] --out FILE INPUT…";

const HELP = `${USAGE}

Builds one registry from document lists, the same whatever their order:
  .xml    ITU's index file of a meeting's TDs or of a study period's contributions (a file, or its https
          address); it does not show revisions
  .html   a listing page of www.itu.int/md saved from the browser ("(Rev.2)": R1 and R2; a page filtered by
          Question or source, or one page of several, is a partial list), or ITU's list of Questions (loqr.aspx)
  .csv    a list with a header row: TD (or TDoc, Number, TD/C #), Title, Source, Status, Revised to…
  .xlsx   the same in a spreadsheet, every sheet that has such a header row (e.g. one sheet per meeting)
  .docx   a report or agenda: its Annex A, or its allocation table ("Contributions" / "TDs"): a partial list
  .txt    the Questions of a study group, one per line ("Q7/17 – title")
  .json   a registry built earlier

Options:
  --out FILE            where to write the registry (JSON)
  --meeting CODE        the meeting the registry serves, e.g. T25-TSAG-260126: gives the group and study period,
                        and its end date tells when the registry is out of date
  --body NAME           whose documents, when neither the inputs nor --meeting say (e.g. TSAG, SG12)
  --study-period P      the study period, when neither the inputs nor --meeting say (e.g. 2025-2028)
  --refresh MINUTES     how often a pane using the registry from an address looks for a newer copy (5 to 10080)
  --help, --version`;

interface Options {
  out: string;
  meeting?: string;
  body?: string;
  studyPeriod?: string;
  refreshMinutes?: number;
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
    "study-period": { type: "string" },
    refresh: { type: "string" },
  });
  if (!values.out) throw new UsageError("--out FILE is required.");
  if (positionals.length === 0) throw new UsageError("no input given.");
  if (values.meeting !== undefined && !/^T\d{2}-[A-Z0-9]+-\d{6}$/i.test(values.meeting))
    throw new UsageError(`--meeting ${values.meeting} is not a meeting code such as T25-TSAG-260126.`);
  const studyPeriod = values["study-period"];
  if (studyPeriod !== undefined && !/^20\d{2}-20\d{2}$/.test(studyPeriod))
    throw new UsageError(`--study-period ${studyPeriod} is not a study period such as 2025-2028.`);
  const minutes = values.refresh;
  if (
    minutes !== undefined &&
    (!/^\d{1,5}$/.test(minutes) || Number(minutes) < 5 || Number(minutes) > 10_080)
  )
    throw new UsageError(`--refresh ${minutes} is not a number of minutes from 5 to 10080.`);
  return {
    out: values.out,
    meeting: values.meeting,
    body: values.body,
    studyPeriod,
    refreshMinutes: minutes === undefined ? undefined : Number(minutes),
    inputs: positionals,
  };
}

async function readInput(input: string, io: CliIo): Promise<ImportResult> {
  if (/^https?:\/\//i.test(input)) {
    // The same fetcher as the pane's: https (http for this computer only), a time limit, the 20 MB cap.
    let fetched: Awaited<ReturnType<typeof fetchCapped>>;
    try {
      fetched = await fetchCapped(input, { what: input, fetchImpl: io.fetchImpl, timeoutMs: 20_000 });
    } catch (error) {
      if (error instanceof FetchProblem) throw new ImportError(error.message);
      throw error;
    }
    if (fetched.status !== "ok") throw new ImportError(`${input}: the server sent nothing.`);
    return importFile({ name: input, bytes: fetched.bytes, contentType: fetched.contentType ?? undefined });
  }
  let content: Buffer;
  try {
    content = await io.readFile(input);
  } catch {
    throw new ImportError(`${input}: cannot read the file.`);
  }
  // The registry names its inputs by file name: a path of this computer is not published with it.
  return importFile({ name: publicName(input), bytes: content });
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
  const { registry, problems, failure } = finishRegistry(results, [], {
    body: options.body,
    meeting: options.meeting,
    studyPeriod: options.studyPeriod,
    refreshMinutes: options.refreshMinutes,
    now: io.now?.() ?? new Date(),
    missingHint: "give the meeting (--meeting T25-SG12-250909), or --body and --study-period",
  });
  for (const problem of problems) io.stderr(`tsag-registry: ${problem}`);
  if (!registry) {
    io.stderr(`tsag-registry: ${failure ?? "nothing usable was read."} No registry written.`);
    return 1;
  }
  await io.writeFile(options.out, `${JSON.stringify(registry, null, 2)}\n`);
  io.stdout(
    `Wrote ${options.out}: ${plural(registry.documents.length, "document")}, ${plural(registry.questions.length, "Question")} of ${registry.body} ${registry.studyPeriod} (${registry.scope} list, as of ${registry.updated.slice(0, 10)}).`,
  );
  return 0;
}
