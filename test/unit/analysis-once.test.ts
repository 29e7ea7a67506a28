/**
 * One analysis per read (issue 20): a command works out the summary section, the actions and the references of a
 * document once, whatever the rules, listings and exports then read. The counts are taken on the functions that
 * compute each fact, through their modules, so that any caller outside the analysis would add to them.
 */
import path from "node:path";
import { readFile } from "node:fs/promises";
import * as actionsParse from "../../src/core/actions/parse";
import * as structure from "../../src/core/document/structure";
import * as referencesParse from "../../src/core/references/parse";
import { main, type CliIo } from "../../src/cli/tsagCheck";
import { FIXTURES } from "./support/fixtures";

const REPORTS = ["agenda/rg-wpr-report.txt", "conventions/rg-wm-report.txt"].map((name) =>
  path.join(FIXTURES, name),
);

const io: CliIo = {
  stdout: () => {},
  stderr: () => {},
  readFile: (file) => readFile(file),
  listDirectory: async () => null,
  writeFile: async () => {},
  now: () => new Date("2026-01-30T18:00:00Z"),
};

function spies() {
  return {
    summary: jest.spyOn(structure, "findSummaryStructure"),
    executiveSummary: jest.spyOn(structure, "findExecutiveSummary"),
    actions: jest.spyOn(actionsParse, "findActions"),
    references: jest.spyOn(referencesParse, "findAllReferences"),
    paragraphReferences: jest.spyOn(referencesParse, "findReferences"),
  };
}

afterEach(() => jest.restoreAllMocks());

describe.each(REPORTS)("one analysis per command on %s", (report) => {
  it.each([
    ["the posting check", ["--registry", path.join(FIXTURES, "registry.json")]],
    ["the posting check as HTML", ["--format", "html"]],
    ["--actions", ["--actions"]],
    ["--references", ["--references"]],
    ["--summary", ["--summary", "--format", "json"]],
  ])("%s computes the summary section, the actions and the references once", async (_, options) => {
    const counted = spies();
    await main([...options, report], io);
    expect(counted.summary).toHaveBeenCalledTimes(1);
    expect(counted.actions).toHaveBeenCalledTimes(1);
    expect(counted.references).toHaveBeenCalledTimes(1);
    // Nobody outside the analysis looks for the Executive Summary or parses a paragraph's references again.
    expect(counted.executiveSummary).not.toHaveBeenCalled();
    expect(counted.paragraphReferences).not.toHaveBeenCalled();
  });
});
