/** The JSON of a check, as tsag-check prints it and the pane exports it. Paragraphs are 1-based. */
import type { Finding } from "../document/findings";
import type { DocumentAbout, RegistryAbout } from "./about";
import { countFindings } from "./verdict";

export interface FileFindings {
  file: string;
  findings: readonly Finding[];
  /** The header's TD number, title and source, when the exporter read them. */
  about?: DocumentAbout;
  /** The registry the references were checked against (null: none); omitted when the exporter does not say. */
  registry?: RegistryAbout | null;
}

export function findingsJson(results: readonly FileFindings[]): string {
  return JSON.stringify({
    files: results.map(({ file, findings, about, registry }) => ({
      file,
      ...(about ? { about } : {}),
      ...(registry !== undefined ? { registry } : {}),
      findings: findings.map((f) => ({
        rule: f.rule,
        severity: f.severity,
        message: f.message,
        paragraph: f.paragraph + 1,
        start: f.start,
        length: f.length,
        excerpt: f.excerpt,
        ...(f.location ? { section: f.location.section, context: f.location.excerpt } : {}),
      })),
      ...countFindings(findings),
    })),
  });
}
