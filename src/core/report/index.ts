export * from "./verdict";
export * from "./json";
export * from "./html";
