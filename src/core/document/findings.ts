/**
 * Findings: what every check (the rules, the agenda's checks) reports, and the metadata each check declares. They
 * belong to the document layer because rules, the agenda and the posting verdict all speak of them.
 */
import type { DocumentSnapshot } from "./snapshot";
import type { EditPlan } from "./editPlan";
import type { Location } from "./location";
import type { TextSpan } from "./span";

export type Severity = "error" | "warning" | "info";

export interface RuleMeta {
  id: string;
  /** What is wrong, in the rapporteur's words: the heading of the rule's findings ("Documents not in the registry"). */
  title: string;
  severity: Severity;
  description: string;
  /** Path of the rule's page, relative to the repository root. */
  docs: string;
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  /** 0-based paragraph index in the snapshot (the CLI prints it 1-based). */
  paragraph: number;
  start: number;
  length: number;
  /** The text the finding is about, as written. */
  excerpt: string;
  /** Where it is, as Word users see it (the clause and the words around it); set by checkDocument. */
  location?: Location;
  /** What the registry says of the cited document or Question, shown with the finding. */
  registryEntry?: { title: string; source?: string };
  /** A safe correction, applied through the Word adapter like any EditPlan. */
  fix?: EditPlan;
  suggestions?: string[];
}

/** A finding located at a reference, with the excerpt taken from the paragraph text. */
export function findingAt(
  snapshot: DocumentSnapshot,
  meta: RuleMeta,
  reference: TextSpan & { paragraph: number },
  message: string,
  extra: Partial<Finding> = {},
): Finding {
  const text = snapshot.paragraphs[reference.paragraph]?.text ?? "";
  return {
    rule: meta.id,
    severity: meta.severity,
    message,
    paragraph: reference.paragraph,
    start: reference.start,
    length: reference.length,
    excerpt: text.slice(reference.start, reference.start + reference.length),
    ...extra,
  };
}
