/**
 * The importers of document lists (src/core/registry/import) on fixtures written for the project after the shapes
 * ITU publishes (no ITU file is available offline), and the merge of their entries into one registry.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import {
  importAnnexA,
  importCsv,
  importItuIndexXml,
  importMdListingHtml,
  importQuestionsList,
  importText,
  ImportError,
  mergeImports,
  type ImportResult,
} from "../../src/core/registry/import";
import { createSnapshot, validateRegistry, type ParagraphInput } from "../../src/core";
import { importFile } from "../../src/registryIO/importFiles";
import { toXlsx } from "../../dev/fixtures/xlsxWriter";

const FIXTURES = path.join(__dirname, "..", "fixtures", "import");
const read = (name: string) => readFileSync(path.join(FIXTURES, name), "utf8");
const NOW = "2026-02-01T00:00:00Z";

/** A report whose Annex A lists the documents the meeting handled. */
export function annexASnapshot() {
  const cells = [
    ["#", "Category", "TD/C #", "Source", "Title"],
    ["1", "Report", "TD 172", "Rapporteur, RG-WPR", "Draft report of the meeting"],
    ["2", "LS", "TD328", "TSAG", "LS/o on closure of Question 21/17"],
    ["3", "Contribution", "C 028", "Korea (Rep. of)", "Proposed revision of Question 7/17"],
  ];
  const inputs: ParagraphInput[] = [
    { text: "Annex A – Documentation" },
    ...cells.flatMap((row, r) =>
      row.map((text, c) => ({ text, table: { table: 0, row: r, cell: c, nesting: 1 } })),
    ),
    { text: "" },
  ];
  return createSnapshot(inputs);
}

