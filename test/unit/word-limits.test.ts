/**
 * Word's limits, through Microsoft's Office.js client runtime with the simulator behind it (dev/officeHost): bookmark
 * names Word refuses, reviewed text asked only of the paragraphs that carry revisions, hyperlinks placed past a
 * false match, a new paragraph next to a list keeping its own style's list. What the simulator models here is cited
 * in docs/word-behaviour.md; what only Word can confirm is in docs/manual-test.md.
 */
import { OfficeJsHost } from "../../dev/officeHost/host";
import { WordSimulator, type SimParagraphSpec } from "../../dev/simulator";
import { editDocument, hostRevisions, placeHyperlinks, readDocument } from "../../src/word";
import { FULL_CAPABILITIES, generatedReport } from "./helpers";

describe("bookmark names Word does not accept", () => {
  const specs = (): SimParagraphSpec[] => [
    { text: "TSAG-TD172", bookmarks: ["dnum"] },
    { text: "Rapporteur, RG-WPR", bookmarks: ["Bookmark:1234", "dsource"] },
    { text: "Title: Report of the meeting", bookmarks: ["12334"] },
    { text: "1\tGeneral", styleBuiltIn: "Heading1" },
  ];

  it("are never looked up: a document with a bookmark named Bookmark:1234 reads, and says what it left out", async () => {
    const sim = new WordSimulator(specs());
    const host = new OfficeJsHost(sim);
    const snapshot = await readDocument(host, FULL_CAPABILITIES);
    expect(snapshot.paragraphs.map((p) => p.bookmarks)).toEqual([["dnum"], ["dsource"], [], []]);
    expect(snapshot.facts.notRead).toEqual([
      expect.objectContaining({
        part: "bookmarks",
        sentence: expect.stringContaining("Bookmark:1234, 12334"),
      }),
    ]);
    expect(host.methodCalls.get("GetBookmarkRangeOrNullObject")).toBeUndefined(); // a method path, not an action
  });

  it("the simulator refuses such a name with InvalidArgument, as Word does", async () => {
    const sim = new WordSimulator(specs());
    const failure = await new OfficeJsHost(sim)
      .run(async (context) => {
        const range = context.document.getBookmarkRangeOrNullObject("Bookmark:1234");
        range.load("text");
        await context.sync();
      })
      .catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: "InvalidArgument" });
  });

  it("a lookup Word fails all the same never fails the read: asked again with letters-only names, then without", async () => {
    const sim = new WordSimulator([...specs(), { text: "Abstract", bookmarks: ["dabstract2"] }]);
    const host = new OfficeJsHost(sim);
    sim.failSync(2, { code: "InvalidArgument" }); // the sync of the bookmarks' probes
    const snapshot = await readDocument(host, FULL_CAPABILITIES);
    expect(snapshot.paragraphs.flatMap((p) => p.bookmarks)).toEqual(["dnum", "dsource"]);
    expect(snapshot.facts.notRead?.[0]?.sentence).toContain("dabstract2");

    const twice = new WordSimulator(specs());
    twice.failSync(2, { code: "InvalidArgument" });
    twice.failSync(3, { code: "InvalidArgument" });
    const without = await readDocument(new OfficeJsHost(twice), FULL_CAPABILITIES);
    expect(without.paragraphs.flatMap((p) => p.bookmarks)).toEqual([]);
    expect(without.paragraphs[0]!.text).toBe("TSAG-TD172");
    expect(without.facts.notRead?.[0]?.sentence).toMatch(/dnum, Bookmark:1234, dsource, 12334/);
  });
});

