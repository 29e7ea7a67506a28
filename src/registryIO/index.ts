/** Fetching, validating and caching the registry. The registry's model and validator are in src/core/registry. */
export * from "./load";
export * from "./localStore";
export * from "./importFiles";
export * from "./fetch";
