/**
 * What each way of reading for Validate for posting costs (src/word/checkRead.ts), on the same report with Word's
 * hard parts (bookmarks, list items, tracked changes), in Word on the web through Microsoft's runtime:
 * - through Word's paragraphs: every page, with the reviewed text of the paragraphs holding a tracked change;
 * - through the saved file: getFileAsync in 4 MB slices, the reader and rules of tsag-check, and Word's paragraphs
 *   read once more without the tracked-change questions, to place the findings.
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

async function measure(size: number, registry: RegistryIndex, throughFile: boolean): Promise<PathCost> {
  const sim = new WordSimulator(withWordFeatures(syntheticReport(size)));
  sim.document.platform = "web";
  const office = simulatedOfficeDocument(sim.document);
  const word = new OfficeJsHost(sim);
  const host: CheckReadHost = {
    word,
    supports: () => true,
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
): Promise<{ [size: string]: { word: PathCost; file: PathCost } }> {
  const table: { [size: string]: { word: PathCost; file: PathCost } } = {};
  for (const size of sizes) {
    const word = await measure(size, registry, false);
    const file = await measure(size, registry, true);
    table[String(size)] = { word, file };
    record(
      "1b validate",
      `through Word's paragraphs, ${size} ¶`,
      `${word.requests} requests, ${kb(word.wordBytes)}, ${Math.round(word.ms)} ms`,
      "",
      null,
    );
    record(
      "1b validate",
      `through the saved file, ${size} ¶`,
      `${file.requests} requests, ${kb(file.wordBytes)} + file ${kb(file.fileBytes)} in ${file.slices} slice(s), ${Math.round(file.ms)} ms`,
      "same findings count",
      file.findings === word.findings ? true : null,
    );
  }
  return table;
}
