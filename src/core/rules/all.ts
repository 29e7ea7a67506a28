/**
 * Every rule, in the order their findings are listed. Adding a rule: one file here, one test, one docs page.
 * The drafting rules run while the rapporteur writes; the posting check adds the rules for a finished report.
 */
import { actionGroupMismatch } from "./actionGroupMismatch";
import { annexDocList } from "./annexDocList";
import { documentStructure } from "./documentStructure";
import { emptySection } from "./emptySection";
import { headerField } from "./headerField";
import { highlightLeft } from "./highlightLeft";
import { placeholderText } from "./placeholderText";
import { actionNumbering } from "./actionNumbering";
import { actionPlaceholder } from "./actionPlaceholder";
import { actionTargetMismatch } from "./actionTargetMismatch";
import { questionNew } from "./questionNew";
import { questionUnknown } from "./questionUnknown";
import { refRevisionMissing } from "./refRevisionMissing";
import { refSourceMismatch } from "./refSourceMismatch";
import { refSuperseded } from "./refSuperseded";
import { refUnknown } from "./refUnknown";
import { refWithdrawn } from "./refWithdrawn";
import { reportSelfReference } from "./reportSelfReference";
import { summaryMissing } from "./summaryMissing";
import { summaryOutOfSync } from "./summaryOutOfSync";
import { templatePlaceholder } from "./templatePlaceholder";
import type { Rule, RuleMeta } from "./types";
import { AGENDA_CHECKS } from "../agenda/checkCatalogue";

export const DRAFTING_RULES: readonly Rule[] = [
  refUnknown,
  refRevisionMissing,
  refSuperseded,
  refWithdrawn,
  refSourceMismatch,
  questionUnknown,
  questionNew,
  actionNumbering,
  actionPlaceholder,
  actionGroupMismatch,
  actionTargetMismatch,
  summaryMissing,
  summaryOutOfSync,
  reportSelfReference,
  documentStructure,
];

export const POSTING_ONLY_RULES: readonly Rule[] = [
  headerField,
  highlightLeft,
  placeholderText,
  templatePlaceholder,
  emptySection,
  annexDocList,
];

/** The posting check: every rule. */
export const ALL_RULES: readonly Rule[] = [...DRAFTING_RULES, ...POSTING_ONLY_RULES];

const META_BY_ID = new Map([
  ...ALL_RULES.map((rule) => [rule.meta.id, rule.meta] as const),
  // The agenda checks run on an agenda with its reports, not in the posting check, but are listed alike.
  ...Object.values(AGENDA_CHECKS).map((meta) => [meta.id, meta] as const),
]);

/** A rule's meta (its title and page) from the id a finding carries. */
export function ruleMeta(id: string): RuleMeta | undefined {
  return META_BY_ID.get(id);
}
