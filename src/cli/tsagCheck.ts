/**
 * tsag-check [--registry PATH|URL] [--format text|json|html] [--out FILE] [--no-ignored]
 *   [--references | --actions | --summary | --text] FILE|DIR...
 *
 * The posting check (every rule) over .docx and .txt files, and folders of them, without Word. Exit status: 0
 * when no file has an error finding, 1 when one has, 2 on a usage error, an unreadable file (the others are still
 * checked) or a bad registry.
 */
import {
  aboutDocument,
  analyseReport,
  checkReport,
  type FileFindings,
  type ReportAnalysis,
  type RegistryAbout,
  type RegistryIndex,
} from "../core";
import { infoRequested, readArguments } from "./arguments";
import {
  expandInputs,
  findingsOutput,
  readDocumentFileWithNotes,
  readRegistry,
  UsageError,
  type CliIo,
} from "./common";
import { withAuthorsDecisions } from "./ignored";
import { documentTextOutput } from "./documentText";
import { actionsOutput, referencesOutput, summaryOutput } from "./checkListings";

export type { CliIo } from "./common";

const USAGE =
  "Usage: tsag-check [--registry PATH|URL] [--format text|json|html] [--out FILE] [--no-ignored] [--references | --actions | --summary | --text] FILE|DIR...";

const HELP = `${USAGE}

The posting check of TSAG Report Assistant, without Word: every rule over .docx and .txt reports, and over
folders of them (searched recursively).

Options:
  --registry PATH|URL   the registry of the meeting's documents and Questions (a JSON file, or an https
                        address). Without it, references are not checked against a document list.
  --format text|json|html
                        text (the default): one line per finding, "file:paragraph:column: severity rule: message";
                        json: {"files":[{"file","about","findings":[…],"errors","warnings","infos",
                        "verdict":{"status","text"}}]};
                        html: a self-contained, printable report, with an overview when there are several files.
  --out FILE            write the report to FILE instead of standard output.
  --no-ignored          show the findings the author set aside in the .docx ("Ignore in this document…" in
                        the pane) as findings again; by default they are listed apart, with their reasons,
                        and do not count towards the exit status. See docs/ignoring-findings.md.
  --references          list every recognised reference instead of checking (text or json).
  --actions             list every action in document order instead of checking (text or json); the group's
                        own actions ("Action for RG-IES:") are listed apart, after the working party's.
  --summary             show what the Summary area's Preview would: whether the report has a summary of actions
                        and in which convention, then each paragraph unchanged, changed, added, removed or
                        hand-written (text or json).
  --text                print each document as the checks see it instead of checking (text or json): the
                        header fields found, then one line per paragraph with its number, style and place
                        (table cell, clause, TOC line), tabs shown as ⇥. See docs/paragraph-model.md.
  -h, --help            show this help.
  -V, --version         show the version.

Without --registry the verdict is "Not checked against a registry" (a warning), never "Ready to post".

Exit status: 0 when no file has an error finding, 1 when one has, 2 on a usage error, an unreadable or damaged
file (the other files are still checked) or a bad registry.`;
type Format = "text" | "json" | "html";

interface Options {
  registry: string | null;
  format: Format;
  out: string | null;
  references: boolean;
  actions: boolean;
  summary: boolean;
  text: boolean;
  /** False with --no-ignored: the author's decisions to ignore findings are not applied. */
  applyIgnored: boolean;
  inputs: string[];
}

/** --help and --version: answered on standard output, exit status 0. */
class InfoRequest extends Error {
  constructor(readonly what: "help" | "version") {
    super(what);
  }
}

