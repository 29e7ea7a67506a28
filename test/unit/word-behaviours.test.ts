/**
 * What real Word does that the adapter must survive (../shared review "How real Word behaves"), through
 * Microsoft's runtime with the simulator behind it: control characters in `paragraph.text` that search cannot
 * match, Word's code for an over-long search, writes refused in a document that only looks editable.
 */
import { viaOffice } from "./support/officeHost";
import { WordSimulator } from "../../dev/simulator";
import { findActions, renumberPlan, type EditPlan } from "../../src/core";
import {
  applyEdits,
  editDocument,
  findUniqueWindow,
  officeThemeKind,
  readDocument,
  WordError,
  WRITE_FAILED,
  WRITE_REFUSED,
} from "../../src/word";
import { FULL_CAPABILITIES } from "./helpers";

const SHIFT_ENTER = "\u000b";
const FOOTNOTE_MARK = "\u0002";

describe("control characters in paragraph text", () => {
  it("finds a search window that avoids them", () => {
    const text = `Action TSAG RG-WPR-n\tWP2 is${SHIFT_ENTER}invited`;
    const at = text.indexOf("n\t");
    const window = findUniqueWindow(text, at, at + 1)!;
    expect(text.slice(window.from, window.to)).not.toContain(SHIFT_ENTER);
    expect(findUniqueWindow(text, text.indexOf(SHIFT_ENTER), text.indexOf(SHIFT_ENTER) + 1)).toBeNull();
  });

  it("renumbers an action whose text holds a Shift+Enter and a footnote mark", async () => {
    const sim = new WordSimulator([
      { text: "1\tGeneral", styleBuiltIn: "Heading1" },
      {
        text: `Action TSAG RG-WPR-n\tWP2${SHIFT_ENTER}is invited to adopt the text on two lines – TD270${FOOTNOTE_MARK}.`,
      },
    ]);
    const result = await editDocument(viaOffice(sim), ({ snapshot }) =>
      renumberPlan(snapshot, findActions(snapshot)),
    );
    expect(result.refused).toEqual([]);
    expect(sim.dump()[1]!.text.startsWith("Action TSAG RG-WPR-1\tWP2")).toBe(true);
  });

  it("refuses, without throwing, what search cannot reach: a span over a footnote mark, a paragraph holding one", async () => {
    const text = `RG-WPR noted TD270${FOOTNOTE_MARK} and TD999.`;
    const sim = new WordSimulator([{ text }, { text: `Obsolete line${FOOTNOTE_MARK}` }]);
    const plan: EditPlan = {
      label: "edits",
      operations: [
        { kind: "replaceText", paragraph: 0, expectedText: text, start: 13, length: 6, text: "TD271" },
        { kind: "deleteParagraph", paragraph: 1, expectedText: `Obsolete line${FOOTNOTE_MARK}` },
      ],
    };
    const before = sim.dump();
    const result = await applyEdits(viaOffice(sim), plan);
    expect(result.refused.map((r) => r.reason)).toEqual(["cannot-locate", "cannot-locate"]);
    expect(sim.dump()).toEqual(before);
  });
});

