export * from "./types";
export * from "./analyse";
