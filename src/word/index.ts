/** The only code that touches Office.js. Everything goes through one batch per command (see errors.ts). */
export * from "./wordApi";
export * from "./errors";
export * from "./readDocument";
export * from "./applyEdits";
export { EDIT_READ_LEAVES_OUT } from "./editRead";
export * from "./selectRange";
export * from "./environment";
export { findUniqueWindow } from "./locate";
export { revisionSupport, type RevisionSupport } from "./revisions";
export { PAGE_BUDGET_BYTES } from "./paragraphs";
export * from "./customXmlParts";
export * from "./checkRead";
export {
  FileUnavailable,
  readDocumentFile,
  SLICE_SIZE,
  type OfficeDocumentApi,
  type OfficeFileApi,
} from "./documentFile";
export { alignToWord, mapFileCheck } from "./fileRead";
