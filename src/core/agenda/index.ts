export * from "./source";
export * from "./build";
export * from "./render";
export * from "./check";
