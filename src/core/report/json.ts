/** The JSON of a check, as tsag-check prints it and the pane exports it. Paragraphs are 1-based. */
import type { Finding } from "../rules/types";
import { countFindings } from "./verdict";

export interface FileFindings {
  file: string;
  findings: readonly Finding[];
}

export function findingsJson(results: readonly FileFindings[]): string {
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
      ...countFindings(findings),
    })),
  });
}
