/**
 * Custom XML parts (WordApi 1.4) as Office.js documents them, for the methods the add-in uses
 * (https://learn.microsoft.com/javascript/api/word/word.customxmlpartcollection, …/word.customxmlpartscopedcollection,
 * …/word.customxmlpart; docs/word-behaviour.md):
 * - `customXmlParts.add(xml)` adds a part at the sync; its `id` is a new GUID in braces and its `namespaceUri` the
 *   namespace of its root element ("" when it has none); XML that is not well-formed fails with InvalidArgument;
 * - `getByNamespace(uri)` is "a new scoped collection of custom XML parts whose namespaces match the given
 *   namespace": resolved where the queue reaches it, so it sees the parts added before it in the same batch;
 * - `items` only after load() and a sync; `id` and `namespaceUri` only after they were loaded;
 * - `getXml()` is a ClientResult, read after the sync; `delete()` removes the part at the sync, and a later call
 *   on a deleted part fails with ItemNotFound;
 * - in a read-only document, add and delete fail with AccessDenied, as every other write does here (modelled).
 */
import { XMLValidator } from "fast-xml-parser";
import type { SimContext } from "./context";
import { SimulatedWordError } from "./errors";
import { ClientResult, Proxy, type LoadWindow } from "./proxies";

export interface SimCustomXmlPart {
  id: string;
  namespaceUri: string;
  xml: string;
}

/** Where a document's parts live: a simulated document's own list (SimDocument keeps one per document). */
export type CustomXmlStore = SimCustomXmlPart[];

const stores = new WeakMap<object, CustomXmlStore>();

/** The custom XML parts of a simulated document (created empty, as a new document has none of ours). */
export function customXmlPartsOf(document: object): CustomXmlStore {
  let store = stores.get(document);
  if (!store) {
    store = [];
    stores.set(document, store);
  }
  return store;
}

