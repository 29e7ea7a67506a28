/**
 * The parts of WordprocessingML whose content is never a body paragraph's text: properties, revisions' old
 * properties, the reading of ruby, deleted text, and the other stories (text boxes in drawings and VML shapes).
 */
export const IGNORED = new Set([
  "w:sectPr",
  "w:pPrChange",
  "w:rPrChange",
  "w:tblPrChange",
  "w:trPrChange",
  "w:tcPrChange",
  "w:numberingChange",
  "w:sdtPr",
  "w:sdtEndPr",
  "w:customXmlPr",
  "w:smartTagPr",
  "w:rubyPr",
  "w:rt",
  "w:tblPr",
  "w:tblGrid",
  "w:tblPrEx",
  "w:fldData",
  "w:delText",
  "w:delInstrText",
  "w:background",
  "m:ctrlPr",
  // Drawings and VML shapes hold text boxes: other stories, as Word's body.paragraphs has it.
  "w:drawing",
  "w:pict",
  "w:object",
  "w:txbxContent",
]);
