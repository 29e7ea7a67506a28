/**
 * What each way of reading for Validate for posting costs (src/word/checkRead.ts), on the same report with Word's
 * hard parts (bookmarks, list items, tracked changes), in Word on the web through Microsoft's runtime:
 * - through Word's paragraphs on WordApi 1.6: every page, with the reviewed text of the paragraphs holding a
 *   tracked change; on 1.4–1.5 (no way to tell which paragraphs): the reviewed text of every paragraph;
 * - through the saved file: getFileAsync in 4 MB slices, the reader and rules of tsag-check, and Word's paragraphs'
 *   texts alone, in pages, to place the findings.
 * Requests and bytes to and from Word; the file's bytes and slices; the add-in's own time (the simulator's time to
 * write the .docx — Word's work in real Word — measured apart and taken off).
 */
import { OfficeJsHost } from "../dev/officeHost/host";
import { WordSimulator } from "../dev/simulator";
import { documentAsDocx, simulatedOfficeDocument } from "../dev/simulator/file";
import { ALL_RULES, checkDocument, type RegistryIndex } from "../src/core";
import { readAndCheck, type CheckReadHost } from "../src/word";
import { syntheticReport, withWordFeatures } from "./generate";

export interface PathCost {
  requests: number;
  wordBytes: number;
  fileBytes: number;
  slices: number;
  ms: number;
  findings: number;
}

type Record = (section: string, measure: string, value: string, target: string, met: boolean | null) => void;

const kb = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

type Path = "word 1.6" | "word 1.4" | "file";

async function measure(size: number, registry: RegistryIndex, path: Path): Promise<PathCost> {
  const throughFile = path === "file";
  const sim = new WordSimulator(withWordFeatures(syntheticReport(size)));
  sim.document.platform = "web";
  const office = simulatedOfficeDocument(sim.document);
  const word = new OfficeJsHost(sim, { revisions: path === "word 1.4" ? "always" : "detect" });
  const host: CheckReadHost = {
    word,
    supports: (_set, version) => path !== "word 1.4" || Number(version) <= 1.5,
    readOnly: false,
    ...(throughFile ? { documentFile: office } : {}),
  };
  const writing = throughFile ? await timed(() => documentAsDocx(sim.document)) : 0;
  let findings = 0;
  const ms = await timed(async () => {
    const result = await readAndCheck(host, true, (snapshot) =>
      checkDocument(snapshot, { registry, rules: ALL_RULES }),
    );
    findings = result.findings.length;
    if (result.note.via !== (throughFile ? "file" : "word")) throw new Error(result.note.sentence);
  });
  return {
    requests: word.requests.length,
    wordBytes: word.requests.reduce((sum, r) => sum + r.requestBytes + r.responseBytes, 0),
    fileBytes: office.calls.bytes,
    slices: office.calls.slices,
    ms: Math.max(0, ms - writing),
    findings,
  };
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

export async function validatePaths(
  sizes: readonly number[],
  registry: RegistryIndex,
  record: Record,
): Promise<{ [size: string]: { [path: string]: PathCost } }> {
  const table: { [size: string]: { [path: string]: PathCost } } = {};
  const label: { [path in Path]: string } = {
    "word 1.6": "through Word's paragraphs (WordApi 1.6)",
    "word 1.4": "through Word's paragraphs (WordApi 1.4–1.5)",
    file: "through the saved file",
  };
  for (const size of sizes) {
    table[String(size)] = {};
    for (const path of ["word 1.6", "word 1.4", "file"] as const) {
      const cost = await measure(size, registry, path);
      table[String(size)]![path] = cost;
      const file = path === "file" ? ` + file ${kb(cost.fileBytes)} in ${cost.slices} slice(s)` : "";
      record(
        "1b validate",
        `${label[path]}, ${size} ¶`,
        `${cost.requests} requests, ${kb(cost.wordBytes)}${file}, ${Math.round(cost.ms)} ms`,
        "",
        null,
      );
    }
  }
  return table;
}
