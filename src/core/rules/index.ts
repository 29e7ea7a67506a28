export * from "./types";
export { ALL_RULES } from "./all";
export { checkDocument, findAllReferences, ruleContext, type CheckOptions } from "./engine";
