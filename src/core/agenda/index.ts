export * from "./source";
export * from "./build";
export * from "./render";
export * from "./check";
export * from "./insert";
export * from "./checks";
