export * from "./types";
export { ALL_RULES, DRAFTING_RULES, POSTING_ONLY_RULES, ruleMeta } from "./all";
export { checkDocument, checkReport, type CheckOptions } from "./engine";
