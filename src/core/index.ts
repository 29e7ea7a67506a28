/** The pure core: document model, edit model and (in later modules) the rules. No Office, React, DOM or network. */
export * from "./model/snapshot";
export * from "./model/header";
export * from "./model/clauses";
export * from "./model/editPlan";
export * from "./text/email";
export * from "./text/changedSpan";
export * from "./references";
export * from "./registry";
export * from "./rules";
export * from "./links";
export * from "./commands";
export * from "./actions";
export * from "./summary";
export * from "./report";
export * from "./agenda";
