/**
 * tsag-registry build: from the lists ITU publishes and a report's Annex A to one registry file, which tsag-check
 * then uses. In-process, and once as a real process through bin/tsag-registry.js.
 */
import { execFileSync } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { main as tsagRegistry } from "../../src/cli/tsagRegistry";
import { main as tsagCheck, type CliIo } from "../../src/cli/tsagCheck";
import { toDocx } from "../../dev/fixtures/docxWriter";

const IMPORTS = path.join(__dirname, "..", "fixtures", "import");
const dir = mkdtempSync(path.join(os.tmpdir(), "tsag-registry-"));
const inDir = (name: string) => path.join(dir, name);
for (const name of [
  "T25-TSAG-260126-TD.xml",
  "T25-TSAG-C.xml",
  "listing-td.html",
  "documents.csv",
  "questions-sg17.txt",
])
  copyFileSync(path.join(IMPORTS, name), inDir(name));

const io = (out: string[], err: string[]): CliIo => ({
  stdout: (t) => out.push(t),
  stderr: (t) => err.push(t),
  readFile: (f) => readFile(f),
  listDirectory: async () => null,
  writeFile: async (f, text) => writeFileSync(f, text),
  now: () => new Date("2026-02-01T09:00:00Z"),
});

async function run(main: typeof tsagRegistry, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, io(out, err));
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

const cell = (text: string) => [{ text }];
let annexA: string;
let report: string;

beforeAll(async () => {
  annexA = inDir("TD172-annex.docx");
  writeFileSync(
    annexA,
    await toDocx([
      { text: "Annex A – Documentation" },
      {
        table: [
          ["#", "Category", "TD/C #", "Source", "Title"].map(cell),
          ["1", "Report", "TD 172", "Rapporteur, RG-WPR", "Draft report of the meeting"].map(cell),
          ["2", "Contribution", "C 028", "Korea (Rep. of)", "Proposed revision of Question 7/17"].map(cell),
        ],
      },
    ]),
  );
  report = inDir("report.txt");
  writeFileSync(
    report,
    [
      "TSAG-TD172",
      "Source:",
      "Rapporteur, RG-WPR",
      "Title:",
      "Draft report of TSAG RG-WPR meeting",
      "Contact:",
      "Ana Example",
      "E-mail:\tana@example.org",
      "Abstract:",
      "This TD contains the draft report.",
      "The meeting adopted the agenda in TD171R1 and noted TD270, TD330 and TD999.",
      "",
    ].join("\n"),
  );
});

const INPUTS = () => [
  inDir("T25-TSAG-260126-TD.xml"),
  inDir("T25-TSAG-C.xml"),
  inDir("listing-td.html"),
  inDir("documents.csv"),
  annexA,
];

