/**
 * The Word adapter, run through Microsoft's Office.js client runtime (dev/officeHost) with the simulated document
 * behind it: only Word's document engine is ours. Request counts are the figures that matter: in Word on the web
 * every context.sync is a network round trip; Word.run's cleanup request is counted apart.
 */
import { requestsOf, viaOffice } from "./support/officeHost";
import { WordSimulator, type SimParagraphSpec } from "../../dev/simulator";
import type { EditOperation, EditPlan } from "../../src/core";
import { applyEdits, readDocument, selectRange, type RequestContextApi } from "../../src/word";
import { FULL_CAPABILITIES, generatedReport } from "./helpers";

describe("readDocument", () => {
  it("reads a 2,000-paragraph document in 1 sync", async () => {
    const sim = new WordSimulator(generatedReport(2000));
    const snapshot = await readDocument(viaOffice(sim), { ...FULL_CAPABILITIES, bookmarks: false });
    expect(snapshot.paragraphs).toHaveLength(2000);
    expect(requestsOf(sim).batch).toBe(1);
  });

  it("reads a 2,000-paragraph document with mixed highlights and bookmarks in 2 syncs", async () => {
    const specs = generatedReport(2000);
    specs[11] = {
      text: "to be completed after the session",
      highlights: [{ start: 0, length: 6, color: "Yellow" }],
    };
    specs[1500] = { text: "Meeting report TBD", highlights: [{ start: 15, length: 3, color: "#00FF00" }] };
    specs[3] = { ...specs[3]!, bookmarks: ["dnum"] };
    const sim = new WordSimulator(specs);
    const snapshot = await readDocument(viaOffice(sim), FULL_CAPABILITIES);
    expect(requestsOf(sim).batch).toBe(2);
    expect(snapshot.paragraphs[11]!.highlights).toEqual([{ start: 0, length: 6, color: "Yellow" }]);
    expect(snapshot.paragraphs[1500]!.highlights).toEqual([{ start: 15, length: 3, color: "#00FF00" }]);
    expect(snapshot.paragraphs[3]!.bookmarks).toEqual(["dnum"]);
  });

  it("captures style, heading level, table cells, lists, whole-paragraph highlights, hyperlinks and bookmark starts", async () => {
    const sim = new WordSimulator([
      { text: "TSAG-TD104R1", bookmarks: [{ name: "dnum", paragraphs: 2 }] },
      { text: "Source:", table: { row: 3, cell: 0 }, bookmarks: ["dsource"] },
      { text: "Rapporteur, RG-IES", table: { row: 3, cell: 1 } },
      { text: "between" },
      { text: "TD103", table: { row: 0, cell: 2 } },
      { text: "1\tGeneral", styleBuiltIn: "Heading1" },
      { text: "Item", list: { level: 0, listString: "·" } },
      { text: "To be completed", highlights: [{ start: 0, length: 15, color: "Yellow" }] },
      {
        text: "See TD270 and TD222.",
        hyperlinks: [{ start: 4, length: 5, address: "https://www.itu.int/md/T25-TSAG-TD-0270" }],
      },
      { text: "Custom", style: "ITU Action" },
    ]);
    sim.document.changeTrackingMode = "TrackAll";
    const snapshot = await readDocument(viaOffice(sim), FULL_CAPABILITIES);
    const [p0, p1, p2, , p4, p5, p6, p7, p8, p9] = snapshot.paragraphs;
    expect(p0!.bookmarks).toEqual(["dnum"]);
    expect(p1!.bookmarks).toEqual(["dsource"]); // dnum covers p1 too but starts in p0
    expect(p1!.table).toEqual({ table: 0, row: 3, cell: 0, nesting: 1 });
    expect(p2!.table).toEqual({ table: 0, row: 3, cell: 1, nesting: 1 });
    expect(p4!.table).toEqual({ table: 1, row: 0, cell: 2, nesting: 1 });
    expect(p5).toMatchObject({
      styleBuiltIn: "Heading1",
      headingLevel: 1,
      outlineLevel: 1,
      style: "Heading 1",
    });
    expect(p6!.list).toEqual({ level: 0, listString: "·" });
    expect(p7!.highlights).toEqual([{ start: 0, length: 15, color: "Yellow" }]);
    expect(p8!.hyperlinks).toEqual([
      { start: 4, length: 5, address: "https://www.itu.int/md/T25-TSAG-TD-0270" },
    ]);
    expect(p9).toMatchObject({ style: "ITU Action", styleBuiltIn: null, outlineLevel: null });
    expect(snapshot.facts).toMatchObject({ trackChanges: "trackAll", readOnly: false });
    expect(snapshot.facts.header.tdNumber).toEqual({ value: "TSAG-TD104R1", paragraph: 0 });
    expect(snapshot.facts.header.source).toEqual({ value: "Rapporteur, RG-IES", paragraph: 2 });
  });

  it("does not ask for bookmarks or the tracking mode when WordApi 1.4 is missing", async () => {
    const sim = new WordSimulator([{ text: "a", bookmarks: ["dnum"] }]);
    const snapshot = await readDocument(viaOffice(sim), {
      bookmarks: false,
      trackChanges: false,
      readOnly: true,
    });
    expect(snapshot.paragraphs[0]!.bookmarks).toEqual([]);
    expect(snapshot.facts).toMatchObject({ trackChanges: "unknown", readOnly: true });
    expect(requestsOf(sim).batch).toBe(1);
  });

  it("fails loudly when adapter code reads a property it did not load", async () => {
    // The same mistake in Word throws PropertyNotLoaded; the simulator must not let it pass.
    const sim = new WordSimulator(generatedReport(10));
    const forgetfulRead = async (context: RequestContextApi) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items/text");
      await context.sync();
      return paragraphs.items.map((paragraph) => paragraph.styleBuiltIn);
    };
    await expect(sim.run(forgetfulRead)).rejects.toMatchObject({ code: "PropertyNotLoaded" });
  });
});

