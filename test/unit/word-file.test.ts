/**
 * Validate through the file Word saves: Office's getFileAsync in slices (simulated: dev/simulator/file.ts writes the
 * simulated document as a .docx), the same reader and rules as tsag-check, the findings placed back at Word's
 * paragraphs; and the fallback to Word's paragraphs where the host refuses the file. The plumbing is proven here;
 * what Word itself writes into a file is proven by the reader's tests on Word-made constructs.
 */
import { OfficeJsHost } from "../../dev/officeHost/host";
import { WordSimulator, type SimParagraphSpec } from "../../dev/simulator";
import { documentAsDocx, simulatedOfficeDocument } from "../../dev/simulator/file";
import { checkDocument, type DocumentSnapshot } from "../../src/core";
import { readDocx } from "../../src/readers/docx";
import {
  alignToWord,
  FileUnavailable,
  readAndCheck,
  readDocumentFile,
  type CheckReadHost,
  type WordHost,
} from "../../src/word";

function report(): SimParagraphSpec[] {
  const deleted = "RG-WPR noted TD270 and TD222 and TD999.";
  return [
    { text: "TSAG-TD172", table: { row: 0, cell: 0 } },
    { text: "Source:\tRapporteur, RG-WPR", table: { row: 1, cell: 0 } },
    { text: "Title:\tReport of the RG-WPR meeting", table: { row: 2, cell: 0 } },
    { text: "Contact:\tJane Doe, jane.doe@example.org", table: { row: 3, cell: 0 } },
    { text: "Abstract:\tThis TD reports on the meeting.", table: { row: 4, cell: 0 } },
    { text: "1\tGeneral", styleBuiltIn: "Heading1" },
    { text: deleted, deletions: [{ start: deleted.indexOf(" and TD999"), length: " and TD999".length }] },
    { text: "This paragraph was deleted while changes were tracked.", deletedUnderTracking: true },
    {
      text: "The group agreed <TBD> on the liaison.",
      highlights: [{ start: 17, length: 5, color: "Yellow" }],
    },
    { text: "Action TSAG RG-WPR-1\tWP2 is invited to approve the liaison – TD327." },
    { text: "2\tNext meeting", styleBuiltIn: "Heading1" },
    { text: "The next meeting will be held in Geneva." },
  ];
}

function hostFor(sim: WordSimulator, options: Partial<CheckReadHost> = {}): CheckReadHost {
  return {
    word: new OfficeJsHost(sim),
    supports: (_set, version) => Number(version) <= 1.6,
    readOnly: false,
    documentFile: simulatedOfficeDocument(sim.document),
    ...options,
  };
}

const check = (snapshot: DocumentSnapshot) => checkDocument(snapshot, { registry: null });

/** A finding as the pane lists it, without where it sits (paragraph numbers differ by design). */
const essence = (findings: ReturnType<typeof check>) =>
  findings.map(({ rule, severity, message, excerpt }) => ({ rule, severity, message, excerpt }));

