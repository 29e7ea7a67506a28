export * from "./verdict";
export * from "./json";
export * from "./html";
export * from "./findingGroups";
export * from "./about";