describe("ITU's index XML", () => {
  it("reads a meeting's TDs with their revisions, status, liaisons, Questions and the file's as-of date", () => {
    const result = importItuIndexXml("T25-TSAG-260126-TD.xml", read("T25-TSAG-260126-TD.xml"));
    expect(result).toMatchObject({
      kind: "itu-index-xml",
      asOf: "2026-01-29",
      group: "TSAG",
      studyPeriod: "2025-2028",
      meetings: [
        { code: "T25-TSAG-260126", title: "Switzerland [Geneva]", start: "2026-01-26", end: "2026-01-30" },
      ],
    });
    const byId = (id: string) => result.documents.filter((d) => d.id === id);
    expect(byId("TD270")[0]).toMatchObject({
      title: "Draft revised Question 7/17",
      source: "Rapporteur, RG-WPR",
      status: "posted",
      meeting: "T25-TSAG-260126",
      questions: ["Q7/17"],
      url: "https://www.itu.int/md/T25-TSAG-260126-TD-GEN-0270/en",
      provenance: { input: "T25-TSAG-260126-TD.xml", where: "document 1" },
    });
    expect(byId("TD171").map((d) => d.revision)).toEqual([undefined, 1]);
    expect(byId("TD328")[0]).toMatchObject({ liaison: "outgoing", questions: ["Q21/17", "Q7/17"] });
    expect(byId("TD330")[0]!.status).toBe("withdrawn");
    expect(result.skipped).toEqual([
      expect.stringMatching(/^document 6( \("[^"]*"\))?: neither a TD nor a contribution/),
    ]);
  });

  it("reads the contributions of a whole study period, each with its meeting", () => {
    const result = importItuIndexXml("T25-TSAG-C.xml", read("T25-TSAG-C.xml"));
    expect(result.documents.map((d) => [d.id, d.meeting])).toEqual([
      ["C12", "T25-TSAG-250721"],
      ["C28", "T25-TSAG-260126"],
    ]);
  });
});

describe("a saved listing page", () => {
  it("reads numbers in bold brackets, revisions, sources and Questions; a number without bold is reserved", () => {
    const result = importMdListingHtml("listing-td.html", read("listing-td.html"));
    expect(result.scope).toBe("complete");
    expect(result.meetings).toEqual([{ code: "T25-TSAG-260126" }]);
    expect(result.documents).toEqual([
      expect.objectContaining({
        id: "TD270",
        title: "Draft revised Question 7/17",
        source: "Rapporteur, RG-WPR",
        status: "posted",
        questions: ["Q7/17"],
        url: "https://www.itu.int/md/T25-TSAG-260126-TD-GEN-0270/en",
      }),
      expect.objectContaining({
        id: "TD171",
        revisionsKnown: { kind: "up-to", latest: 2 },
        title: "Draft agenda of the meeting",
      }),
      expect.objectContaining({ id: "TD331", status: "reserved", source: "Rapporteur, RG-DT" }),
    ]);
  });

  it("knows a page filtered by Question for a partial list", () => {
    expect(importMdListingHtml("listing-q7.html", read("listing-q7.html")).scope).toBe("partial");
  });
});

describe("a CSV someone keeps", () => {
  it("matches drifting column names, reads revisions, statuses and 'revised to'", () => {
    const result = importCsv("documents.csv", read("documents.csv"));
    expect(result.asOf).toBe("2026-01-27");
    expect(
      result.documents.map((d) => [d.id, d.revision ?? null, d.status ?? null, d.revisedTo ?? null]),
    ).toEqual([
      ["TD270", null, "posted", null],
      ["TD171", 2, "posted", null],
      ["C28", null, "posted", null],
      ["TD240", null, "posted", "TD290"],
      ["TD329", null, "withdrawn", null],
    ]);
    expect(result.skipped).toEqual([expect.stringMatching(/^row 7: "not a number" is not/)]);
  });
});

describe("a report's Annex A and a list of Questions", () => {
  it("reads the documentation table of the open document, as a partial list", () => {
    const result = importAnnexA("the open report", annexASnapshot());
    expect(result.scope).toBe("partial");
    expect(result.documents.map((d) => [d.id, d.source])).toEqual([
      ["TD172", "Rapporteur, RG-WPR"],
      ["TD328", "TSAG"],
      ["C28", "Korea (Rep. of)"],
    ]);
  });

  it("reads Questions, one per line, with deletions", () => {
    const result = importQuestionsList("questions-sg17.txt", read("questions-sg17.txt"));
    expect(result.questions.map((q) => [q.id, q.status])).toEqual([
      ["Q7/17", "active"],
      ["Q21/17", "deleted"],
      ["Q3/17", "active"],
    ]);
  });
});

describe("merging the inputs into one registry", () => {
  const inputs = (): ImportResult[] => [
    importItuIndexXml("T25-TSAG-260126-TD.xml", read("T25-TSAG-260126-TD.xml")),
    importItuIndexXml("T25-TSAG-C.xml", read("T25-TSAG-C.xml")),
    importMdListingHtml("listing-td.html", read("listing-td.html")),
    importCsv("documents.csv", read("documents.csv")),
    importAnnexA("TD172.docx", annexASnapshot()),
    importQuestionsList("questions-sg17.txt", read("questions-sg17.txt")),
  ];

  it("unites revisions, takes statuses from whichever list has them, keeps disagreements, validates as version 3", () => {
    const { registry, problems } = mergeImports(inputs(), { now: NOW, meeting: "T25-TSAG-260126" });
    expect(problems).toEqual([]);
    const document = (id: string) => registry.documents.find((d) => d.id === id)!;
    expect(document("TD171").revisions).toEqual([1, 2]);
    expect(document("TD329").status).toBe("withdrawn");
    expect(document("TD330").status).toBe("withdrawn");
    expect(document("TD331").status).toBe("reserved");
    expect(document("TD240").supersededBy).toBe("TD290");
    expect(document("C28").conflicts).toEqual([
      {
        field: "source",
        values: [
          { value: "Korea (Republic of)", inputs: ["T25-TSAG-C.xml"] },
          { value: "Korea (Rep. of)", inputs: ["TD172.docx", "documents.csv"] },
        ],
      },
    ]);
    expect(document("TD270").provenance).toEqual([
      "T25-TSAG-260126-TD.xml",
      "documents.csv",
      "listing-td.html",
    ]);
    expect(registry).toMatchObject({
      version: 3,
      body: "TSAG",
      studyPeriod: "2025-2028",
      updated: "2026-01-29T00:00:00Z",
      meeting: { code: "T25-TSAG-260126", end: "2026-01-30" },
      scope: "complete",
    });
    expect(registry.questions.find((q) => q.id === "Q21/17")!.status).toBe("deleted");
    const validation = validateRegistry(JSON.parse(JSON.stringify(registry)));
    expect(validation).toEqual({ ok: true, registry });
  });

  it("gives the same registry whatever the order of the inputs", () => {
    const reference = JSON.stringify(mergeImports(inputs(), { now: NOW }).registry);
    fc.assert(
      fc.property(fc.shuffledSubarray(inputs(), { minLength: 6, maxLength: 6 }), (shuffled) => {
        expect(JSON.stringify(mergeImports(shuffled, { now: NOW }).registry)).toBe(reference);
      }),
      { numRuns: 50 },
    );
  });

  it("leaves out another group's index, and says so", () => {
    const other = importItuIndexXml("T25-SG12-C.xml", read("T25-SG12-C.xml"));
    const { registry, problems } = mergeImports([...inputs(), other], { now: NOW });
    expect(problems).toEqual(["T25-SG12-C.xml lists SG12's documents, not TSAG's: left out."]);
    expect(registry.documents.find((d) => d.id === "C28")!.title).toBe("Proposed revision of Question 7/17");
  });
});

describe("bad input: one sentence each", () => {
  const sentence = /^[^\n]{10,200}\.$/;
  it.each([
    ["an empty file", "empty.csv", ""],
    ["only white space", "blank.txt", "  \n\n "],
    ["a binary file", "report.docx", "PK\u0003\u0004\u0014\u0000\u0006\u0000binary"],
    ["an HTML page that is not a listing", "page.html", "<html><body><p>Welcome to ITU</p></body></html>"],
    ["an XML file that is not an index", "other.xml", "<?xml version='1.0'?><rss><channel/></rss>"],
    [
      "XML that cannot be read",
      "broken.xml",
      "<?xml version='1.0'?><page_content><folder_list><folder></page_content",
    ],
    ["a spreadsheet with no number column", "names.csv", "Name,Country\nAna,Portugal\n"],
    ["a list of Questions without one", "questions.txt", "Question list\nnothing here\n"],
    ["a text that is no list at all", "notes.txt", "Just some notes from the meeting"],
    ["a file larger than 20 MB", "huge.csv", "TD,Title\n" + "x".repeat(21 * 1024 * 1024)],
    [
      "an index file without any document",
      "T25-TSAG-TD.xml",
      "<page_content><page_param><group>T25-TSAG</group></page_param></page_content>",
    ],
  ])("%s", (_kind, name, text) => {
    let error: unknown;
    try {
      importText(name, text);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toMatch(sentence);
    expect((error as Error).message.startsWith(name)).toBe(true);
  });

  it("a document without a documentation table", () => {
    expect(() => importAnnexA("notes.docx", createSnapshot([{ text: "No tables here." }]))).toThrow(
      /^No documentation or allocation table in notes\.docx/,
    );
  });

  it("an index of another study period is left out of the merge", () => {
    const older = read("T25-TSAG-C.xml").replace("<group>T25-TSAG</group>", "<group>T22-TSAG</group>");
    const { problems } = mergeImports(
      [
        importItuIndexXml("T25-TSAG-260126-TD.xml", read("T25-TSAG-260126-TD.xml")),
        importItuIndexXml("a.xml", read("T25-TSAG-C.xml")),
        importItuIndexXml("T22-TSAG-C.xml", older),
      ],
      { now: NOW },
    );
    expect(problems).toEqual(["T22-TSAG-C.xml is of the study period 2022-2024, not 2025-2028: left out."]);
  });
});

describe("a spreadsheet (.xlsx)", () => {
  it("reads every sheet that has document columns, with drifting names, one sheet per meeting", async () => {
    const bytes = await toXlsx({
      "TSAG-250721": [
        ["TDoc", "Title", "Source", "Status", "Revised to"],
        ["TD 120", "Terms of reference", "Rapporteur", "revised", "TD 140"],
        ["TD 121R1", "Work programme", "Chair", "available"],
      ],
      "TSAG-260126": [
        ["Meeting notes"],
        [" td/c # ", "TITLE", "main source", "Date"],
        ["C 028", "Proposed revision of Question 7/17", "Korea (Rep. of)", "2026-01-10"],
      ],
      Notes: [["Anything else"], ["is ignored"]],
    });
    const result = await importFile({ name: "3gpp-habit.xlsx", bytes });
    expect(result).toMatchObject({ kind: "xlsx", asOf: "2026-01-10" });
    expect(
      result.documents.map((d) => [d.id, d.revision ?? null, d.revisedTo ?? null, d.provenance.where]),
    ).toEqual([
      ["TD120", null, "TD140", 'sheet "TSAG-250721" row 2'],
      ["TD121", 1, null, 'sheet "TSAG-250721" row 3'],
      ["C28", null, null, 'sheet "TSAG-260126" row 3'],
    ]);
  });

  it("says so in one sentence when it is not a spreadsheet, or an old .xls", async () => {
    await expect(
      importFile({ name: "broken.xlsx", bytes: new TextEncoder().encode("not a zip") }),
    ).rejects.toThrow(/^broken\.xlsx is not a spreadsheet that can be read\.$/);
    await expect(importFile({ name: "old.xls", bytes: new Uint8Array([0xd0, 0xcf]) })).rejects.toThrow(
      /^old\.xls is an old-style \.xls workbook/,
    );
    const noColumns = await toXlsx({
      Sheet1: [
        ["Name", "Country"],
        ["Ana", "Portugal"],
      ],
    });
    await expect(importFile({ name: "names.xlsx", bytes: noColumns })).rejects.toThrow(
      /^names\.xlsx has no sheet with a column of document numbers/,
    );
  });
});