describe("writes refused by a document that looks editable", () => {
  it("a write refused with AccessDenied says the document is for viewing only, and flags it", async () => {
    const sim = new WordSimulator([{ text: "Action TSAG RG-WPR-n\tWP2 is invited to note – TD263." }]);
    sim.failSync(2, { code: "AccessDenied" });
    const failure = await editDocument(viaOffice(sim), ({ snapshot }) =>
      renumberPlan(snapshot, findActions(snapshot)),
    ).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(WordError);
    expect(failure).toMatchObject({ code: "AccessDenied", writeRefused: true, message: WRITE_REFUSED });
  });

  it("a write failing with GeneralException names Viewing mode as one possible cause, without flagging the document", async () => {
    // Word raises GeneralException in Viewing mode (office-js #5484) and for unrelated faults (#5901, #5179, #6429).
    const sim = new WordSimulator([{ text: "Action TSAG RG-WPR-n\tWP2 is invited to note – TD263." }]);
    sim.failSync(2, { code: "GeneralException" });
    const failure = await editDocument(viaOffice(sim), ({ snapshot }) =>
      renumberPlan(snapshot, findActions(snapshot)),
    ).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: "GeneralException", writeRefused: false, message: WRITE_FAILED });
  });

  it("a read that fails with GeneralException is not taken for a refused write", async () => {
    const sim = new WordSimulator([{ text: "x" }]);
    // Both tries of the page load fail (the second is the one without list items).
    sim.failSync(1, { code: "GeneralException" });
    sim.failSync(2, { code: "GeneralException" });
    const failure = await editDocument(viaOffice(sim), () => ({ label: "x", operations: [] })).catch(
      (error: unknown) => error,
    );
    expect(failure).toMatchObject({ code: "GeneralException", writeRefused: false });
  });
});

describe("paragraphs inserted next to a list item or a highlighted paragraph", () => {
  it("leave the list and the highlight behind, as their own paragraphs", async () => {
    const sim = new WordSimulator([
      { text: "1\tGeneral", styleBuiltIn: "Heading1" },
      {
        text: "–\tQ7/17 (revised Question, to be completed)",
        list: { level: 0, listString: "–" },
        highlights: [{ start: 0, length: 44, color: "Yellow" }],
      },
      { text: "with no modifications to the text." },
    ]);
    const plan: EditPlan = {
      label: "insert",
      operations: [
        {
          kind: "insertParagraphs",
          paragraph: 1,
          expectedText: "–\tQ7/17 (revised Question, to be completed)",
          position: "after",
          texts: ["Action TSAG RG-WPR-1\tWP2 is invited to adopt revised Question Q7/17 – TD270."],
          style: "ITU Action",
        },
      ],
    };
    const result = await applyEdits(viaOffice(sim), plan);
    expect(result.refused).toEqual([]);
    const inserted = sim.dump()[2]!;
    expect(inserted.text.startsWith("Action TSAG RG-WPR-1")).toBe(true);
    expect(inserted.list).toBeUndefined();
    expect(inserted.highlights ?? []).toEqual([]);
    expect(sim.dump()[1]!.list).toEqual({ level: 0, listString: "–" }); // the list item itself is untouched
  });
});

describe("Word on the web and list items with tracked changes", () => {
  it("reads and edits a report whose list items carry tracked changes, without their list numbers", async () => {
    const specs = [
      { text: "1\tGeneral", styleBuiltIn: "Heading1" },
      { text: "–\tQ7/17 (revised Question)", list: { level: 0, listString: "–" }, listWithRevisions: true },
      { text: "Action TSAG RG-WPR-n\tWP2 is invited to adopt revised Question Q7/17 – TD270." },
    ];
    const sim = new WordSimulator(specs);
    sim.document.platform = "web";
    const snapshot = await readDocument(viaOffice(sim), FULL_CAPABILITIES);
    expect(snapshot.paragraphs[1]!.list).toEqual({ level: 0, listString: null }); // a list item, number unknown
    const result = await editDocument(viaOffice(sim), ({ snapshot }) =>
      renumberPlan(snapshot, findActions(snapshot)),
    );
    expect(result.applied).toHaveLength(1);
    expect(sim.dump()[2]!.text.startsWith("Action TSAG RG-WPR-1\t")).toBe(true);

    // On Word desktop the same report reads its list numbers.
    const desktop = await readDocument(viaOffice(new WordSimulator(specs)), FULL_CAPABILITIES);
    expect(desktop.paragraphs[1]!.list).toEqual({ level: 0, listString: "–" });
  });
});

