export * from "./parse";
export * from "./rapporteurGroup";
export * from "./numbering";
export * from "./exportAgenda";
