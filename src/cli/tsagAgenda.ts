/**
 * tsag-agenda build --wp WP2 [--start N] [--clause 3] [--merge] [--registry PATH|URL]
 *                   [--format docx|text|json|html] [--out FILE] REPORT...
 * tsag-agenda check [--format text|json|html] [--out FILE] AGENDA REPORT...
 *
 * The Working Party's side of the RG reports: the closing-plenary agenda's "Results of Rapporteur Group meetings"
 * built from the reports, and an agenda checked against them. Reports and agendas are .docx or .txt files.
 * Exit status: build — 0, or 2 on a usage error or an unreadable report; check — 0 when nothing is wrong, 1 when
 * a difference is found (an error finding), 2 on a usage error or an unreadable file.
 */
import {
  agendaHtml,
  agendaJson,
  agendaText,
  aboutDocument,
  buildAgendaSection,
  checkAgenda,
  reportForAgenda,
  type DocumentSnapshot,
  type FileFindings,
  type RegistryIndex,
  type ReportForAgenda,
} from "../core";
import { agendaDocx } from "./agendaDocx";
import { infoRequested, readArguments } from "./arguments";
import { findingsOutput, readDocumentFile, readRegistry, UsageError, type CliIo } from "./common";

const USAGE = `Usage: tsag-agenda build --wp WP2 [--start N] [--clause 3] [--merge] [--registry PATH|URL]
                         [--format docx|text|json|html] [--out FILE] REPORT...
       tsag-agenda check [--format text|json|html] [--out FILE] AGENDA REPORT...`;

const HELP = `${USAGE}

The Working Party's closing-plenary agenda from the Rapporteur Groups' reports (.docx or .txt).

build   writes the "Review of the Results of Rapporteur Group meetings" section: for each report, in the order
        given, a clause with its Report line, the documents its actions bring, and the Anticipated Actions —
        the WP's own item approving the report (numbered across the agenda from --start), then the RG's
        actions under their report numbers, in the agenda's imperative style. An action the report has not
        numbered yet stays a placeholder (RG-X-X) and is listed on standard error: no number is guessed.
check   compares an agenda with the reports: every numbered action once, with its number, verb and
        documents; no item naming an action its report lacks; the reports' TD numbers; the WP's own numbers
        without gaps or repeats; <TBD> and X placeholders. Findings as tsag-check prints them.

Options:
  --wp WP2              the working party (build; required).
  --start N             the first WP-level number (build; default 1).
  --clause 3            the agenda clause the groups are numbered under: 3.1, 3.2, … (build; default 3).
  --merge               merge consecutive actions with the same verb and documents ("RG-WPR-2, 3: …").
  --registry PATH|URL   the registry, for the groups' names (build; otherwise from the reports' titles).
  --format              build: docx (needs --out), text (the default), json or html;
                        check: text (the default), json or html.
  --out FILE            write to FILE instead of standard output.
  -h, --help            show this help.
  -V, --version         show the version.`;

type Format = "docx" | "text" | "json" | "html";

interface Options {
  command: "build" | "check";
  wp: string | null;
  start: number;
  clause: string;
  merge: boolean;
  registry: string | null;
  format: Format;
  out: string | null;
  inputs: string[];
}

function parseArguments(argv: readonly string[]): Options | "help" | "version" {
  const info = infoRequested(argv);
  if (info) return info;
  const [command, ...rest] = argv;
  if (command !== "build" && command !== "check") throw new UsageError("say build or check first.");
  const { values, positionals } = readArguments(rest, {
    wp: { type: "string" },
    start: { type: "string" },
    clause: { type: "string", default: "3" },
    merge: { type: "boolean", default: false },
    registry: { type: "string" },
    format: { type: "string", default: "text" },
    out: { type: "string" },
  });
  if (values.start !== undefined && !/^\d{1,4}$/.test(values.start))
    throw new UsageError(`--start must be a number, not "${values.start}".`);
  const allowed = command === "build" ? ["docx", "text", "json", "html"] : ["text", "json", "html"];
  if (!allowed.includes(values.format))
    throw new UsageError(`${command} --format must be ${allowed.join(", ")}.`);
  const options: Options = {
    command,
    wp: values.wp ?? null,
    start: values.start === undefined ? 1 : Number(values.start),
    clause: values.clause,
    merge: values.merge,
    registry: values.registry ?? null,
    format: values.format as Format,
    out: values.out ?? null,
    inputs: positionals,
  };
  if (command === "build") {
    if (!options.wp) throw new UsageError("build needs --wp (the working party, e.g. WP2).");
    if (!/^WP\d{1,2}$/.test(options.wp))
      throw new UsageError(`--wp must be written WP2, not "${options.wp}".`);
    if (options.format === "docx" && !options.out) throw new UsageError("--format docx needs --out FILE.");
    if (options.inputs.length === 0) throw new UsageError("no report given.");
  } else if (options.inputs.length < 2) {
    throw new UsageError("check needs the agenda and at least one report.");
  }
  return options;
}

