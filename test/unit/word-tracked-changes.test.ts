/**
 * Tracked changes as Word shows them to an add-in (src/word/revisions.ts): deleted text stays in `paragraph.text`
 * and blocks search; the rules run on the text with the revisions accepted; a paragraph with revisions is never
 * edited. Through Microsoft's runtime, with the simulator's model of revisions behind it.
 */
import { OfficeJsHost } from "../../dev/officeHost/host";
import { WordSimulator } from "../../dev/simulator";
import { findActions, renumberPlan } from "../../src/core";
import { editDocument, readDocument, selectRange } from "../../src/word";
import { viaOffice } from "./support/officeHost";
import { FULL_CAPABILITIES } from "./helpers";

const NO_BOOKMARKS = { ...FULL_CAPABILITIES, bookmarks: false };

/** "RG-WPR noted TD270 and TD222." with " and TD222" deleted under tracking. */
function reportWithDeletion() {
  const text = "RG-WPR noted TD270 and TD222.";
  return new WordSimulator([
    { text: "1\tGeneral", styleBuiltIn: "Heading1" },
    { text, deletions: [{ start: text.indexOf(" and"), length: " and TD222".length }] },
    { text: "Action TSAG RG-WPR-7\tWP2 is invited to approve the liaison – TD327." },
  ]);
}

describe("the simulator's tracked changes", () => {
  it("keeps deleted text in text, gives the accepted text to getReviewedText, and search cannot match across it", async () => {
    const sim = reportWithDeletion();
    const found = await sim.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items/text");
      await context.sync();
      const paragraph = paragraphs.items[1]!;
      const reviewed = paragraph.getReviewedText("Current");
      const original = paragraph.getReviewedText("Original");
      const across = paragraph.search("TD270 and", { matchCase: true });
      const before = paragraph.search("TD270", { matchCase: true });
      across.load("items/text");
      before.load("items/text");
      await context.sync();
      return {
        text: paragraph.text,
        reviewed: reviewed.value,
        original: original.value,
        across: across.items.length,
        before: before.items.length,
      };
    });
    expect(found).toEqual({
      text: "RG-WPR noted TD270 and TD222.",
      reviewed: "RG-WPR noted TD270.",
      original: "RG-WPR noted TD270 and TD222.",
      across: 0,
      before: 1,
    });
  });

  it("under tracking, a replacement reads old and new text, and a deleted paragraph stays, struck through", async () => {
    const sim = reportWithDeletion();
    sim.document.changeTrackingMode = "TrackAll";
    await sim.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items/text");
      await context.sync();
      paragraphs.items[2]!.search("7", { matchCase: true }).getFirst().insertText("1", "Replace");
      paragraphs.items[0]!.delete();
      await context.sync();
    });
    const [heading, , action] = sim.dump();
    expect(action!.text.startsWith("Action TSAG RG-WPR-71\t")).toBe(true);
    expect(action!.deletions).toEqual([{ start: 19, length: 1 }]);
    expect(action!.insertions).toEqual([{ start: 20, length: 1 }]);
    expect(heading).toMatchObject({ text: "1\tGeneral", deletedUnderTracking: true });
    sim.document.acceptAllRevisions();
    expect(sim.dump().map((p) => p.text)).toEqual([
      "RG-WPR noted TD270.",
      "Action TSAG RG-WPR-1\tWP2 is invited to approve the liaison – TD327.",
    ]);
  });
});

describe("the adapter and tracked changes", () => {
  it("runs the rules on the text with the revisions accepted", async () => {
    const sim = reportWithDeletion();
    sim.document.platform = "web";
    const snapshot = await readDocument(viaOffice(sim), NO_BOOKMARKS);
    expect(snapshot.paragraphs[1]!.text).toBe("RG-WPR noted TD270.");
    // One sync for the page (and the question "any revisions?"), one for the reviewed texts, the cleanup.
    expect(viaOffice(sim).requests.length).toBe(3);
  });

  it("asks nothing more when the document has no revisions", async () => {
    const sim = new WordSimulator([{ text: "RG-WPR noted TD270." }]);
    await readDocument(viaOffice(sim), NO_BOOKMARKS);
    expect(viaOffice(sim).requests.length).toBe(2); // the page, the cleanup
  });

  it("refuses to edit a paragraph with revisions, names why, and writes nothing", async () => {
    const sim = reportWithDeletion();
    sim.document.changeTrackingMode = "TrackAll";
    const first = await editDocument(viaOffice(sim), ({ snapshot }) =>
      renumberPlan(snapshot, findActions(snapshot)),
    );
    expect(first.applied).toHaveLength(1); // RG-WPR-7 → 1, as a tracked revision
    const after = sim.dump();
    // The paragraph now reads "RG-WPR-71" in Word; the rules see "RG-WPR-1", so there is nothing to renumber.
    const snapshot = await readDocument(viaOffice(sim), NO_BOOKMARKS);
    expect(snapshot.paragraphs[2]!.text.startsWith("Action TSAG RG-WPR-1\t")).toBe(true);
    const plan = {
      label: "edit",
      operations: [
        {
          kind: "replaceText" as const,
          paragraph: 2,
          expectedText: snapshot.paragraphs[2]!.text,
          start: 19,
          length: 1,
          text: "2",
        },
      ],
    };
    const second = await editDocument(viaOffice(sim), () => plan);
    expect(second.applied).toEqual([]);
    expect(second.refused.map((r) => r.reason)).toEqual(["has-revisions"]);
    expect(sim.dump()).toEqual(after);
  });

  it("takes the user to a finding in a paragraph with revisions (the whole paragraph)", async () => {
    const sim = reportWithDeletion();
    const outcome = await selectRange(viaOffice(sim), {
      paragraph: 1,
      start: 13,
      length: 5,
      expectedText: "RG-WPR noted TD270.",
    });
    expect(outcome).toBe("selected");
    const paragraph = sim.document.paragraphs[1]!;
    expect(sim.document.selection).toEqual({
      paragraphId: paragraph.id,
      start: 0,
      end: paragraph.text.length,
    });
  });

  it.each([
    ["always", 3],
    ["none", 2],
  ] as const)(
    "on a host whose API level is %s, asks for reviewed texts accordingly",
    async (revisions, requests) => {
      const sim = reportWithDeletion();
      const host = new OfficeJsHost(sim, { revisions });
      const snapshot = await readDocument(host, NO_BOOKMARKS);
      expect(host.requests.length).toBe(requests);
      expect(snapshot.paragraphs[1]!.text).toBe(
        revisions === "always" ? "RG-WPR noted TD270." : "RG-WPR noted TD270 and TD222.",
      );
    },
  );
});