function parseArguments(argv: readonly string[]): Options {
  const info = infoRequested(argv);
  if (info) throw new InfoRequest(info);
  const { values, positionals } = readArguments(argv, {
    registry: { type: "string" },
    format: { type: "string", default: "text" },
    out: { type: "string" },
    references: { type: "boolean", default: false },
    actions: { type: "boolean", default: false },
    summary: { type: "boolean", default: false },
    text: { type: "boolean", default: false },
    "no-ignored": { type: "boolean", default: false },
  });
  const format = values.format;
  if (format !== "text" && format !== "json" && format !== "html") {
    throw new UsageError(`--format must be text, json or html, not "${format}".`);
  }
  const options: Options = {
    registry: values.registry ?? null,
    format,
    out: values.out ?? null,
    references: values.references,
    actions: values.actions,
    summary: values.summary,
    text: values.text,
    applyIgnored: !values["no-ignored"],
    inputs: positionals,
  };
  if (options.inputs.length === 0) throw new UsageError("no file or folder given.");
  const listings = [options.references, options.actions, options.summary, options.text].filter(
    Boolean,
  ).length;
  if (listings > 1) throw new UsageError("Choose one of --references, --actions, --summary and --text.");
  if (options.format === "html" && listings > 0) {
    throw new UsageError(
      "--format html is for the posting check; list references, actions, the summary or the text as text or json.",
    );
  }
  return options;
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let options: Options;
  try {
    options = parseArguments(argv);
  } catch (error) {
    if (error instanceof InfoRequest) {
      io.stdout(error.what === "help" ? HELP : `tsag-check ${io.version ?? "(unknown version)"}`);
      return 0;
    }
    if (error instanceof UsageError) {
      io.stderr(`tsag-check: ${error.message}`);
      io.stderr(`${USAGE}\nRun tsag-check --help for what each option does.`);
      return 2;
    }
    throw error;
  }

  const listing = options.references || options.actions || options.summary || options.text;
  let registry: RegistryIndex | null = null;
  if (options.registry !== null && !listing) {
    try {
      registry = await readRegistry(options.registry, io);
    } catch (error) {
      io.stderr(`tsag-check: ${error instanceof Error ? error.message : String(error)}`);
      return 2;
    }
  } else if (!listing) {
    io.stderr("tsag-check: no --registry given; reference checks against the registry are skipped.");
  }

  const files = await expandInputs(options.inputs, io);
  if (files.length === 0) {
    io.stderr("tsag-check: no .docx or .txt file found in the given folders.");
    return 2;
  }
  // One analysis per file: the listings and the check read it, nothing is worked out twice.
  const analysed: { file: string; analysis: ReportAnalysis; notes: readonly string[] }[] = [];
  let unreadable = 0;
  for (const [i, file] of files.entries()) {
    if (files.length > 1) io.stderr(`tsag-check: [${i + 1}/${files.length}] ${file}`);
    try {
      const { snapshot, notes } = await readDocumentFileWithNotes(file, io);
      // What the reader skipped or joined is said once: in --text's output, else here.
      if (!options.text) for (const note of notes) io.stderr(`tsag-check: ${file}: ${note}`);
      analysed.push({ file, analysis: analyseReport(snapshot, { registry }), notes });
    } catch (error) {
      io.stderr(`tsag-check: ${error instanceof Error ? error.message : String(error)}`);
      unreadable++;
    }
  }
  if (files.length > 1 && unreadable > 0)
    io.stderr(`tsag-check: ${unreadable} of ${files.length} files could not be read.`);

  if (listing) {
    const format = options.format === "json" ? "json" : "text";
    io.stdout(
      options.references
        ? referencesOutput(analysed, format)
        : options.actions
          ? actionsOutput(analysed, format)
          : options.summary
            ? summaryOutput(analysed, format, (sentence) => io.stderr(`tsag-check: ${sentence}`))
            : documentTextOutput(
                analysed.map(({ file, analysis, notes }) => ({ file, snapshot: analysis.snapshot, notes })),
                format,
              ),
    );
    return unreadable > 0 ? 2 : 0;
  }
  const registryAbout: RegistryAbout | null = registry
    ? {
        name: `${registry.registry.body} ${registry.registry.studyPeriod}`,
        asOf: registry.registry.updated,
        sample: false,
      }
    : null;
  const results: FileFindings[] = [];
  for (const { file, analysis } of analysed) {
    const { snapshot } = analysis;
    const findings = checkReport(analysis);
    results.push({
      file,
      ...(await withAuthorsDecisions(file, snapshot, findings, { apply: options.applyIgnored }, io)),
      about: aboutDocument(snapshot),
      registry: registryAbout,
    });
  }
  const output = findingsOutput(results, options.format, (io.now ?? (() => new Date()))());
  if (options.out) {
    try {
      await io.writeFile(options.out, output);
    } catch {
      io.stderr(`tsag-check: cannot write ${options.out}.`);
      return 2;
    }
  } else {
    io.stdout(output);
  }
  if (unreadable > 0) return 2;
  return results.some(({ findings }) => findings.some((f) => f.severity === "error")) ? 1 : 0;
}