describe("the document as Word saves it", () => {
  it("comes in slices, closed once read, and is the same file as a whole", async () => {
    const sim = new WordSimulator(report());
    const document = simulatedOfficeDocument(sim.document);
    const file = await readDocumentFile(document, 512);
    expect(file.slices).toBeGreaterThan(2);
    expect(document.calls).toMatchObject({ getFile: 1, slices: file.slices, closed: 1 });
    const whole = await readDocx(await documentAsDocx(sim.document));
    expect((await readDocx(file.bytes)).paragraphs.map((p) => p.text)).toEqual(
      whole.paragraphs.map((p) => p.text),
    );
  });

  it("a host that refuses the file (error 11001) gives one sentence, and nothing is left open", async () => {
    const sim = new WordSimulator(report());
    sim.document.fileRefusal = { code: 11001, message: "The file cannot be obtained." };
    const document = simulatedOfficeDocument(sim.document);
    const failure = await readDocumentFile(document).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(FileUnavailable);
    expect(failure).toMatchObject({ code: 11001 });
    expect(document.calls.closed).toBe(0); // nothing was opened
  });

  it("Validate gives through the file the findings tsag-check gives on the same .docx, placed at Word's paragraphs", async () => {
    const sim = new WordSimulator(report());
    const host = hostFor(sim);
    const batch = check(await readDocx(await documentAsDocx(sim.document)));
    const pane = await readAndCheck(host, true, check);
    expect(pane.note).toMatchObject({ via: "file", trackedChangesUnread: false });
    expect(pane.note.file!.bytes).toBeGreaterThan(1000);
    expect(essence(pane.findings)).toEqual(essence(batch));
    expect(batch.length).toBeGreaterThan(0);
    // The deleted paragraph is in Word's paragraphs, not in the file's: findings after it move one down.
    const placeholder = pane.findings.find((f) => f.excerpt === "<TBD>")!;
    expect(placeholder.paragraph).toBe(8);
    expect(pane.snapshot.paragraphs[8]!.text).toBe("The group agreed <TBD> on the liaison.");
    expect(pane.snapshot.paragraphs[6]!.text).toBe("RG-WPR noted TD270 and TD222.");
    expect(pane.snapshot.facts.source).toBe("file");
    // Word was not asked for reviewed text: the file has it.
    expect((host.word as OfficeJsHost).methodCalls.get("GetReviewedText")).toBeUndefined();
  });

  it("finds a highlight Word reports as null on a partly highlighted paragraph (office-js #5997), which Word's paragraphs miss", async () => {
    const sim = new WordSimulator(report());
    sim.document.mixedHighlight = null;
    const throughFile = await readAndCheck(hostFor(sim), true, check);
    const throughWord = await readAndCheck(hostFor(sim, { documentFile: undefined }), true, check);
    const highlightRule = (findings: ReturnType<typeof check>) =>
      findings.filter((f) => /highlight/i.test(f.rule)).map((f) => f.paragraph);
    expect(highlightRule(throughFile.findings)).toEqual([8]);
    expect(highlightRule(throughWord.findings)).toEqual([]);
    expect(throughWord.note.via).toBe("word");
  });

  it("falls back to Word's paragraphs where the host refuses the file, and says which was used", async () => {
    const sim = new WordSimulator(report());
    sim.document.fileRefusal = { code: 11001, message: "The file cannot be obtained." };
    const result = await readAndCheck(hostFor(sim), true, check);
    expect(result.note.via).toBe("word");
    expect(result.note.sentence).toMatch(
      /^Read through Word's paragraphs: .*error 11001.*could not be checked\.$/,
    );
    expect(result.snapshot.paragraphs[6]!.text).toBe("RG-WPR noted TD270 and TD222.");
  });

  it("on WordApi 1.3 without the file, says that deleted text is checked too", async () => {
    const sim = new WordSimulator(report());
    const word: WordHost = new OfficeJsHost(sim, { revisions: "none" });
    const result = await readAndCheck(
      { word, supports: (_set, version) => Number(version) <= 1.3, readOnly: false },
      true,
      check,
    );
    expect(result.note).toMatchObject({ via: "word", trackedChangesUnread: true });
    expect(result.note.sentence).toMatch(/deleted text is checked too/);
    expect(result.snapshot.paragraphs[6]!.text).toBe("RG-WPR noted TD270 and TD222 and TD999.");
  });

  it("a drafting check on WordApi 1.6 stays with Word's paragraphs; on 1.4–1.5 and on the Mac it prefers the file", async () => {
    const via = async (options: Partial<CheckReadHost>) =>
      (await readAndCheck(hostFor(new WordSimulator(report()), options), false, check)).note.via;
    expect(await via({})).toBe("word");
    expect(await via({ supports: (_set, version) => Number(version) <= 1.5 })).toBe("file");
    expect(await via({ platform: "Mac" })).toBe("file");
  });
});

describe("placing the file's paragraphs among Word's", () => {
  it("matches same texts in order, and a paragraph with deleted text to the live one holding its characters", () => {
    const live = ["Title", "", "noted TD270 and TD999.", "a deleted paragraph", "Joined", " here", "", "End"];
    const file = ["Title", "", "noted TD270.", "Joined here", "", "End"];
    expect(alignToWord(file, live)).toEqual([0, 1, 2, 4, 6, 7]);
  });

  it("does not take a far-away paragraph with the same text for the same paragraph", () => {
    const live = ["A changed", ...Array.from({ length: 300 }, (_, i) => `p${i}`), "A"];
    expect(alignToWord(["A", "p0"], live)).toEqual([0, 1]);
  });
});
