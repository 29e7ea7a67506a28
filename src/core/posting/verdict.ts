/**
 * The posting verdict: "Ready to post", what blocks it, or — when no registry was loaded, so that no reference was
 * checked — "Not checked against a registry": a verdict claims only what was checked.
 */
import type { Finding } from "../document/findings";
import type { RegistryAbout } from "./about";

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

export type VerdictStatus = "ready" | "unchecked" | "blocked";

export interface Verdict {
  /** True only for "Ready to post": no error, and the references were checked against a registry. */
  ready: boolean;
  status: VerdictStatus;
  /** "blocked" is an error; "unchecked" a warning; "ready" a success. */
  severity: "error" | "warning" | "success";
  text: string;
}

/**
 * The verdict on the findings still to look at. `registry`: what the references were checked against; null when
 * nothing was (the verdict is then "Not checked against a registry"); left out by an exporter that does not say
 * (the verdict then rests on the findings alone). `ignored`: how many findings the author set aside (they block
 * nothing, but the verdict says they exist: "Ready to post — 2 findings ignored by the author").
 */
export function verdict(findings: readonly Finding[], registry?: RegistryAbout | null, ignored = 0): Verdict {
  const { errors, warnings } = countFindings(findings);
  const toReview = warnings === 0 ? "" : ` (${plural(warnings, "warning")} to review)`;
  const aside = ignored > 0 ? ` — ${plural(ignored, "finding")} ignored by the author` : "";
  if (errors === 0 && registry === null) {
    return {
      ready: false,
      status: "unchecked",
      severity: "warning",
      text: `Not checked against a registry${toReview}${aside}`,
    };
  }
  if (errors === 0) {
    return { ready: true, status: "ready", severity: "success", text: `Ready to post${toReview}${aside}` };
  }
  return {
    ready: false,
    status: "blocked",
    severity: "error",
    text: `${plural(errors, "blocking error")}, ${plural(warnings, "warning")}${aside}`,
  };
}