interface Read {
  reports: ReportForAgenda[];
  unreadable: number;
}

async function readReports(
  files: readonly string[],
  registry: RegistryIndex | null,
  io: CliIo,
): Promise<Read> {
  const reports: ReportForAgenda[] = [];
  let unreadable = 0;
  for (const file of files) {
    try {
      const report = reportForAgenda(await readDocumentFile(file, io), file, registry);
      if (report) reports.push(report);
      else {
        io.stderr(
          `tsag-agenda: ${file} names no Rapporteur Group (no "Source: Rapporteur, RG-…", title or action block).`,
        );
        unreadable++;
      }
    } catch (error) {
      io.stderr(`tsag-agenda: ${error instanceof Error ? error.message : String(error)}`);
      unreadable++;
    }
  }
  const seen = new Map<string, string>();
  for (const report of reports) {
    const earlier = seen.get(report.group);
    if (earlier) io.stderr(`tsag-agenda: ${report.name} and ${earlier} are both ${report.group}'s reports.`);
    seen.set(report.group, report.name);
  }
  return { reports, unreadable };
}

async function write(options: Options, io: CliIo, output: string | Uint8Array): Promise<boolean> {
  if (!options.out) {
    io.stdout(typeof output === "string" ? output : "");
    return true;
  }
  try {
    await io.writeFile(options.out, output);
    return true;
  } catch {
    io.stderr(`tsag-agenda: cannot write ${options.out}.`);
    return false;
  }
}

async function build(options: Options, registry: RegistryIndex | null, io: CliIo): Promise<number> {
  const { reports, unreadable } = await readReports(options.inputs, registry, io);
  if (reports.length === 0) {
    io.stderr("tsag-agenda: no report could be read; nothing was written.");
    return 2;
  }
  const section = buildAgendaSection(reports, {
    wp: options.wp!,
    start: options.start,
    clause: options.clause,
    merge: options.merge,
  });
  for (const warning of section.warnings) io.stderr(`tsag-agenda: ${warning}`);
  const output =
    options.format === "docx"
      ? await agendaDocx(section)
      : options.format === "json"
        ? agendaJson(section)
        : options.format === "html"
          ? agendaHtml(section)
          : agendaText(section);
  if (!(await write(options, io, output))) return 2;
  return unreadable > 0 ? 2 : 0;
}

async function check(options: Options, io: CliIo): Promise<number> {
  const [agendaFile, ...reportFiles] = options.inputs;
  let agenda: DocumentSnapshot;
  try {
    agenda = await readDocumentFile(agendaFile!, io);
  } catch (error) {
    io.stderr(`tsag-agenda: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  const { reports, unreadable } = await readReports(reportFiles, null, io);
  const results: FileFindings[] = [
    {
      file: agendaFile!,
      findings: checkAgenda(agenda, reports),
      about: aboutDocument(agenda),
      registry: null,
    },
  ];
  const output = findingsOutput(
    results,
    options.format as "text" | "json" | "html",
    (io.now ?? (() => new Date()))(),
  );
  if (!(await write(options, io, output))) return 2;
  if (unreadable > 0) return 2;
  return results[0]!.findings.some((finding) => finding.severity === "error") ? 1 : 0;
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let options: Options | "help" | "version";
  try {
    options = parseArguments(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`tsag-agenda: ${error.message}`);
    io.stderr(`${USAGE}\nRun tsag-agenda --help for what each option does.`);
    return 2;
  }
  if (options === "help") {
    io.stdout(HELP);
    return 0;
  }
  if (options === "version") {
    io.stdout(`tsag-agenda ${io.version ?? "(unknown version)"}`);
    return 0;
  }
  let registry: RegistryIndex | null = null;
  if (options.registry !== null) {
    try {
      registry = await readRegistry(options.registry, io);
    } catch (error) {
      io.stderr(`tsag-agenda: ${error instanceof Error ? error.message : String(error)}`);
      return 2;
    }
  }
  return options.command === "build" ? build(options, registry, io) : check(options, io);
}
