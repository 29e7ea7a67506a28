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

/**
 * The verdict on the findings still to look at. `ignored`: how many findings the author set aside (they block
 * nothing, but the verdict says they exist: "Ready to post — 2 findings ignored by the author").
 */
export function verdict(findings: readonly Finding[], ignored = 0): { ready: boolean; text: string } {
  const { errors, warnings } = countFindings(findings);
  const aside = ignored > 0 ? ` — ${plural(ignored, "finding")} ignored by the author` : "";
  if (errors === 0) {
    return {
      ready: true,
      text:
        (warnings === 0 ? "Ready to post" : `Ready to post (${plural(warnings, "warning")} to review)`) +
        aside,
    };
  }
  return {
    ready: false,
    text: `${plural(errors, "blocking error")}, ${plural(warnings, "warning")}${aside}`,
  };
}
