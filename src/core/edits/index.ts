export * from "./linkReferences";
export * from "./insertAction";
