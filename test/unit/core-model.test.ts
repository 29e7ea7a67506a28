import {
  createSnapshot,
  detectHeaderFields,
  findEmails,
  isWellFormedEmail,
  keepBookmarkStarts,
  orderForApplying,
} from "../../src/core";
import type { EditOperation } from "../../src/core";

/** The header table of a TSAG TD as the .txt export of Word shows it: one paragraph per line. */
const HEADER = [
  { text: "TSAG-TD104R1" },
  { text: "", bookmarks: ["dnum", "dtableau"] },
  { text: "INTERNATIONAL TELECOMMUNICATION UNION" },
  { text: "Source:", bookmarks: ["dsource"] },
  { text: "Rapporteur, RG-IES" },
  { text: "Title:", bookmarks: ["dtitle1"] },
  { text: "Draft report of TSAG RG-IES meeting" },
  { text: "Contact:", bookmarks: ["dcontact1", "dcontent1"] },
  { text: "Scott Mansfield" },
  { text: "Rapporteur, TSAG RG-IES" },
  { text: "E-mail:\tscott.mansfield@ericsson.com " },
  { text: "Contact:" },
  { text: "Kaoru Mizuno" },
  { text: "Tel:\t+41 22 730 6226" },
  { text: "E-mail:\tkaoru.mizuno@itu.int" },
  { text: " \tAbstract:" },
  { text: "This TD provides the draft report of the RG-IES session." },
  { text: "Executive Summary" },
  { text: "Source: somewhere else" },
];

describe("header fields", () => {
  it("reads TD number, source, title, contacts with e-mails and abstract from a TD header", () => {
    const header = createSnapshot(HEADER).facts.header;
    expect(header.tdNumber).toEqual({ value: "TSAG-TD104R1", paragraph: 0 });
    expect(header.source).toEqual({ value: "Rapporteur, RG-IES", paragraph: 4 });
    expect(header.title).toEqual({ value: "Draft report of TSAG RG-IES meeting", paragraph: 6 });
    expect(header.contacts).toEqual([
      { name: "Scott Mansfield", email: "scott.mansfield@ericsson.com", paragraph: 8 },
      { name: "Kaoru Mizuno", email: "kaoru.mizuno@itu.int", paragraph: 12 },
    ]);
    expect(header.abstract).toEqual({
      value: "This TD provides the draft report of the RG-IES session.",
      paragraph: 16,
    });
  });

  it("finds fields by bookmark when the label text is missing, and reports an empty value as empty", () => {
    const header = detectHeaderFields([
      { index: 0, text: "", bookmarks: ["dsource"] },
      { index: 1, text: "Rapporteur, RG-WPR", bookmarks: [] },
      { index: 2, text: "Title:", bookmarks: [] },
      { index: 3, text: "Abstract:", bookmarks: [] },
    ]);
    expect(header.source?.value).toBe("Rapporteur, RG-WPR");
    expect(header.title).toEqual({ value: "", paragraph: 3 });
  });

  it("reports nothing for a document without a header", () => {
    const header = createSnapshot([{ text: "Just text." }, { text: "TD17 was noted." }]).facts.header;
    expect(header).toEqual({ tdNumber: null, source: null, title: null, abstract: null, contacts: [] });
  });
});

describe("e-mail scanning", () => {
  it.each([
    ["E-mail:\tscott.mansfield@ericsson.com ", ["scott.mansfield@ericsson.com"]],
    ["a@b.cd and x.y@itu.int.", ["a@b.cd", "x.y@itu.int"]],
    ["no address @ here, user@localhost, @itu.int, me@x.1", []],
  ])("%s", (text, expected) => {
    expect(findEmails(text).map((match) => match.text)).toEqual(expected);
  });

  it("checks a whole string for well-formedness", () => {
    expect(isWellFormedEmail("tian.dao@zte.com.cn")).toBe(true);
    expect(isWellFormedEmail("tian.dao@zte")).toBe(false);
    expect(isWellFormedEmail("mail: tian.dao@zte.com.cn")).toBe(false);
  });

  it("scans a long text without '@' in one pass (no quadratic retry)", () => {
    const text = "a".repeat(200_000) + "@";
    expect(findEmails(text)).toEqual([]);
  });
});

describe("bookmark starts", () => {
  it("keeps each bookmark at the first paragraph that reports it", () => {
    expect(keepBookmarkStarts([["dnum"], ["dnum", "dsource"], [], ["dsource", "_Toc1"]])).toEqual([
      ["dnum"],
      ["dsource"],
      [],
      ["_Toc1"],
    ]);
  });
});

describe("orderForApplying", () => {
  const text = "Action TSAG RG-WPR-3\tWP2 is invited to approve – TD328.";
  const op = (paragraph: number, start: number, length: number): EditOperation => ({
    kind: "replaceText",
    paragraph,
    expectedText: text,
    start,
    length,
    text: "x",
  });

  it("orders last paragraph first, last offset first", () => {
    const { ordered, refused } = orderForApplying({
      label: "t",
      operations: [op(1, 0, 2), op(5, 3, 1), op(1, 10, 2), op(5, 20, 1)],
    });
    expect(refused).toEqual([]);
    expect(ordered.map((o) => [o.paragraph, (o as { start: number }).start])).toEqual([
      [5, 20],
      [5, 3],
      [1, 10],
      [1, 0],
    ]);
  });

  it("drops an operation that overlaps one kept before it, and one outside its expected text", () => {
    const overlapping = op(1, 1, 3);
    const outside = op(2, 50, 20);
    const { ordered, refused } = orderForApplying({
      label: "t",
      operations: [op(1, 0, 2), overlapping, outside],
    });
    expect(ordered).toHaveLength(1);
    expect(refused).toEqual([
      { operation: overlapping, reason: "overlaps-another-edit" },
      { operation: outside, reason: "out-of-range" },
    ]);
  });

  it("keeps inserts next to a paragraph together with edits inside it", () => {
    const insert: EditOperation = {
      kind: "insertParagraphs",
      paragraph: 1,
      expectedText: text,
      position: "after",
      texts: ["a"],
    };
    const before: EditOperation = {
      kind: "insertParagraphs",
      paragraph: 1,
      expectedText: text,
      position: "before",
      texts: ["b"],
    };
    const { ordered, refused } = orderForApplying({ label: "t", operations: [before, op(1, 0, 2), insert] });
    expect(refused).toEqual([]);
    expect(ordered).toEqual([insert, op(1, 0, 2), before]);
  });

  it("refuses a delete combined with another edit of the same paragraph", () => {
    const del: EditOperation = { kind: "deleteParagraph", paragraph: 1, expectedText: text };
    const { refused } = orderForApplying({ label: "t", operations: [op(1, 0, 2), del] });
    expect(refused).toEqual([{ operation: del, reason: "overlaps-another-edit" }]);
  });
});
