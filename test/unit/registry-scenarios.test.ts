/**
 * The scenarios of issue 24, end to end: `tsag-registry build` on inputs in the structures ITU really publishes
 * (test/fixtures/itu, written for the project), then `tsag-check` on a report citing what the scenario is about.
 * Each numbered failure of the issue has its test here; the findings are read from tsag-check's JSON.
 */
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { main as tsagRegistry } from "../../src/cli/tsagRegistry";
import { main as tsagCheck, type CliIo } from "../../src/cli/tsagCheck";
import { toDocx, type FixtureBlock } from "../../dev/fixtures/docxWriter";

const ITU = path.join(__dirname, "..", "fixtures", "itu");
const fixture = (name: string) => path.join(ITU, name);
const dir = mkdtempSync(path.join(os.tmpdir(), "tsag-scenarios-"));
const inDir = (name: string) => path.join(dir, name);

const io = (out: string[], err: string[]): CliIo => ({
  stdout: (t) => out.push(t),
  stderr: (t) => err.push(t),
  readFile: (f) => readFile(f),
  listDirectory: async () => null,
  writeFile: async (f, text) => writeFileSync(f, text),
  now: () => new Date("2025-09-20T09:00:00Z"),
});

async function run(main: typeof tsagRegistry, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, io(out, err));
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

type Finding = { rule: string; severity: string; message: string; excerpt: string };

/** Builds a registry from the inputs, then checks the report against it: the findings, and the registry. */
async function buildAndCheck(report: string, ...inputs: string[]) {
  const out = inDir(`registry-${Math.random().toString(36).slice(2)}.json`);
  const built = await run(tsagRegistry, "build", "--out", out, ...inputs);
  expect(built).toMatchObject({ code: 0 });
  const checked = await run(tsagCheck, "--registry", out, "--format", "json", report);
  expect(checked.stderr).toBe("");
  const findings = JSON.parse(checked.stdout).files[0].findings as Finding[];
  return { built, findings, registry: JSON.parse(readFileSync(out, "utf8")) };
}

/** The registry file a build wrote, from its last line ("Wrote FILE: …"). */
const builtPath = (stdout: string) => /^Wrote (.+?): /m.exec(stdout)![1]!;

const about = (findings: readonly Finding[], excerpt: string) =>
  findings.filter((f) => f.excerpt.replace(/\s/g, "") === excerpt);
/** The registry checks' errors (what would block posting). */
const errors = (findings: readonly Finding[]) =>
  findings.filter(
    (f) => f.severity === "error" && (f.rule.startsWith("ref-") || f.rule === "question-unknown"),
  );

/** An SG12 report (plain text, as tsag-check reads .txt) whose body says `body`. */
function sg12Report(name: string, body: string): string {
  const file = inDir(name);
  writeFileSync(
    file,
    [
      "SG12-TD400",
      "STUDY PERIOD 2025-2028",
      "Source:",
      "Rapporteur, Q5/12",
      "Title:",
      "Report of the Q5/12 meeting",
      "Contact:",
      "Ana Example",
      "E-mail:\tana@example.org",
      "Abstract:",
      "This TD contains the report of Q5/12.",
      body,
      "",
    ].join("\n"),
  );
  return file;
}

