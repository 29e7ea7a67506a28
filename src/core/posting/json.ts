/** The JSON of a check, as tsag-check prints it and the pane exports it. Paragraphs are 1-based. */
import type { Finding } from "../document/findings";
import type { IgnoreDecision, IgnoredFinding } from "../ignored/decision";
import type { DocumentAbout, RegistryAbout } from "./about";
import { countFindings, verdict } from "./verdict";

export interface FileFindings {
  file: string;
  findings: readonly Finding[];
  /** The header's TD number, title and source, when the exporter read them. */
  about?: DocumentAbout;
  /** The registry the references were checked against (null: none); omitted when the exporter does not say. */
  registry?: RegistryAbout | null;
  /** The findings the author set aside in the document, with their reasons; omitted when not read. */
  ignored?: readonly IgnoredFinding[];
  /** The author's decisions that no finding matches any more (their words changed, or the problem is gone). */
  lapsed?: readonly IgnoreDecision[];
}

const findingJson = (f: Finding) => ({
  rule: f.rule,
  severity: f.severity,
  message: f.message,
  paragraph: f.paragraph + 1,
  start: f.start,
  length: f.length,
  excerpt: f.excerpt,
  ...(f.location ? { section: f.location.section, context: f.location.excerpt } : {}),
});

export function findingsJson(results: readonly FileFindings[]): string {
  return JSON.stringify({
    files: results.map(({ file, findings, about, registry, ignored, lapsed }) => ({
      file,
      ...(about ? { about } : {}),
      ...(registry !== undefined ? { registry } : {}),
      findings: findings.map(findingJson),
      ...countFindings(findings),
      ...(ignored
        ? {
            ignored: ignored.map(({ finding, decision }) => ({
              ...findingJson(finding),
              reason: decision.reason,
              date: decision.date,
            })),
          }
        : {}),
      ...(lapsed && lapsed.length > 0 ? { lapsed } : {}),
      verdict: (({ status, text }) => ({ status, text }))(verdict(findings, registry, ignored?.length ?? 0)),
    })),
  });
}
