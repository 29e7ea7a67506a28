/**
 * tsag-check [--registry PATH|URL] [--format text|json|html] [--out FILE] [--no-ignored]
 *   [--references | --actions | --text] FILE|DIR...
 *
 * The posting check (every rule) over .docx and .txt files, and folders of them, without Word. Exit status: 0
 * when no file has an error finding, 1 when one has, 2 on a usage error, an unreadable file (the others are still
 * checked) or a bad registry.
 */
import {
  aboutDocument,
  checkDocument,
  documentsOf,
  findActions,
  findAllReferences,
  type DocumentSnapshot,
  type FileFindings,
  type RegistryAbout,
  type RegistryIndex,
} from "../core";
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

export type { CliIo } from "./common";

const USAGE =
  "Usage: tsag-check [--registry PATH|URL] [--format text|json|html] [--out FILE] [--no-ignored] [--references | --actions | --text] FILE|DIR...";

const HELP = `${USAGE}

The posting check of TSAG Report Assistant, without Word: every rule over .docx and .txt reports, and over
folders of them (searched recursively).

Options:
  --registry PATH|URL   the registry of the meeting's documents and Questions (a JSON file, or an https
                        address). Without it, references are not checked against a document list.
  --format text|json|html
                        text (the default): one line per finding, "file:paragraph:column: severity rule: message";
                        json: {"files":[{"file","about","findings":[…],"errors","warnings","infos"}]};
                        html: a self-contained, printable report, with an overview when there are several files.
  --out FILE            write the report to FILE instead of standard output.
  --no-ignored          show the findings the author set aside in the .docx ("Ignore in this document…" in
                        the pane) as findings again; by default they are listed apart, with their reasons,
                        and do not count towards the exit status. See docs/ignoring-findings.md.
  --references          list every recognised reference instead of checking (text or json).
  --actions             list every action in document order instead of checking (text or json).
  --text                print each document as the checks see it instead of checking (text or json): the
                        header fields found, then one line per paragraph with its number, style and place
                        (table cell, clause, TOC line), tabs shown as ⇥. See docs/paragraph-model.md.
  -h, --help            show this help.
  -V, --version         show the version.

Exit status: 0 when no file has an error finding, 1 when one has, 2 on a usage error, an unreadable or damaged
file (the other files are still checked) or a bad registry.`;
type Format = "text" | "json" | "html";

interface Options {
  registry: string | null;
  format: Format;
  out: string | null;
  references: boolean;
  actions: boolean;
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
  const options: Options = {
    registry: null,
    format: "text",
    out: null,
    references: false,
    actions: false,
    text: false,
    applyIgnored: true,
    inputs: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i]!;
    const value = () => {
      const next = argv[++i];
      if (next === undefined || next.startsWith("--")) throw new UsageError(`${argument} needs a value.`);
      return next;
    };
    if (argument === "--help" || argument === "-h") throw new InfoRequest("help");
    if (argument === "--version" || argument === "-V") throw new InfoRequest("version");
    if (argument === "--registry") options.registry = value();
    else if (argument === "--format") {
      const format = value();
      if (format !== "text" && format !== "json" && format !== "html") {
        throw new UsageError(`--format must be text, json or html, not "${format}".`);
      }
      options.format = format;
    } else if (argument === "--out") options.out = value();
    else if (argument === "--references") options.references = true;
    else if (argument === "--actions") options.actions = true;
    else if (argument === "--text") options.text = true;
    else if (argument === "--no-ignored") options.applyIgnored = false;
    else if (argument.startsWith("-")) throw new UsageError(`unknown option ${argument}.`);
    else options.inputs.push(argument);
  }
  if (options.inputs.length === 0) throw new UsageError("no file or folder given.");
  if ([options.references, options.actions, options.text].filter(Boolean).length > 1)
    throw new UsageError("Choose one of --references, --actions and --text.");
  if (options.format === "html" && (options.references || options.actions || options.text)) {
    throw new UsageError(
      "--format html is for the posting check; list references, actions or the text as text or json.",
    );
  }
  return options;
}

type Snapshots = readonly { file: string; snapshot: DocumentSnapshot; notes: readonly string[] }[];

function referencesOutput(snapshots: Snapshots, format: Format): string {
  const files = snapshots.map(({ file, snapshot }) => ({
    file,
    references: findAllReferences(snapshot).map((r) => ({
      kind: r.kind,
      id: r.id,
      revision: r.revision,
      paragraph: r.paragraph + 1,
      start: r.start,
      length: r.length,
      attribution: r.attribution?.text ?? null,
    })),
  }));
  if (format === "json") return JSON.stringify({ files });
  return files
    .flatMap(({ file, references }) =>
      references.map(
        (r) =>
          `${file}:${r.paragraph}:${r.start + 1}: ${r.id}${r.revision ? `R${r.revision}` : ""}${r.attribution ? ` (${r.attribution})` : ""}`,
      ),
    )
    .join("\n");
}

function actionsOutput(snapshots: Snapshots, format: Format): string {
  const files = snapshots.map(({ file, snapshot }) => ({
    file,
    actions: findActions(snapshot).map((action) => ({
      number: action.number,
      group: action.group,
      label: action.label,
      target: action.target,
      verb: action.verb,
      text: action.text,
      documents: documentsOf(action.references),
      location: action.inSummary ? "summary" : "body",
      paragraph: action.paragraph + 1,
    })),
  }));
  if (format === "json") return JSON.stringify({ files });
  return files
    .flatMap(({ file, actions }) =>
      actions.map(
        (a) =>
          `${file}:${a.paragraph}: [${a.location}] ${a.label}: ${a.text}${a.documents.length ? ` (${a.documents.join(", ")})` : ""}`,
      ),
    )
    .join("\n");
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

  const listing = options.references || options.actions || options.text;
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
  const snapshots: { file: string; snapshot: DocumentSnapshot; notes: readonly string[] }[] = [];
  let unreadable = 0;
  for (const [i, file] of files.entries()) {
    if (files.length > 1) io.stderr(`tsag-check: [${i + 1}/${files.length}] ${file}`);
    try {
      const { snapshot, notes } = await readDocumentFileWithNotes(file, io);
      snapshots.push({ file, snapshot, notes });
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
        ? referencesOutput(snapshots, format)
        : options.actions
          ? actionsOutput(snapshots, format)
          : documentTextOutput(snapshots, format),
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
  for (const { file, snapshot } of snapshots) {
    const findings = checkDocument(snapshot, { registry });
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
