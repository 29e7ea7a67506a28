/** Every rule, in the order their findings are listed. Adding a rule: one file here, one test, one docs page. */
import { actionGroupMismatch } from "./actionGroupMismatch";
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
import type { Rule } from "./types";

export const ALL_RULES: readonly Rule[] = [
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
];
