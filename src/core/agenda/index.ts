export * from "./source";
export * from "./build";
export * from "./render";
export * from "./checkAgainstReports";
export * from "./insert";
export * from "./checkCatalogue";
export * from "./export";
