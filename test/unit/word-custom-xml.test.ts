/**
 * Custom XML parts: the simulator as Office.js documents them (WordApi 1.4), and the adapter's read and replace.
 * Not through Microsoft's client runtime (dev/officeHost): its npm build predates Word's CustomXmlPart classes, so
 * manual-test.md has the line that confirms them in Word.
 */
import { customXmlPartsOf, WordSimulator } from "../../dev/simulator";
import {
  readCustomXmlParts,
  replaceCustomXmlParts,
  WordError,
  type CustomXmlDocumentApi,
  type WordHost,
} from "../../src/word";

const NS = "urn:example:notes:1";
const note = (text: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<notes xmlns="${NS}"><n>${text}</n></notes>`;
const doc = () => new WordSimulator([{ text: "One paragraph." }]);
const partsApi = (context: unknown) =>
  (context as { document: CustomXmlDocumentApi }).document.customXmlParts;

describe("Word simulator: custom XML parts (WordApi 1.4)", () => {
  it("adds a part at the sync, with a GUID id and its root element's namespace, found by getByNamespace", async () => {
    const sim = doc();
    const found = await sim.run(async (context) => {
      const parts = partsApi(context);
      parts.add(note("a"));
      parts.add(`<p:other xmlns:p="urn:example:other" xmlns="${NS}"/>`);
      const scoped = parts.getByNamespace(NS);
      scoped.load("items");
      await context.sync();
      const xml = scoped.items.map((part) => part.getXml());
      await context.sync();
      return scoped.items.map((part, i) => ({
        id: part.id,
        namespaceUri: part.namespaceUri,
        xml: xml[i]!.value,
      }));
    });
    expect(found).toEqual([
      { id: expect.stringMatching(/^\{[0-9A-F-]{36}\}$/), namespaceUri: NS, xml: note("a") },
    ]);
    expect(customXmlPartsOf(sim.document).map((p) => p.namespaceUri)).toEqual([NS, "urn:example:other"]);
  });

  it("gives items and getXml's value only after the sync", async () => {
    const sim = doc();
    customXmlPartsOf(sim.document).push({ id: "{X}", namespaceUri: NS, xml: note("x") });
    await expect(
      sim.run(async (context) => {
        const scoped = partsApi(context).getByNamespace(NS);
        scoped.load("items");
        // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- the mistake under test
        return scoped.items.length;
      }),
    ).rejects.toMatchObject({ code: "PropertyNotLoaded" });
    await expect(
      sim.run(async (context) => {
        const scoped = partsApi(context).getByNamespace(NS);
        scoped.load("items");
        await context.sync();
        // eslint-disable-next-line office-addins/load-object-before-read -- the mistake under test
        return scoped.items[0]!.getXml().value;
      }),
    ).rejects.toMatchObject({ code: "ValueNotLoaded" });
  });

  it("deletes at the sync; a deleted part can no longer be used; bad XML and read-only documents are refused", async () => {
    const sim = doc();
    customXmlPartsOf(sim.document).push({ id: "{X}", namespaceUri: NS, xml: note("x") });
    await expect(
      sim.run(async (context) => {
        const scoped = partsApi(context).getByNamespace(NS);
        scoped.load("items");
        await context.sync();
        const part = scoped.items[0]!;
        part.delete();
        await context.sync();
        expect(customXmlPartsOf(sim.document)).toEqual([]);
        part.getXml();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    await expect(sim.run(async (context) => void partsApi(context).add("<notes"))).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    sim.document.readOnly = true;
    await expect(sim.run(async (context) => void partsApi(context).add(note("y")))).rejects.toMatchObject({
      code: "AccessDenied",
    });
    expect(customXmlPartsOf(sim.document)).toEqual([]);
  });
});

describe("the adapter's custom XML parts", () => {
  const hostOf = (sim: WordSimulator): WordHost => sim;
  it("replaces the parts of a namespace by one, reads it back, and removes it, in two syncs each", async () => {
    const sim = doc();
    const host = hostOf(sim);
    customXmlPartsOf(sim.document).push(
      { id: "{OLD}", namespaceUri: NS, xml: note("old") },
      { id: "{KEEP}", namespaceUri: "urn:example:other", xml: `<k xmlns="urn:example:other"/>` },
    );
    sim.resetSyncCount();
    await replaceCustomXmlParts(host, NS, note("new"));
    expect(sim.syncCount).toBe(2);
    expect(await readCustomXmlParts(host, NS)).toEqual([note("new")]);
    expect(sim.syncCount).toBe(4);
    await replaceCustomXmlParts(host, NS, null);
    expect(await readCustomXmlParts(host, NS)).toEqual([]);
    expect(customXmlPartsOf(sim.document).map((p) => p.id)).toEqual(["{KEEP}"]);
  });

  it("reports a refused write as the document being read-only, and changes nothing", async () => {
    const sim = doc();
    customXmlPartsOf(sim.document).push({ id: "{OLD}", namespaceUri: NS, xml: note("old") });
    sim.document.readOnly = true;
    const error = await replaceCustomXmlParts(hostOf(sim), NS, note("new")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WordError);
    expect(error).toMatchObject({ writeRefused: true });
    expect(customXmlPartsOf(sim.document).map((p) => p.xml)).toEqual([note("old")]);
  });
});
