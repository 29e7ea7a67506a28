/** The document layer: what every other part of the core stands on, and all that src/word may use of the core. */
export * from "./snapshot";
export * from "./header";
export * from "./reportNumber";
export * from "./editPlan";
export * from "./email";
export * from "./changedSpan";
export * from "./clauses";
export * from "./structure";
export * from "./location";
export * from "./findings";
export * from "./escapeHtml";
export * from "./collections";
export * from "./links";