describe("1. revisions", () => {
  it("a revision an index-only registry cannot know gets no error (TD11-R1 was really posted)", async () => {
    const report = sg12Report("r1a.txt", "The list of rapporteurs in TD11-R1 was noted.");
    const { findings, registry } = await buildAndCheck(report, fixture("T25-SG12-250909-TD.xml"));
    expect(registry.documents.find((d: { id: string }) => d.id === "TD11").revisionsKnown).toBe("none");
    expect(about(findings, "TD11-R1")).toEqual([
      expect.objectContaining({
        rule: "ref-revision-missing",
        severity: "info",
        message: "TD11R1: the lists used do not show revisions.",
      }),
    ]);
  });

  it("R1 cited where a listing shows (Rev.2) is superseded by R2, not 'does not exist'", async () => {
    const report = sg12Report("r1b.txt", "The baseline in TD292R1 was updated; TD292R3 was announced.");
    const { findings } = await buildAndCheck(report, fixture("sg12-td-all.html"));
    expect(about(findings, "TD292R1")).toEqual([
      expect.objectContaining({
        rule: "ref-superseded",
        message: "TD292R1 is cited; TD292R2 exists (registry of 2025-09-20).",
      }),
    ]);
    // The listing lists revisions: one beyond them does not exist (as of the listing).
    expect(about(findings, "TD292R3")).toEqual([
      expect.objectContaining({ rule: "ref-revision-missing", severity: "error" }),
    ]);
  });
});

describe("2. pages", () => {
  it("a document on an unsaved page of a paged listing gets at most an info", async () => {
    const report = sg12Report("r2.txt", "The rapporteurs listed in TD11 were thanked.");
    const { findings, registry, built } = await buildAndCheck(report, fixture("sg12-td-page1.html"));
    expect(registry.scope).toBe("partial");
    expect(built.stdout).toMatch(/one page of a paged listing/);
    expect(about(findings, "TD11")).toEqual([
      expect.objectContaining({
        rule: "ref-unknown",
        severity: "info",
        message: "TD11 is not in this partial list.",
      }),
    ]);
  });
});

describe("3. whose list", () => {
  it("a listing alone gives its own group and study period, and tsag-check uses the registry", async () => {
    const report = sg12Report("r3.txt", "TD367 was agreed.");
    const { registry, findings } = await buildAndCheck(report, fixture("sg12-td-all.html"));
    expect(registry).toMatchObject({ body: "SG12", studyPeriod: "2025-2028", version: 3 });
    expect(errors(findings)).toEqual([]);
  });

  it("reads TDs of the WP series ([ 367-WP1 ]) as documents", async () => {
    const { built, registry } = await buildAndCheck(
      sg12Report("r3b.txt", "TD367."),
      fixture("sg12-td-all.html"),
    );
    expect(built.stdout).not.toMatch(/not read/);
    expect(registry.documents.map((d: { id: string }) => d.id)).toContain("TD367");
  });

  it("T22 is 2022-2024", async () => {
    const xml = readFileSync(fixture("T25-SG12-250909-TD.xml"), "utf8")
      .replaceAll("T25-SG12", "T22-SG12")
      .replace("<study_period>2025</study_period>", "<study_period>2022</study_period>");
    writeFileSync(inDir("T22-SG12-250909-TD.xml"), xml);
    const out = inDir("t22.json");
    expect((await run(tsagRegistry, "build", "--out", out, inDir("T22-SG12-250909-TD.xml"))).code).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8")).studyPeriod).toBe("2022-2024");
  });

  it("a list that says neither whose nor which period writes nothing, and says what to add", async () => {
    writeFileSync(inDir("list.csv"), "TD,Title,Source\nTD 14,A draft,Editor\n");
    const out = inDir("nobody.json");
    const result = await run(tsagRegistry, "build", "--out", out, inDir("list.csv"));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /The lists do not say whose documents they are or the study period: give the meeting \(--meeting T25-SG12-250909\), or --body and --study-period\. No registry written\.$/,
    );
    expect(existsSync(out)).toBe(false);
    const named = await run(
      tsagRegistry,
      "build",
      "--meeting",
      "T25-SG12-250909",
      "--out",
      out,
      inDir("list.csv"),
    );
    expect(named.code).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8"))).toMatchObject({ body: "SG12", studyPeriod: "2025-2028" });
  });
});

