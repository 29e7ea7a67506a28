export * from "./verdict";
export * from "./json";
export * from "./html";
export * from "./location";
export * from "./group";
export * from "./about";
