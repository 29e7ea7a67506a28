export * from "./linkReferences";