describe("reviewed text, asked only where needed", () => {
  /** 10,000 paragraphs, " in paragraph N." deleted under tracking in 10 of them. */
  function revisedReport(): SimParagraphSpec[] {
    return generatedReport(10_000).map((spec, i) => {
      if (i % 1000 !== 17) return spec;
      const piece = ` in paragraph ${i}.`;
      const at = spec.text.indexOf(piece);
      return at < 0 ? spec : { ...spec, deletions: [{ start: at, length: piece.length }] };
    });
  }

  it("on WordApi 1.6, a document with revisions in 10 of 10,000 paragraphs asks reviewed text of those 10", async () => {
    const specs = revisedReport();
    expect(specs.filter((spec) => spec.deletions).length).toBe(10);
    const host = new OfficeJsHost(new WordSimulator(specs), { revisions: "detect" });
    const snapshot = await readDocument(host, { ...FULL_CAPABILITIES, bookmarks: false });
    expect(host.methodCalls.get("GetReviewedText")).toBe(10);
    expect(snapshot.paragraphs[17]!.text).toBe("RG-WPR noted TD17 (ITU-T SG18) and C17");
    expect(snapshot.paragraphs[18]!.text).toBe(specs[18]!.text);
  });

  it("the edit read asks the same 10, and refuses to edit those paragraphs", async () => {
    const host = new OfficeJsHost(new WordSimulator(revisedReport()), { revisions: "detect" });
    let asked = "";
    await editDocument(host, ({ snapshot }) => {
      asked = snapshot.paragraphs[1017]!.text;
      return { problem: "nothing to do" };
    });
    expect(host.methodCalls.get("GetReviewedText")).toBe(10);
    expect(asked).toBe("RG-WPR noted TD1017 (ITU-T SG18) and C17");
  });

  it("on WordApi 1.4–1.5 every paragraph is asked, in pages, as before", async () => {
    const host = new OfficeJsHost(new WordSimulator(revisedReport().slice(0, 2000)), { revisions: "always" });
    await readDocument(host, { ...FULL_CAPABILITIES, bookmarks: false });
    expect(host.methodCalls.get("GetReviewedText")).toBe(2000);
  });
});

describe("hyperlinks placed by their text", () => {
  it("one false match does not skip every later link", () => {
    const inputs = [
      { text: "See the liaison (TD327) and TD270." },
      { text: "RG-WPR noted TD222." },
      { text: "WP2 approved TD301." },
      { text: "Annex: TD327 (rev), TD270." },
    ];
    // The first link's text reads "TD327 (rev)" in Word's range but differs in its paragraph: it matches the annex.
    placeHyperlinks(inputs, [
      { text: "TD327 (rev)", address: "https://www.itu.int/md/T25-TSAG-TD-0327" },
      { text: "TD270", address: "https://www.itu.int/md/T25-TSAG-TD-0270" },
      { text: "TD222", address: "https://www.itu.int/md/T25-TSAG-TD-0222" },
      { text: "TD301", address: "https://www.itu.int/md/T25-TSAG-TD-0301" },
    ]);
    const links = inputs.map((input) =>
      ((input as { hyperlinks?: { start: number }[] }).hyperlinks ?? []).map((link) => link.start),
    );
    // The first two links land in the annex (their words are there too); the two between are not lost.
    expect(links).toEqual([[], [13], [13], [7, 20]]);
  });
});

describe("a paragraph inserted next to a list item", () => {
  it("leaves the list before its style is applied, so that a style carrying a list keeps its bullets", async () => {
    const sim = new WordSimulator([
      { text: "Agenda", styleBuiltIn: "Heading1" },
      { text: "WP2-1: Opening", style: "Agenda Item", list: { level: 0, listString: "•" } },
      { text: "Closing remarks", list: { level: 0, listString: "1." } },
    ]);
    sim.document.listStyles.set("Agenda Item", { level: 0, listString: "•" });
    const host = new OfficeJsHost(sim);
    const result = await editDocument(host, ({ snapshot }) => ({
      label: "insert",
      operations: [
        {
          kind: "insertParagraphs",
          paragraph: 1,
          expectedText: snapshot.paragraphs[1]!.text,
          position: "after",
          texts: ["WP2-2: Approval of the agenda"],
          style: "Agenda Item",
        },
        {
          kind: "insertParagraphs",
          paragraph: 2,
          expectedText: snapshot.paragraphs[2]!.text,
          position: "after",
          texts: ["Any other business"],
          styleBuiltIn: "Normal",
        },
      ],
    }));
    expect(result.refused).toEqual([]);
    const dump = sim.dump();
    expect(dump[2]).toMatchObject({ text: "WP2-2: Approval of the agenda", style: "Agenda Item" });
    expect(dump[2]!.list).toEqual({ level: 0, listString: "•" });
    expect(dump[4]).toMatchObject({ text: "Any other business" });
    expect(dump[4]!.list).toBeUndefined();
  });
});

describe("the Mac and the tracked-change calls", () => {
  it("never asks getTrackedChanges on the Mac (it has frozen Word there): each paragraph is asked instead", () => {
    const upTo = (level: number) => (version: string) => Number(version) <= level;
    expect(hostRevisions("Mac", upTo(1.6))).toBe("always");
    expect(hostRevisions("PC", upTo(1.6))).toBe("detect");
    expect(hostRevisions("OfficeOnline", upTo(1.5))).toBe("always");
    expect(hostRevisions("Mac", upTo(1.3))).toBe("none");
  });
});
