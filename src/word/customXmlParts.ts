/**
 * Custom XML parts (WordApi 1.4, `document.customXmlParts`): XML the add-in keeps inside the document, which Word
 * saves in the .docx under customXml/ (ECMA-376 Part 1 §15.2.4, Custom XML Data Storage) so that it travels with
 * the file. Reference: https://learn.microsoft.com/javascript/api/word/word.customxmlpartcollection,
 * …/word.customxmlpartscopedcollection and …/word.customxmlpart. A part is found by the namespace of its root
 * element (`getByNamespace`); each function below is one batch of two syncs.
 */
import { refusedWrite, runBatch } from "./errors";
import { WordError } from "./errors";
import type { ClientResultApi, LoadableApi, RequestContextApi, WordHost } from "./wordApi";

export interface CustomXmlPartApi extends LoadableApi {
  readonly id: string;
  readonly namespaceUri: string;
  getXml(): ClientResultApi<string>;
  delete(): void;
}

export interface CustomXmlPartScopedCollectionApi extends LoadableApi {
  readonly items: CustomXmlPartApi[];
}

export interface CustomXmlPartCollectionApi extends LoadableApi {
  add(xml: string): CustomXmlPartApi;
  getByNamespace(namespaceUri: string): CustomXmlPartScopedCollectionApi;
}

export interface CustomXmlDocumentApi {
  readonly customXmlParts: CustomXmlPartCollectionApi;
}

// Compile-time proof that Word's own types fit the subset above (as in wordApi.ts). Type-only.
type Fits<Actual extends Subset, Subset> = Actual;
export type CustomXmlFitsWord = [
  Fits<Word.Document, CustomXmlDocumentApi>,
  Fits<Word.CustomXmlPartCollection, CustomXmlPartCollectionApi>,
  Fits<Word.CustomXmlPartScopedCollection, CustomXmlPartScopedCollectionApi>,
  Fits<Word.CustomXmlPart, CustomXmlPartApi>,
];

export const CUSTOM_XML_UNSUPPORTED =
  "This version of Word cannot keep the add-in's notes in the document (it needs Word API 1.4: Word for Microsoft 365, Word 2024, Word for Mac or Word on the web).";

function partsOf(context: RequestContextApi): CustomXmlPartCollectionApi {
  const document = context.document as unknown as Partial<CustomXmlDocumentApi>;
  if (!document.customXmlParts) throw new WordError(CUSTOM_XML_UNSUPPORTED, "ApiNotFound");
  return document.customXmlParts;
}

/** The XML of every part whose root element is in `namespaceUri`, in Word's order. */
export function readCustomXmlParts(host: WordHost, namespaceUri: string): Promise<string[]> {
  return runBatch(host, async (context) => {
    const scoped = partsOf(context).getByNamespace(namespaceUri);
    scoped.load("items");
    await context.sync();
    const xml = scoped.items.map((part) => part.getXml());
    await context.sync();
    return xml.map((result) => result.value);
  });
}

/**
 * Replaces the parts in `namespaceUri` by one holding `xml` (null: removes them). Word refusing the write (a
 * read-only or protected document, Viewing mode) is reported as such (errors.ts, refusedWrite).
 */
export function replaceCustomXmlParts(
  host: WordHost,
  namespaceUri: string,
  xml: string | null,
): Promise<void> {
  return runBatch(host, async (context) => {
    const parts = partsOf(context);
    const scoped = parts.getByNamespace(namespaceUri);
    scoped.load("items");
    await context.sync();
    for (const part of scoped.items) part.delete();
    if (xml !== null) parts.add(xml);
    try {
      await context.sync();
    } catch (error) {
      throw refusedWrite(error);
    }
  });
}
