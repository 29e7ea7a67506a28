/** Text wrapped at a fixed width (a mail, a liaison statement on a tracker, Word's export with line breaks). */
import { mkdtempSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { main } from "../../src/cli/tsagCheck";
import { findAllReferences } from "../../src/core";
import { readTextWithNotes } from "../../src/readers/text";
import { continuesOnNextLine, wrapWidth } from "../../src/readers/wrappedLines";

/** Greedy wrapping at `width`, as mail programs and Word's export do; paragraphs stay apart by a blank line. */
function wrap(paragraphs: readonly string[], width: number): string {
  const lines: string[] = [];
  for (const paragraph of paragraphs) {
    let line = "";
    for (const word of paragraph.split(" ")) {
      if (line !== "" && line.length + 1 + word.length > width) {
        lines.push(line);
        line = word;
      } else line = line === "" ? word : `${line} ${word}`;
    }
    lines.push(line, "");
  }
  return lines.join("\n");
}

const LIAISON = [
  "Title: Reply on the work plan for multimedia quality assessment methods",
  "Study Group 13 thanks the experts of the joint coordination activity for their liaison, which was " +
    "considered at the meeting held in Geneva in March. Study Group 13, notably Question 4 with its " +
    "experts on service quality, reviewed the proposed work items and the draft texts in TD 312 and TD 318.",
  "The meeting agreed to progress the draft new Recommendation and to keep the coordination activity " +
    "informed of the progress made at each of its meetings, and looks forward to further exchanges on " +
    "the topics of common interest listed in the annex of TD 312.",
];

describe("a text wrapped at a width", () => {
  it("is read as its paragraphs, so that a phrase cut by the wrap is whole again", () => {
    const content = wrap(LIAISON, 72);
    const { snapshot, notes } = readTextWithNotes(content);
    expect(snapshot.paragraphs.map((p) => p.text).filter((text) => text !== "")).toEqual(LIAISON);
    expect(notes).toEqual([
      expect.stringMatching(
        /^The text is wrapped at 7\d characters: its \d+ lines were read as \d+ paragraphs\.$/,
      ),
    ]);
    expect(findAllReferences(snapshot).map((r) => r.id)).toEqual(["Q4/13", "TD312", "TD318", "TD312"]);
  });

  it("keeps a line that ends early, a table's cells and an over-long line apart from the next", () => {
    expect(continuesOnNextLine("Dear experts,", "The meeting will be held in Geneva.", 72)).toBe(false);
    expect(continuesOnNextLine("Q4/13\tService quality of multimedia over packet networks", "next", 60)).toBe(
      false,
    );
    expect(continuesOnNextLine(`See https://example.org/${"a".repeat(70)}`, "for the list.", 72)).toBe(false);
    expect(continuesOnNextLine("x".repeat(68), "experts", 72)).toBe(true);
  });

  it("is not taken for a report's export, whose lines are its paragraphs", () => {
    const report = [
      "1\tOpening",
      "The meeting was opened by the Rapporteur, who welcomed the participants and recalled the terms of reference of the group as set out in TD 20.",
      "2\tAdoption of the agenda",
      "The agenda in TD 21 was adopted with the additions proposed by the secretariat during the opening of the meeting, after a short discussion.",
      ...Array.from({ length: 8 }, (_, i) => `${i + 3}\tClause ${i + 3}`),
    ];
    expect(wrapWidth(report)).toBeNull();
    const { snapshot, notes } = readTextWithNotes(report.join("\n"));
    expect(snapshot.paragraphs).toHaveLength(report.length);
    expect(notes).toEqual([]);
  });

  it("is not taken for a list of short lines", () => {
    const cells = [
      "Document",
      "Title",
      "Source",
      "TD 12",
      "Agenda",
      "Chair",
      "TD 13",
      "Report",
      "Rapporteur",
    ];
    expect(wrapWidth(cells)).toBeNull();
  });
});

describe("tsag-check on a text wrapped at a width", () => {
  async function check(...argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    await main(argv, {
      stdout: (t) => out.push(t),
      stderr: (t) => err.push(t),
      readFile: (f) => readFile(f),
      listDirectory: async () => null,
      writeFile: async () => undefined,
    });
    return { stdout: out.join("\n"), stderr: err.join("\n") };
  }
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "tsag-wrapped-")), "liaison.txt");
  beforeAll(() => writeFileSync(file, wrap(LIAISON, 72)));

  it("says once that lines were joined into paragraphs, since its findings number paragraphs, not lines", async () => {
    const checked = await check(file);
    expect(checked.stderr).toMatch(/liaison\.txt: The text is wrapped at 7\d characters/);
    const listed = await check("--text", file);
    expect(listed.stdout).toMatch(/Note: The text is wrapped at 7\d characters/);
    expect(listed.stderr).not.toMatch(/wrapped/);
  });
});