/** The namespace of the root element: its prefix's xmlns:prefix, or the default xmlns. Linear, no backtracking. */
export function rootNamespace(xml: string): string {
  let at = 0;
  // Skip the prolog: the XML declaration, processing instructions, comments, a DOCTYPE and white space.
  for (;;) {
    while (at < xml.length && /\s|\uFEFF/.test(xml[at]!)) at++;
    if (xml.startsWith("<?", at)) at = xml.indexOf("?>", at) + 2;
    else if (xml.startsWith("<!--", at)) at = xml.indexOf("-->", at) + 3;
    else if (xml.startsWith("<!", at)) at = xml.indexOf(">", at) + 1;
    else break;
    if (at <= 1) return "";
  }
  const end = xml.indexOf(">", at);
  const tag = xml.slice(at + 1, end < 0 ? undefined : end);
  const name = /^[^\s/>]+/.exec(tag)?.[0] ?? "";
  const prefix = name.includes(":") ? name.slice(0, name.indexOf(":")) : null;
  const wanted = prefix === null ? "xmlns" : `xmlns:${prefix}`;
  for (const match of tag.matchAll(/([^\s=]+)\s*=\s*("[^"]*"|'[^']*')/g)) {
    if (match[1] === wanted) return match[2]!.slice(1, -1);
  }
  return "";
}

let nextId = 1;
function newPartId(): string {
  const hex = (nextId++).toString(16).toUpperCase().padStart(12, "0");
  return `{3F2504E0-4F89-41D3-9A0C-${hex}}`;
}

function requireWritable(context: SimContext): void {
  if (context.doc.readOnly) throw new SimulatedWordError("AccessDenied", "The document is read-only.");
}

/** Word.CustomXmlPart. */
export class CustomXmlPartProxy extends Proxy<SimCustomXmlPart> {
  protected readonly scalars = ["id", "namespaceUri"];
  constructor(context: SimContext) {
    super(context, "CustomXmlPart");
  }
  override target(): SimCustomXmlPart {
    const part = super.target();
    if (!customXmlPartsOf(this.context.doc).includes(part))
      throw new SimulatedWordError("ItemNotFound", "The custom XML part was deleted.");
    return part;
  }
  protected read(name: string, part: SimCustomXmlPart): unknown {
    if (name === "id") return part.id;
    if (name === "namespaceUri") return part.namespaceUri;
    throw new SimulatedWordError(
      "InvalidArgument",
      `CustomXmlPart has no property '${name}' in the simulator.`,
    );
  }
  get id(): string {
    return this.get("id");
  }
  get namespaceUri(): string {
    return this.get("namespaceUri");
  }
  getXml(): ClientResult<string> {
    return new ClientResult(this.context, () => this.target().xml, "CustomXmlPart.getXml");
  }
  delete(): void {
    this.context.enqueue("CustomXmlPart.delete", () => {
      const part = this.target();
      requireWritable(this.context);
      const store = customXmlPartsOf(this.context.doc);
      store.splice(store.indexOf(part), 1);
    });
  }
}

/** Word.CustomXmlPartScopedCollection: the parts of one namespace, as they were when the queue reached it. */
export class CustomXmlPartScopedCollectionProxy extends Proxy<SimCustomXmlPart[]> {
  protected readonly scalars = [];
  private loadedItems: CustomXmlPartProxy[] | null = null;
  constructor(context: SimContext, namespaceUri: string) {
    super(context, "CustomXmlPartScopedCollection");
    this.resolveWith(
      () => customXmlPartsOf(context.doc).filter((part) => part.namespaceUri === namespaceUri),
      "CustomXmlPartCollection.getByNamespace",
    );
  }
  protected read(name: string): unknown {
    throw new SimulatedWordError(
      "InvalidArgument",
      `CustomXmlPartScopedCollection has no property '${name}'.`,
    );
  }
  override applyLoad(paths: readonly string[], window: LoadWindow = {}): void {
    const itemPaths = paths.map((path) => path.replace(/^items\//, "")).filter((path) => path !== "items");
    const skip = window.skip ?? 0;
    const parts = this.target().slice(skip, window.top !== undefined ? skip + window.top : undefined);
    this.loadedItems = parts.map((part) => {
      const item = new CustomXmlPartProxy(this.context).setTarget(part);
      item.applyLoad(itemPaths);
      return item;
    });
  }
  get items(): CustomXmlPartProxy[] {
    if (this.loadedItems === null) {
      throw new SimulatedWordError(
        "PropertyNotLoaded",
        "CustomXmlPartScopedCollection.items read before load() and sync().",
      );
    }
    return this.loadedItems;
  }
  getCount(): ClientResult<number> {
    return new ClientResult(
      this.context,
      () => this.target().length,
      "CustomXmlPartScopedCollection.getCount",
    );
  }
}

/** Word.CustomXmlPartCollection: document.customXmlParts. */
export class CustomXmlPartCollectionProxy {
  constructor(private readonly context: SimContext) {}
  /** Loading the collection itself is not needed by the add-in; its parts are reached by namespace. */
  load(): this {
    throw new SimulatedWordError("NotImplemented", "CustomXmlPartCollection.load is not simulated.");
  }
  add(xml: string): CustomXmlPartProxy {
    return new CustomXmlPartProxy(this.context).resolveWith(() => {
      requireWritable(this.context);
      if (XMLValidator.validate(xml) !== true)
        throw new SimulatedWordError("InvalidArgument", "The custom XML part is not well-formed XML.");
      const part = { id: newPartId(), namespaceUri: rootNamespace(xml), xml };
      customXmlPartsOf(this.context.doc).push(part);
      return part;
    }, "CustomXmlPartCollection.add");
  }
  getByNamespace(namespaceUri: string): CustomXmlPartScopedCollectionProxy {
    return new CustomXmlPartScopedCollectionProxy(this.context, namespaceUri);
  }
}
