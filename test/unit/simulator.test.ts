/**
 * The simulator must behave like Word where the adapter depends on it; these tests pin those behaviours down.
 */
import { WordSimulator } from "../../dev/simulator";
import type { ParagraphApi } from "../../src/word";

const doc = () =>
  new WordSimulator([
    { text: "Executive Summary", styleBuiltIn: "Heading1" },
    { text: "Text highlighted in yellow", highlights: [{ start: 0, length: 4, color: "Yellow" }] },
    { text: "Action TSAG RG-WPR-3\tWP2 is invited to approve – TD328." },
  ]);

describe("Word simulator: proxy semantics", () => {
  it("throws PropertyNotLoaded when a property is read without load and sync", async () => {
    const sim = doc();
    await expect(
      sim.run(async (context) => {
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load("items/text");
        await context.sync();
        return paragraphs.items[0]!.style; // loaded text only
      }),
    ).rejects.toMatchObject({ code: "PropertyNotLoaded" });
  });

  it("throws PropertyNotLoaded when items are read before sync", async () => {
    const sim = doc();
    await expect(
      sim.run(async (context) => {
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load("items/text");
        return paragraphs.items.length;
      }),
    ).rejects.toMatchObject({ code: "PropertyNotLoaded" });
  });

  it("applies queued writes only at sync, and counts syncs", async () => {
    const sim = doc();
    await sim.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items/text");
      await context.sync();
      paragraphs.items[2]!.search("3", { matchCase: true }).getFirst().insertText("4", "Replace");
      expect(sim.document.paragraphs[2]!.text).toContain("RG-WPR-3"); // not yet
      await context.sync();
      expect(sim.document.paragraphs[2]!.text).toBe(
        "Action TSAG RG-WPR-4\tWP2 is invited to approve – TD328.",
      );
    });
    expect(sim.syncCount).toBe(2);
  });

  it("flushes pending actions with a final sync at the end of run, as Word.run does", async () => {
    const sim = doc();
    await sim.run(async (context) => {
      context.document.body.paragraphs.load("items/text");
    });
    expect(sim.syncCount).toBe(1);
  });

  it("reports highlightColor as null (none), '' (mixed) or the colour", async () => {
    const sim = doc();
    const colors = await sim.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items/font/highlightColor");
      await context.sync();
      return paragraphs.items.map((paragraph) => paragraph.font.highlightColor);
    });
    expect(colors).toEqual([null, "", null]);
  });

  it("gives OrNullObject navigation properties isNullObject after load", async () => {
    const sim = new WordSimulator([{ text: "a" }, { text: "TD1", table: { row: 2, cell: 1 } }]);
    const cells = await sim.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load(
        "items/parentTableCellOrNullObject/rowIndex,items/parentTableCellOrNullObject/cellIndex",
      );
      await context.sync();
      return paragraphs.items.map((p) => {
        const cell = p.parentTableCellOrNullObject;
        return cell.isNullObject ? null : [cell.rowIndex, cell.cellIndex];
      });
    });
    expect(cells).toEqual([null, [2, 1]]);
  });

  it("finds non-overlapping matches and decodes ^t and ^^", async () => {
    const sim = new WordSimulator([{ text: "aaaa\tb^c" }]);
    const found = await sim.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items/text");
      await context.sync();
      const p = paragraphs.items[0]!;
      const aa = p.search("aa", { matchCase: true });
      const tab = p.search("a^tb^^c", { matchCase: true });
      aa.load("items/text");
      tab.load("items/text");
      await context.sync();
      return [aa.items.length, tab.items.map((r) => r.text)];
    });
    expect(found).toEqual([2, ["a\tb^c"]]);
  });

  it("fails getFirst() on an empty search with ItemNotFound and stops the rest of the batch", async () => {
    const sim = doc();
    await expect(
      sim.run(async (context) => {
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load("items/text");
        await context.sync();
        paragraphs.items[0]!.insertText(" (draft)", "End");
        paragraphs.items[1]!.search("absent").getFirst().insertText("x", "Replace");
        paragraphs.items[2]!.insertText(" (later)", "End");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    // Word batches are not transactions: what ran before the failure stays, what came after did not run.
    expect(sim.document.paragraphs[0]!.text).toBe("Executive Summary (draft)");
    expect(sim.document.paragraphs[2]!.text).not.toContain("(later)");
  });

  it("refuses proxies from a finished batch", async () => {
    const sim = doc();
    let leaked: ParagraphApi | undefined;
    await sim.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items/text");
      await context.sync();
      leaked = paragraphs.items[0];
    });
    expect(() => leaked!.insertText("x", "End")).toThrow(
      expect.objectContaining({ code: "InvalidObjectPath" }),
    );
  });

  it("keeps a range on its text when an earlier part of the paragraph is replaced", async () => {
    const sim = new WordSimulator([{ text: "TD1 and TD2" }]);
    await sim.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items/text");
      await context.sync();
      const p = paragraphs.items[0]!;
      const second = p.search("TD2", { matchCase: true }).getFirst();
      p.search("TD1", { matchCase: true }).getFirst().insertText("TD100", "Replace");
      second.insertText("TD200", "Replace");
      await context.sync();
    });
    expect(sim.document.paragraphs[0]!.text).toBe("TD100 and TD200");
  });

  it("runs a scheduled user edit between two syncs", async () => {
    const sim = doc();
    sim.beforeSync(2, (document) => document.paragraphs[0]!.replace(0, 0, "Draft "));
    const texts = await sim.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items/text");
      await context.sync();
      const before = paragraphs.items[0]!.text;
      paragraphs.load("items/text");
      await context.sync();
      return [before, paragraphs.items[0]!.text];
    });
    expect(texts).toEqual(["Executive Summary", "Draft Executive Summary"]);
  });

  it("records edits as revisions when track changes is on, and never changes the mode itself", async () => {
    const sim = doc();
    sim.document.changeTrackingMode = "TrackAll";
    await sim.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items/text");
      await context.sync();
      paragraphs.items[0]!.insertText(" (draft)", "End");
      await context.sync();
    });
    expect(sim.document.revisions).toEqual([
      { kind: "insert", paragraphId: expect.any(Number), text: " (draft)" },
    ]);
    expect(sim.document.changeTrackingMode).toBe("TrackAll");
  });

  it("refuses writes to a read-only document with AccessDenied", async () => {
    const sim = doc();
    sim.document.readOnly = true;
    await expect(
      sim.run(async (context) => {
        context.document.body.paragraphs.load("items/text");
        await context.sync();
        context.document.body.paragraphs.items[0]!.insertText("x", "End");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
  });
});
