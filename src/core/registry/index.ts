export * from "./types";
export * from "./validate";
export * from "./describe";
export * from "./parse";
export * from "./identity";
