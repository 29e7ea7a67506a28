export * from "./build";
export * from "./compare";
export * from "./plan";
export * from "./diffWords";
export * from "./sync";
export * from "./styles";
