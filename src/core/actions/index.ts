export * from "./parse";
export * from "./summarySection";
export * from "./group";
export * from "./numbering";
export * from "./insert";
export * from "./exportAgenda";
