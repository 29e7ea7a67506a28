export * from "./types";
export { findReferences } from "./parse";
export { looksLikeSource, sameSource } from "./sources";
export { citedAs, documentsOf } from "./cited";