describe("tsag-registry build", () => {
  it("turns index files, a listing page, a CSV and an Annex A into one registry that tsag-check uses", async () => {
    const out = inDir("registry.json");
    const built = await run(tsagRegistry, "build", "--meeting", "T25-TSAG-260126", "--out", out, ...INPUTS());
    expect(built.code).toBe(0);
    expect(built.stdout).toMatch(
      /T25-TSAG-260126-TD\.xml \(ITU index file\): 5 document entries \(4 documents\), as of 2026-01-29; 1 row not read\./,
    );
    expect(built.stdout).toMatch(
      /TD172-annex\.docx \(a report's Annex A\): 2 document entries, no as-of date, a partial list, it does not show revisions\./,
    );
    expect(built.stdout).toMatch(/^Wrote .*registry\.json: \d+ documents/m);
    const registry = JSON.parse(readFileSync(out, "utf8"));
    expect(registry).toMatchObject({
      version: 3,
      body: "TSAG",
      meeting: { code: "T25-TSAG-260126", end: "2026-01-30" },
    });

    const checked = await run(tsagCheck, "--registry", out, "--format", "json", report);
    const findings = JSON.parse(checked.stdout).files[0].findings as { rule: string; excerpt: string }[];
    const about = (id: string) => findings.filter((f) => f.excerpt.startsWith(id)).map((f) => f.rule);
    expect(about("TD171R1")).toContain("ref-superseded"); // TD171R2 exists
    expect(about("TD330")).toContain("ref-withdrawn");
    expect(about("TD999")).toContain("ref-unknown");
    expect(about("TD270")).toEqual([]);
  });

  it("writes the same file whatever the order of the inputs", async () => {
    const first = inDir("a.json");
    const second = inDir("b.json");
    await run(tsagRegistry, "build", "--out", first, ...INPUTS());
    await run(tsagRegistry, "build", "--out", second, ...INPUTS().reverse());
    expect(readFileSync(second, "utf8")).toBe(readFileSync(first, "utf8"));
  });

  it("says what it could not read, and exits 1 when nothing usable was read", async () => {
    const empty = inDir("empty.csv");
    writeFileSync(empty, "");
    const result = await run(tsagRegistry, "build", "--out", inDir("none.json"), empty, inDir("missing.xml"));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("tsag-registry: ");
    expect(result.stderr).toMatch(/empty\.csv is empty\./);
    expect(result.stderr).toMatch(/missing\.xml: cannot read the file\./);
    expect(result.stderr).toMatch(/Nothing usable was read\. No registry written\.$/);
  });

  it("answers wrong usage with status 2", async () => {
    expect((await run(tsagRegistry, "build", inDir("documents.csv"))).code).toBe(2);
    expect((await run(tsagRegistry, "publish")).code).toBe(2);
  });

  it("runs as a real process through bin/tsag-registry.js", () => {
    const out = inDir("process.json");
    const stdout = execFileSync(
      process.execPath,
      [
        path.join(__dirname, "..", "..", "bin", "tsag-registry.js"),
        "build",
        "--meeting",
        "T25-TSAG-260126",
        "--out",
        out,
        inDir("documents.csv"),
      ],
      { encoding: "utf8" },
    );
    expect(stdout).toMatch(
      /documents\.csv \(CSV list\): 5 document entries, as of 2026-01-27; 1 row not read/,
    );
    expect(JSON.parse(readFileSync(out, "utf8")).documents.length).toBeGreaterThan(3);
  });
});

describe("tsag-registry build from an address", () => {
  it("fetches an index file over HTTP from a real server on 127.0.0.1", async () => {
    const xml = readFileSync(path.join(IMPORTS, "T25-TSAG-260126-TD.xml"));
    const server = createServer((request, response) => {
      if (request.url === "/md/25/TSAG/td/T25-TSAG-260126-TD.xml") {
        response.writeHead(200, { "content-type": "application/xml" });
        response.end(xml);
      } else {
        response.writeHead(404);
        response.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const base = `http://127.0.0.1:${port}/md/25/TSAG/td/`;
      const out = inDir("fetched.json");
      const fetched = await run(
        tsagRegistry,
        "build",
        "--out",
        out,
        `${base}T25-TSAG-260126-TD.xml`,
        `${base}missing.xml`,
      );
      expect(fetched.code).toBe(0);
      // An input fetched is named by its address, in the output and in the registry's provenance.
      expect(fetched.stdout).toMatch(
        /^http:\/\/127\.0\.0\.1:\d+\/md\/25\/TSAG\/td\/T25-TSAG-260126-TD\.xml \(ITU index file\): 5 document entries/,
      );
      expect(fetched.stderr).toMatch(
        /The server of http:\/\/127\.0\.0\.1:\d+\/md\/25\/TSAG\/td\/missing\.xml answered 404 Not Found\./,
      );
      expect(JSON.parse(readFileSync(out, "utf8")).documents.map((d: { id: string }) => d.id)).toContain(
        "TD270",
      );
      const refused = await run(tsagRegistry, "build", "--out", out, "http://example.org/T25-TSAG-C.xml");
      expect(refused.stderr).toMatch(/must start with https:\/\//);
    } finally {
      server.close();
    }
  });
});
