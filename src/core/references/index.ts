export * from "./types";
export { findAllReferences, findReferences } from "./parse";
export { looksLikeSource, sameSource } from "./sources";
export { citedAs, documentsOf } from "./cited";