const replace = (
  paragraph: number,
  expectedText: string,
  start: number,
  length: number,
  text: string,
): EditOperation => ({
  kind: "replaceText",
  paragraph,
  expectedText,
  start,
  length,
  text,
});

/** Renumbers every action block of a generated report: a realistic 100-operation plan. */
function renumberPlan(specs: readonly SimParagraphSpec[], offset: number): EditPlan {
  const operations: EditOperation[] = [];
  specs.forEach((spec, paragraph) => {
    const match = /^Action TSAG RG-WPR-(\d+)/.exec(spec.text);
    if (match)
      operations.push(replace(paragraph, spec.text, 19, match[1]!.length, String(Number(match[1]) + offset)));
  });
  return { label: "Renumber actions", operations };
}

describe("applyEdits", () => {
  it("applies a 100-operation plan in at most 2 syncs", async () => {
    const specs = generatedReport(2000);
    const sim = new WordSimulator(specs);
    const plan = renumberPlan(specs, 1000);
    expect(plan.operations).toHaveLength(100);
    const result = await applyEdits(viaOffice(sim), plan);
    expect(result.refused).toEqual([]);
    expect(result.applied).toHaveLength(100);
    expect(requestsOf(sim).batch).toBeLessThanOrEqual(2);
    const texts = sim.dump().map((p) => p.text);
    const numbers = (list: readonly string[]) =>
      list.flatMap((t) => /^Action TSAG RG-WPR-(\d+)/.exec(t)?.[1] ?? []).map(Number);
    expect(numbers(texts)).toEqual(numbers(specs.map((spec) => spec.text)).map((n) => n + 1000));
    // Only the number changed: the rest of every action paragraph is as it was.
    texts.forEach((text, i) =>
      expect(text.replace(/RG-WPR-\d+/, "RG-WPR-#")).toBe(specs[i]!.text.replace(/RG-WPR-\d+/, "RG-WPR-#")),
    );
  });

  it("refuses an operation whose paragraph changed since it was read, and loses none of the user's text", async () => {
    const specs = generatedReport(200);
    const sim = new WordSimulator(specs);
    const plan = renumberPlan(specs, 1);
    const target = plan.operations[3]!.paragraph;
    sim.userEdit((document) => document.paragraphs[target]!.replace(0, 0, "NEW: "));
    const userText = sim.document.paragraphs[target]!.text;

    const result = await applyEdits(viaOffice(sim), plan, { mode: "unchanged-only" });

    expect(result.refused).toEqual([{ operation: plan.operations[3], reason: "paragraph-changed" }]);
    expect(result.applied).toHaveLength(plan.operations.length - 1);
    expect(sim.document.paragraphs[target]!.text).toBe(userText);
  });

  it("writes nothing by default when any operation is refused (all or nothing)", async () => {
    const specs = generatedReport(200);
    const sim = new WordSimulator(specs);
    const plan = renumberPlan(specs, 1);
    sim.userEdit((document) => document.paragraphs[plan.operations[0]!.paragraph]!.replace(0, 0, "x"));
    const before = sim.dump();
    const result = await applyEdits(viaOffice(sim), plan);
    expect(result.applied).toEqual([]);
    expect(result.refused.filter((r) => r.reason === "paragraph-changed")).toHaveLength(1);
    expect(result.refused.filter((r) => r.reason === "not-applied")).toHaveLength(plan.operations.length - 1);
    expect(sim.dump()).toEqual(before);
    expect(requestsOf(sim).batch).toBe(1);
  });

  it("replaces the right occurrence when the same text appears several times", async () => {
    const text = "TD171R1 replaces TD171R1 which cites TD171R1.";
    const sim = new WordSimulator([{ text }]);
    await applyEdits(viaOffice(sim), { label: "fix", operations: [replace(0, text, 17, 7, "TD171R2")] });
    expect(sim.dump()[0]!.text).toBe("TD171R1 replaces TD171R2 which cites TD171R1.");
  });

  it("replaces the last occurrence of a repeated ending (window grows leftwards)", async () => {
    const text = "ab ab ab";
    const sim = new WordSimulator([{ text }]);
    await applyEdits(viaOffice(sim), { label: "fix", operations: [replace(0, text, 6, 2, "XY")] });
    expect(sim.dump()[0]!.text).toBe("ab ab XY");
  });

  it("keeps a hyperlink and a highlight on the rest of the paragraph when a number changes", async () => {
    const text = "Action TSAG RG-WPR-3\tWP2 is invited to approve – TD328.";
    const sim = new WordSimulator([
      {
        text,
        hyperlinks: [{ start: 49, length: 5, address: "https://www.itu.int/md/TD328" }],
        highlights: [{ start: 21, length: 3, color: "Yellow" }],
      },
    ]);
    await applyEdits(viaOffice(sim), { label: "renumber", operations: [replace(0, text, 19, 1, "12")] });
    expect(sim.dump()[0]).toEqual({
      text: "Action TSAG RG-WPR-12\tWP2 is invited to approve – TD328.",
      style: "Normal",
      hyperlinks: [{ start: 50, length: 5, address: "https://www.itu.int/md/TD328" }],
      highlights: [{ start: 22, length: 3, color: "Yellow" }],
    });
  });

  it("inserts paragraphs with the anchor's style, deletes, highlights and links in one plan", async () => {
    const sim = new WordSimulator([
      { text: "RG-WPR is pleased to bring the following actions to the attention of WP2:" },
      { text: "Action TSAG RG-WPR-1\tWP2 is invited to adopt – TD270.", style: "ITU Action" },
      { text: "Obsolete paragraph" },
      { text: "Text to be completed", highlights: [{ start: 8, length: 12, color: "Yellow" }] },
    ]);
    const plan: EditPlan = {
      label: "mixed",
      operations: [
        {
          kind: "insertParagraphs",
          paragraph: 1,
          expectedText: "Action TSAG RG-WPR-1\tWP2 is invited to adopt – TD270.",
          position: "after",
          texts: [
            "Action TSAG RG-WPR-2\tWP2 is invited to approve – TD327.",
            "Action TSAG RG-WPR-3\tWP2 – TD328.",
          ],
        },
        { kind: "deleteParagraph", paragraph: 2, expectedText: "Obsolete paragraph" },
        {
          kind: "setHighlight",
          paragraph: 3,
          expectedText: "Text to be completed",
          start: 8,
          length: 12,
          color: null,
        },
        {
          kind: "insertHyperlink",
          paragraph: 1,
          expectedText: "Action TSAG RG-WPR-1\tWP2 is invited to adopt – TD270.",
          start: 47,
          length: 5,
          address: "https://www.itu.int/md/TD270",
        },
      ],
    };
    const result = await applyEdits(viaOffice(sim), plan);
    expect(result.refused).toEqual([]);
    expect(requestsOf(sim).batch).toBe(2);
    expect(sim.dump()).toEqual([
      { text: "RG-WPR is pleased to bring the following actions to the attention of WP2:", style: "Normal" },
      {
        text: "Action TSAG RG-WPR-1\tWP2 is invited to adopt – TD270.",
        style: "ITU Action",
        hyperlinks: [{ start: 47, length: 5, address: "https://www.itu.int/md/TD270" }],
      },
      { text: "Action TSAG RG-WPR-2\tWP2 is invited to approve – TD327.", style: "ITU Action" },
      { text: "Action TSAG RG-WPR-3\tWP2 – TD328.", style: "ITU Action" },
      { text: "", style: "Normal" }, // the deleted paragraph's text is gone; its empty mark stays
      { text: "Text to be completed", style: "Normal" },
    ]);
  });

  it("maps a Word error to one clear sentence and keeps Word's code", async () => {
    const sim = new WordSimulator(generatedReport(20));
    sim.failSync(1, { code: "AccessDenied" });
    await expect(applyEdits(viaOffice(sim), renumberPlan(generatedReport(20), 1))).rejects.toMatchObject({
      code: "AccessDenied",
      message: expect.stringMatching(/protected or read-only/),
    });
  });
});

describe("selectRange", () => {
  it("selects the exact characters in 2 syncs", async () => {
    const text = "The meeting adopted the agenda in TD171R1 (Rapporteur).";
    const sim = new WordSimulator([{ text: "x" }, { text }]);
    const outcome = await selectRange(viaOffice(sim), {
      paragraph: 1,
      start: 34,
      length: 7,
      expectedText: text,
    });
    expect(outcome).toBe("selected");
    expect(requestsOf(sim).batch).toBe(2);
    const selection = sim.document.selection!;
    expect(text.slice(selection.start, selection.end)).toBe("TD171R1");
  });

  it("says so when the paragraph changed instead of selecting something else", async () => {
    const sim = new WordSimulator([{ text: "changed" }]);
    const outcome = await selectRange(viaOffice(sim), {
      paragraph: 0,
      start: 0,
      length: 3,
      expectedText: "original",
    });
    expect(outcome).toBe("paragraph-changed");
    expect(sim.document.selection).toBeNull();
  });
});
