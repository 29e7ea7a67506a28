export { WordSimulator, type InjectedFailure } from "./simulator";
export { SimDocument, SimParagraph, type SimParagraphSpec } from "./document";
export { SimulatedWordError } from "./errors";
export { customXmlPartsOf, type SimCustomXmlPart } from "./customXml";