describe("a paragraph partly highlighted", () => {
  it.each(["desktop", "web"] as const)(
    "keeps the last highlighted word, though its piece carries the paragraph mark (%s)",
    async (platform) => {
      const text = "Noted\tTD270, text to be completed";
      const sim = new WordSimulator([
        {
          text,
          highlights: [{ start: text.indexOf("to be"), length: "to be completed".length, color: "Yellow" }],
        },
      ]);
      sim.document.platform = platform;
      const snapshot = await readDocument(viaOffice(sim), FULL_CAPABILITIES);
      expect(snapshot.paragraphs[0]!.highlights).toEqual([
        { start: text.indexOf("to be"), length: "to be completed".length, color: "Yellow" },
      ]);
    },
  );
});

describe("Find's quote equivalence", () => {
  it("picks a window that is unique when straight and curly quotes count as one", async () => {
    const text = "The ‘X’ WPR-1 and the 'X' WPR-1";
    const at = text.lastIndexOf("1");
    const window = findUniqueWindow(text, at, at + 1)!;
    expect(text.slice(window.from, window.to)).not.toBe("'X' WPR-1");
    const sim = new WordSimulator([{ text }]);
    const result = await applyEdits(viaOffice(sim), {
      label: "edit",
      operations: [
        { kind: "replaceText", paragraph: 0, expectedText: text, start: at, length: 1, text: "2" },
      ],
    });
    expect(result.applied).toHaveLength(1);
    expect(sim.dump()[0]!.text).toBe("The ‘X’ WPR-1 and the 'X' WPR-2");
  });
});

describe("the simulator refuses what Word leaves undocumented", () => {
  it('rejects highlightColor "" (null is the documented way to remove a highlight)', async () => {
    const sim = new WordSimulator([
      { text: "Yellow", highlights: [{ start: 0, length: 6, color: "Yellow" }] },
    ]);
    const attempt = sim.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items/text");
      await context.sync();
      paragraphs.items[0]!.font.highlightColor = "";
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("Office's theme", () => {
  it("follows isDarkTheme where the host has it, else the background, else light", () => {
    expect(officeThemeKind({ isDarkTheme: true, bodyBackgroundColor: "#ffffff" })).toBe("dark");
    expect(officeThemeKind({ bodyBackgroundColor: "#1f1f1f" })).toBe("dark");
    expect(officeThemeKind({ bodyBackgroundColor: "#ffffff" })).toBe("light");
    expect(officeThemeKind(undefined)).toBe("light"); // Word on the web has been seen without officeTheme
  });
});

describe("deleting a paragraph too long for one search", () => {
  const long = Array.from({ length: 12 }, (_, i) => `Sentence ${i} of a long summary paragraph, kept.`).join(
    " ",
  );
  const plan: EditPlan = {
    label: "delete",
    operations: [{ kind: "deleteParagraph", paragraph: 0, expectedText: long }],
  };

  it("deletes its text piece by piece and keeps what the user typed between two pieces meanwhile", async () => {
    expect(long.length).toBeGreaterThan(500);
    const sim = new WordSimulator([{ text: long }, { text: "Next." }]);
    // Between the read and the write, the user types at the boundary of the first two pieces.
    sim.beforeSync(2, (document) => document.type(document.paragraphs[0]!, 240, "⟪typed⟫"));
    const result = await applyEdits(viaOffice(sim), plan);
    expect(result.applied).toHaveLength(1);
    expect(sim.dump().map((p) => p.text)).toEqual(["⟪typed⟫", "Next."]);
  });

  it("writes nothing when the user typed inside a piece", async () => {
    const sim = new WordSimulator([{ text: long }, { text: "Next." }]);
    sim.beforeSync(2, (document) => document.type(document.paragraphs[0]!, 300, "⟪typed⟫"));
    const result = await applyEdits(viaOffice(sim), plan);
    expect(result.refused.map((r) => r.reason)).toEqual(["paragraph-changed"]);
    expect(sim.dump()[0]!.text).toBe(long.slice(0, 300) + "⟪typed⟫" + long.slice(300));
  });
});
