/**
 * tsag-check and the author's decisions to ignore findings: read from the .docx's custom XML part (a .txt keeps
 * none), applied to the file's findings, or — with --no-ignored, for the secretariat — shown as findings again.
 */
import { applyDecisions, type DocumentSnapshot, type FileFindings, type Finding } from "../core";
import { readIgnoredDecisions } from "../readers/docx";
import type { CliIo } from "./common";

/** What the file's findings become once the author's decisions are read: FileFindings' findings, ignored, lapsed. */
export async function withAuthorsDecisions(
  file: string,
  snapshot: DocumentSnapshot,
  findings: Finding[],
  options: { apply: boolean },
  io: CliIo,
): Promise<Pick<FileFindings, "findings" | "ignored" | "lapsed">> {
  if (!/\.docx$/i.test(file)) return { findings };
  let content: Buffer;
  try {
    content = await io.readFile(file);
  } catch {
    return { findings }; // the file was read a moment ago: its findings stand, without decisions
  }
  const { decisions, skipped } = await readIgnoredDecisions(content);
  for (const sentence of skipped) io.stderr(`tsag-check: ${file}: ${sentence}`);
  if (decisions.length === 0) return { findings, ignored: [] };
  const applied = applyDecisions(snapshot, findings, decisions);
  if (!options.apply) {
    if (applied.ignored.length > 0) {
      io.stderr(
        `tsag-check: ${file}: ${applied.ignored.length} finding(s) the author ignored are shown as findings (--no-ignored).`,
      );
    }
    return { findings };
  }
  return applied;
}
