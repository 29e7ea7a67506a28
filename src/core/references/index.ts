export * from "./types";
export { findReferences } from "./parse";
export { looksLikeSource, sameSource } from "./sources";