describe("bad inputs, one sentence each, and the rest still used", () => {
  it("a listing of another meeting is left out when the meeting is named; a truncated index says so", async () => {
    const other = readFileSync(fixture("sg12-td-all.html"), "utf8").replaceAll("250909", "250520");
    writeFileSync(inDir("may-listing.html"), other);
    const whole = readFileSync(fixture("T25-SG12-C.xml"), "utf8");
    writeFileSync(inDir("cut-C.xml"), whole.slice(0, whole.length - 200));
    const out = inDir("other-meeting.json");
    const result = await run(
      tsagRegistry,
      "build",
      "--meeting",
      "T25-SG12-250909",
      "--out",
      out,
      fixture("T25-SG12-250909-TD.xml"),
      inDir("may-listing.html"),
      inDir("cut-C.xml"),
    );
    expect(result.code).toBe(0);
    expect(result.stderr.split("\n")).toEqual([
      "tsag-registry: cut-C.xml is cut short or damaged: download it again.",
      "tsag-registry: may-listing.html lists the TDs of the meeting T25-SG12-250520, not of T25-SG12-250909: left out (build without --meeting to combine meetings).",
    ]);
    const registry = JSON.parse(readFileSync(out, "utf8"));
    expect(registry.sources.map((s: { input: string }) => s.input)).toEqual(["T25-SG12-250909-TD.xml"]);
  });
});

describe("what tsag-registry writes, tsag-check reads", () => {
  it("an overlong title in a list is shortened to the format's limit, and the registry is written and used", async () => {
    writeFileSync(inDir("long.csv"), `TD,Title,Source\nTD 14,${"x".repeat(2_500)},Editor\n`);
    const report = sg12Report("long.txt", "TD14 was noted.");
    const { registry, findings } = await buildAndCheck(
      report,
      "--meeting",
      "T25-SG12-250909",
      inDir("long.csv"),
    );
    expect(registry.documents[0].title).toHaveLength(2_000);
    expect(errors(findings)).toEqual([]);
  });
});

