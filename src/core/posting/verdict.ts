/** The posting verdict: "Ready to post", or what blocks it. */
import type { Finding } from "../document/findings";

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
}

export function countFindings(findings: readonly Finding[]): Counts {
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  return { errors, warnings, infos: findings.length - errors - warnings };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function verdict(findings: readonly Finding[]): { ready: boolean; text: string } {
  const { errors, warnings } = countFindings(findings);
  if (errors === 0) {
    return {
      ready: true,
      text: warnings === 0 ? "Ready to post" : `Ready to post (${plural(warnings, "warning")} to review)`,
    };
  }
  return { ready: false, text: `${plural(errors, "blocking error")}, ${plural(warnings, "warning")}` };
}
