/**
 * The pure core (no Office, React, DOM or network), in layers, each importing only from itself or the layers below
 * (eslint/architecture.mjs keeps the order):
 *   document  → references, actions, registry  → analysis  → rules, summary, agenda, edits, ignored  → posting
 * This file is the façade for the pane and the CLIs; src/word uses only ./document.
 */
export * from "./document";
export * from "./references";
export * from "./actions";
export * from "./registry";
export * from "./analysis";
export * from "./rules";
export * from "./summary";
export * from "./agenda";
export * from "./edits";
export * from "./ignored";
export * from "./posting";