describe("4. Questions", () => {
  it("a registry with ITU's list of Questions makes none of them unknown", async () => {
    const report = sg12Report("r4.txt", "Q20/12 and Q14/12 were discussed with Q5/12.");
    const { findings, registry } = await buildAndCheck(
      report,
      fixture("T25-SG12-250909-TD.xml"),
      fixture("loqr-sg12.html"),
    );
    expect(registry.questions.find((q: { id: string }) => q.id === "Q20/12")).toMatchObject({
      workingParty: "WP2",
      title: "Perceptual and field assessment of immersive media",
    });
    expect(findings.filter((f) => f.rule === "question-unknown")).toEqual([]);
  });

  it("without a list of Questions, a Question no document names is an info, not an error", async () => {
    const report = sg12Report("r4b.txt", "Q20/12 was discussed.");
    const { findings } = await buildAndCheck(report, fixture("T25-SG12-250909-TD.xml"));
    expect(about(findings, "Q20/12")).toEqual([
      expect.objectContaining({ rule: "question-unknown", severity: "info" }),
    ]);
  });

  it("a Questions page of another study group is left out, with one sentence", async () => {
    const sg13 = readFileSync(fixture("loqr-sg12.html"), "utf8").replace(/\/12\b/g, "/13");
    writeFileSync(inDir("loqr-sg13.html"), sg13);
    const out = inDir("q13.json");
    const result = await run(
      tsagRegistry,
      "build",
      "--out",
      out,
      fixture("T25-SG12-250909-TD.xml"),
      inDir("loqr-sg13.html"),
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("tsag-registry: loqr-sg13.html lists SG13's Questions, not SG12's: left out.");
  });
});

const cell = (text: string) => [{ text }];
const table = (rows: string[][]): FixtureBlock => ({ table: rows.map((row) => row.map(cell)) });

describe("5. allocation tables and annex lists", () => {
  it("an allocation table of the TD 120 Rev.1 shape gives its C and TD documents with their revisions", async () => {
    const agenda = inDir("TD120R1-agenda.docx");
    writeFileSync(
      agenda,
      await toDocx([
        { text: "TSAG-TD120R1" },
        { text: "STUDY PERIOD 2025-2028" },
        { text: "Document allocation to the Rapporteur Groups" },
        table([
          ["RG-WPR", "", "RG-IES", ""],
          ["Contributions", "TDs", "Contributions", "TDs"],
          ["C 003", "TD 001", "C 005 Rev.1", "TD 025 Rev.1"],
          ["C 010", "TD 014, TD 016", "", "TD 030"],
        ]),
      ]),
    );
    const report = inDir("r5a.txt");
    writeFileSync(
      report,
      "TSAG-TD130\nSTUDY PERIOD 2025-2028\nC 005 Rev.1, TD 025 Rev.1, TD16 and C10 were introduced.\n",
    );
    const { findings, registry, built } = await buildAndCheck(report, agenda);
    expect(built.stdout).toMatch(/TD120R1-agenda\.docx \(an allocation table\): 8 document entries/);
    expect(registry.documents.map((d: { id: string; revisions: number[] }) => [d.id, d.revisions])).toEqual([
      ["C10", []],
      ["C3", []],
      ["C5", [1]],
      ["TD1", []],
      ["TD14", []],
      ["TD16", []],
      ["TD25", [1]],
      ["TD30", []],
    ]);
    expect(registry).toMatchObject({ body: "TSAG", studyPeriod: "2025-2028", scope: "partial" });
    expect(findings.filter((f) => f.rule.startsWith("ref-"))).toEqual([]);
    // A bare number whose revision a list names: what the lists show, not more.
    writeFileSync(report, "TSAG-TD130\nSTUDY PERIOD 2025-2028\nTD25 was introduced.\n");
    const bare = JSON.parse(
      (await run(tsagCheck, "--registry", builtPath(built.stdout), "--format", "json", report)).stdout,
    );
    expect(bare.files[0].findings.filter((f: Finding) => f.rule.startsWith("ref-"))).toEqual([
      expect.objectContaining({
        rule: "ref-superseded",
        severity: "info",
        message: "TD25 has revisions; the latest the lists used show is TD25R1.",
      }),
    ]);
  });

  it("a registry from an annex in seed 003's shape gives no error on the report's own number or on revisions", async () => {
    const report = inDir("TD104R1.docx");
    writeFileSync(
      report,
      await toDocx([
        { text: "TSAG-TD104R1", bookmark: "dnum" },
        { text: "STUDY PERIOD 2025-2028" },
        { text: "Draft report of the RG-IES meeting" },
        { text: "1 The agenda in TD103 was adopted; the ToR in TD7R1 were noted." },
        { text: "2 The LS in TD140R1 was agreed, and this report, TD104R1, is submitted." },
        { text: "Annex A: Documentation" },
        { text: "Documents between parentheses are not introduced at this meeting" },
        table([
          ["#", "Category", "TD/C #", "Source", "Title"],
          ["1.", "Admin", "TD103", "Rapporteur, RG-IES", "Draft agenda"],
          ["2.", "Admin", "(TD111)", "Rapporteur, RG-IEM", "Progress reports from interim meetings"],
          ["3.", "Report", "TD104", "Rapporteur, RG-IES", "Reserved for: Report, RG-IES"],
          ["4.", "Contribution", "(C14) ", "Member State", "Streamlining resolutions"],
          ["5.", "Information", "TD016", "TSB", "Statistics on the study groups' work"],
          ["6.", "Discussion", "TD140", "Rapporteurs, RG-IES", "LS/o on success stories [to all ITU-T SGs]"],
        ]),
      ]),
    );
    const { findings, built, registry } = await buildAndCheck(report, report);
    expect(built.stdout).not.toMatch(/not read/); // "(TD111)" and "(C14)" are read
    expect(registry.documents.map((d: { id: string }) => d.id)).toEqual([
      "C14",
      "TD103",
      "TD104",
      "TD111",
      "TD140",
      "TD16",
    ]);
    expect(errors(findings)).toEqual([]);
    expect(findings.filter((f) => f.excerpt.replace(/\s/g, "").startsWith("TD104"))).toEqual([]);
    expect(about(findings, "TD140R1")).toEqual([
      expect.objectContaining({
        severity: "info",
        message: "TD140R1: the lists used do not show revisions.",
      }),
    ]);
  });
});

describe("6. text", () => {
  it("a windows-1252 page keeps its accents, documents get their addresses, layout rows say nothing", async () => {
    const report = sg12Report("r6.txt", "TD292R2 was reviewed.");
    const { registry, built } = await buildAndCheck(report, fixture("sg12-td-page1.html"));
    const td292 = registry.documents.find((d: { id: string }) => d.id === "TD292");
    expect(td292).toMatchObject({
      source: "Editor P.obj, Télécom Paris",
      url: "https://www.itu.int/md/T25-SG12-250909-TD-GEN-0292/en",
      revisions: [1, 2],
      revisionsKnown: "up-to",
    });
    expect(built.stdout).not.toMatch(/not read/);
  });

  it("a contributions page saved without its address is read from its links, as a partial list", async () => {
    const report = sg12Report("r6b.txt", "C42 and C31R1 were presented; C77 was not.");
    const { registry, findings, built } = await buildAndCheck(report, fixture("sg12-c-unaddressed.html"));
    expect(registry).toMatchObject({ body: "SG12", studyPeriod: "2025-2028", scope: "partial" });
    expect(built.stdout).toMatch(/saved without its address/);
    expect(about(findings, "C77")).toEqual([expect.objectContaining({ severity: "info" })]);
  });
});

describe("7. merging", () => {
  const csv = () => {
    writeFileSync(
      inDir("secretariat.csv"),
      [
        "TD,Title,Source,Status,Date",
        "TD 291,LS/i on quality of experience for immersive media,TSB,Withdrawn,2025-09-10",
        "TD 388R1,Revised work plan for Q5/12,Rapporteur Q5/12,Available,2025-09-11",
      ].join("\n"),
    );
    return inDir("secretariat.csv");
  };

  it("a withdrawal in one list wins over 'posted' in another, and the disagreement is kept", async () => {
    const report = sg12Report("r7.txt", "The LS in TD291 was noted.");
    const { registry, findings } = await buildAndCheck(report, fixture("T25-SG12-250909-TD.xml"), csv());
    const td291 = registry.documents.find((d: { id: string }) => d.id === "TD291");
    expect(td291.status).toBe("withdrawn");
    expect(td291.conflicts).toContainEqual({
      field: "status",
      values: [
        { value: "withdrawn", inputs: ["secretariat.csv"] },
        { value: "posted", inputs: ["T25-SG12-250909-TD.xml"] },
      ],
    });
    expect(about(findings, "TD291")).toEqual([
      expect.objectContaining({
        rule: "ref-withdrawn",
        message: "TD291 was withdrawn (according to secretariat.csv).",
      }),
    ]);
  });

  it("keeps a CSV row's title and source when the document is not in the XML, and names inputs without paths", async () => {
    const { registry } = await buildAndCheck(
      sg12Report("r7b.txt", "TD388R1."),
      fixture("T25-SG12-250909-TD.xml"),
      csv(),
    );
    expect(registry.documents.find((d: { id: string }) => d.id === "TD388")).toMatchObject({
      title: "Revised work plan for Q5/12",
      source: "Rapporteur Q5/12",
      revisions: [1],
    });
    const text = JSON.stringify(registry);
    expect(text).not.toContain(dir);
    expect(text).not.toContain(ITU);
    expect(registry.sources.map((s: { input: string }) => s.input)).toEqual([
      "T25-SG12-250909-TD.xml",
      "secretariat.csv",
    ]);
  });
});
