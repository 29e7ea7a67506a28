/**
 * tsag-check [--registry PATH|URL] [--format text|json] [--references] FILE...
 *
 * Runs the same rules as the task pane over plain-text exports (.txt). Exit status: 0 when no file has an
 * error finding, 1 when one has, 2 on a usage error, an unreadable file or a bad registry.
 */
import {
  checkDocument,
  findActions,
  findAllReferences,
  indexRegistry,
  type DocumentSnapshot,
  type Finding,
  type RegistryIndex,
} from "../core";
import { readText } from "../readers/text";
import { loadRegistry, parseRegistryText } from "../registry/load";

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => Promise<Buffer>;
  fetchImpl?: typeof fetch;
}

const USAGE =
  "Usage: tsag-check [--registry PATH|URL] [--format text|json] [--references | --actions] FILE...";

interface Options {
  registry: string | null;
  format: "text" | "json";
  references: boolean;
  actions: boolean;
  files: string[];
}

class UsageError extends Error {}

function parseArguments(argv: readonly string[]): Options {
  const options: Options = { registry: null, format: "text", references: false, actions: false, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i]!;
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new UsageError(`${argument} needs a value.`);
      return next;
    };
    if (argument === "--registry") options.registry = value();
    else if (argument === "--format") {
      const format = value();
      if (format !== "text" && format !== "json")
        throw new UsageError(`--format must be text or json, not "${format}".`);
      options.format = format;
    } else if (argument === "--references") options.references = true;
    else if (argument === "--actions") options.actions = true;
    else if (argument === "--help" || argument === "-h") throw new UsageError("");
    else if (argument.startsWith("-")) throw new UsageError(`Unknown option ${argument}.`);
    else options.files.push(argument);
  }
  if (options.files.length === 0) throw new UsageError("No file given.");
  if (options.references && options.actions)
    throw new UsageError("Choose --references or --actions, not both.");
  return options;
}

async function readRegistry(location: string, io: CliIo): Promise<RegistryIndex> {
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

/** The snapshot of one input file; only plain text for now (.docx comes with the posting check). */
async function readDocumentFile(file: string, io: CliIo): Promise<DocumentSnapshot> {
  if (!/\.txt$/i.test(file))
    throw new Error(`${file}: only .txt files can be read (one paragraph per line).`);
  let content: Buffer;
  try {
    content = await io.readFile(file);
  } catch {
    throw new Error(`${file}: cannot read the file.`);
  }
  const text = content.toString("utf8");
  if (text.includes("\u0000")) throw new Error(`${file}: this is not a text file.`);
  return readText(text);
}

interface FileFindings {
  file: string;
  findings: Finding[];
}

function counts(findings: readonly Finding[]) {
  return {
    errors: findings.filter((f) => f.severity === "error").length,
    warnings: findings.filter((f) => f.severity === "warning").length,
    infos: findings.filter((f) => f.severity === "info").length,
  };
}

function findingsAsJson(results: readonly FileFindings[]): string {
  return JSON.stringify({
    files: results.map(({ file, findings }) => ({
      file,
      findings: findings.map((f) => ({
        rule: f.rule,
        severity: f.severity,
        message: f.message,
        paragraph: f.paragraph + 1,
        start: f.start,
        length: f.length,
        excerpt: f.excerpt,
      })),
      ...counts(findings),
    })),
  });
}

function findingsAsText(results: readonly FileFindings[]): string {
  const lines: string[] = [];
  for (const { file, findings } of results) {
    for (const f of findings)
      lines.push(`${file}:${f.paragraph + 1}:${f.start + 1}: ${f.severity} ${f.rule}: ${f.message}`);
    const { errors, warnings, infos } = counts(findings);
    lines.push(`${file}: ${errors} error(s), ${warnings} warning(s), ${infos} info`);
  }
  return lines.join("\n");
}

function referencesOutput(
  snapshots: readonly { file: string; snapshot: DocumentSnapshot }[],
  format: "text" | "json",
): string {
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

function actionsOutput(
  snapshots: readonly { file: string; snapshot: DocumentSnapshot }[],
  format: "text" | "json",
): string {
  const files = snapshots.map(({ file, snapshot }) => ({
    file,
    actions: findActions(snapshot).map((action) => ({
      number: action.number,
      group: action.group,
      label: action.label,
      target: action.target,
      verb: action.verb,
      text: action.text,
      documents: action.references
        .filter((r) => r.kind === "TD" || r.kind === "C" || r.kind === "LS")
        .map((r) => (r.revision !== null ? `${r.id}R${r.revision}` : r.id)),
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
    if (error instanceof UsageError) {
      if (error.message) io.stderr(`tsag-check: ${error.message}`);
      io.stderr(USAGE);
      return 2;
    }
    throw error;
  }

  let registry: RegistryIndex | null = null;
  const listing = options.references || options.actions;
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

  const snapshots: { file: string; snapshot: DocumentSnapshot }[] = [];
  let unreadable = false;
  for (const file of options.files) {
    try {
      snapshots.push({ file, snapshot: await readDocumentFile(file, io) });
    } catch (error) {
      io.stderr(`tsag-check: ${error instanceof Error ? error.message : String(error)}`);
      unreadable = true;
    }
  }

  if (listing) {
    io.stdout(
      options.references
        ? referencesOutput(snapshots, options.format)
        : actionsOutput(snapshots, options.format),
    );
    return unreadable ? 2 : 0;
  }
  const results = snapshots.map(({ file, snapshot }) => ({
    file,
    findings: checkDocument(snapshot, { registry }),
  }));
  io.stdout(options.format === "json" ? findingsAsJson(results) : findingsAsText(results));
  if (unreadable) return 2;
  return results.some(({ findings }) => findings.some((f) => f.severity === "error")) ? 1 : 0;
}
