import { analyseReport } from "../../../src/core";
import { headerField } from "../../../src/core/rules/headerField";
import { readDocx } from "../../../src/readers/docx";
import { readText } from "../../../src/readers/text";
import { seedLikeReport, toDocx } from "../../../dev/fixtures/docxWriter";
import { brief, run } from "./support";

describe("header-field", () => {
  it("passes a report modeled on seed 003 with a complete header (.docx, bookmarks and labels)", async () => {
    const snapshot = await readDocx(await toDocx(seedLikeReport()));
    expect(headerField.check(snapshot, analyseReport(snapshot, { registry: null }))).toEqual([]);
  });

  it("fails it when the contact's e-mail is removed or malformed", async () => {
    for (const email of ["E-mail:", "E-mail:\tscott.mansfield@example"]) {
      const snapshot = await readDocx(await toDocx(seedLikeReport({ email })));
      const findings = headerField.check(snapshot, analyseReport(snapshot, { registry: null }));
      expect(findings.map((f) => [f.severity, f.message])).toEqual([
        ["error", "The contact Scott Mansfield has no well-formed e-mail address."],
      ]);
    }
  });

  it("reports every missing field, and an empty Abstract as a warning", () => {
    const findings = run(headerField, [" \tAbstract:", "", "Executive Summary"]);
    expect(findings.map((f) => `${f.severity}: ${f.message}`)).toEqual([
      "error: The header has no TD number (such as TSAG-TD172, in the header table's first row).",
      "error: The header has no Title.",
      "error: The header has no Source.",
      "error: The header has no Contact.",
      "warning: The Abstract is empty.",
    ]);
  });

  it("points a missing field at the start, not at a table of the body after the first clause", () => {
    const cell = (row: number, text: string) => ({ text, table: { table: 0, row, cell: 0, nesting: 1 } });
    const findings = run(headerField, [
      { text: "Results of the tests", styleBuiltIn: "Heading1" },
      "The tests ran on three platforms.",
      cell(0, "Platform"),
      cell(1, "Windows"),
    ]);
    expect(new Set(findings.map((f) => f.paragraph))).toEqual(new Set([0]));
  });

  it("reports an empty Title cell", () => {
    expect(
      brief(
        run(headerField, [
          "TSAG-TD1",
          "Source:",
          "Rapporteur, RG-X",
          "Title:",
          "",
          "Contact:",
          "A B",
          "E-mail:\ta@b.org",
          "Abstract:",
          "Text",
        ]),
      ),
    ).toEqual(["header-field error "]);
  });
});

describe("header-field, wherever the template or an editor left the header's bookmarks", () => {
  it.each(["labels", "values", "none"] as const)(
    "passes a complete header with the bookmarks on the %s (.docx)",
    async (bookmarks) => {
      const snapshot = await readDocx(await toDocx(seedLikeReport({ bookmarks })));
      expect(headerField.check(snapshot, analyseReport(snapshot, { registry: null }))).toEqual([]);
    },
  );

  it.each(["labels", "values", "none"] as const)(
    "reports an empty Source exactly once, bookmarks on the %s (.docx)",
    async (bookmarks) => {
      const snapshot = await readDocx(await toDocx(seedLikeReport({ bookmarks, source: "" })));
      expect(
        headerField.check(snapshot, analyseReport(snapshot, { registry: null })).map((f) => f.message),
      ).toEqual([expect.stringMatching(/Source/)]);
    },
  );

  const text = (lines: string[]) => readText(lines.join("\n"));
  it("reads a plain-text export: labels and values on one line, any case, with or without the colon", () => {
    const snapshot = text([
      "TSAG-TD104",
      "SOURCE\tRapporteur, RG-IES",
      "Title:\tDraft report of TSAG RG-IES meeting",
      "contact:\tScott Mansfield",
      "E-mail:\tscott.mansfield@example.com",
      "Abstract:\tThis TD provides the draft report.",
      "Executive Summary",
    ]);
    expect(headerField.check(snapshot, analyseReport(snapshot, { registry: null }))).toEqual([]);
  });

  it("reads a plain-text export with the bookmark markers on the value lines", () => {
    const snapshot = text([
      "[bookmark: dnum]TSAG-TD104",
      "Source:",
      "[bookmark: dsource]Rapporteur, RG-IES",
      "Title:",
      "[bookmark: dtitle1]Draft report of TSAG RG-IES meeting",
      "Contact:",
      "[bookmark: dcontact1]Scott Mansfield",
      "E-mail:\tscott.mansfield@example.com",
      "Abstract:",
      "This TD provides the draft report.",
      "Executive Summary",
    ]);
    expect(headerField.check(snapshot, analyseReport(snapshot, { registry: null }))).toEqual([]);
  });

  it("reads several contacts in one cell and their e-mails in the next, in order", () => {
    const lines = (emails: string) => [
      "TSAG-TD104",
      "Source:\tRapporteur, RG-IES",
      "Title:\tDraft report of TSAG RG-IES meeting",
      "Contact:\tAna Silva; Ben Okafor",
      `E-mail:\t${emails}`,
      "Abstract:\tThis TD provides the draft report.",
      "Executive Summary",
    ];
    const both = readText(lines("ana.silva@example.org; ben.okafor@example.org").join("\n"));
    expect(both.facts.header.contacts.map((contact) => [contact.name, contact.email])).toEqual([
      ["Ana Silva", "ana.silva@example.org"],
      ["Ben Okafor", "ben.okafor@example.org"],
    ]);
    expect(headerField.check(both, analyseReport(both, { registry: null }))).toEqual([]);
    const one = readText(lines("ana.silva@example.org").join("\n"));
    expect(headerField.check(one, analyseReport(one, { registry: null })).map((f) => f.message)).toEqual([
      expect.stringMatching(/Ben Okafor/),
    ]);
  });
});
