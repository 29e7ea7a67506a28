export * from "./decision";
export * from "./part";
