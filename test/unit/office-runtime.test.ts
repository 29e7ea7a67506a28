/**
 * The host behind Microsoft's Office.js client runtime (dev/officeHost): what the runtime really sends and what
 * the adapter gets back through it. The adapter tests, the concurrency property and the summary tests run through
 * this host; these tests pin the host's own behaviour.
 */
import { ADDED_MEMBERS, loadOfficeRuntime } from "../../dev/officeHost/runtime";
import { OfficeJsHost } from "../../dev/officeHost/host";
import { WordSimulator } from "../../dev/simulator";
import { editDocument, readDocument, WordError } from "../../src/word";
import { FULL_CAPABILITIES, generatedReport } from "./helpers";

describe("Microsoft's Office.js client runtime in the tests", () => {
  it("is the pinned @microsoft/office-js build, with the members it lacks added and listed", () => {
    const runtime = loadOfficeRuntime();
    expect(runtime.version).toBe("1.1.110");
    expect(ADDED_MEMBERS).toEqual([
      "Word.Range.getBookmarks(includeHidden, includeAdjacent)",
      "Word.Document.getBookmarkRangeOrNullObject(name)",
      "Word.Body.getTrackedChanges() (as a RangeCollection proxy: the runtime has no TrackedChangeCollection class)",
    ]);
    const word = runtime.Word as unknown as Record<string, { prototype: Record<string, unknown> }>;
    expect(typeof word.Range!.prototype.getBookmarks).toBe("function");
    expect(typeof word.Document!.prototype.getBookmarkRangeOrNullObject).toBe("function");
  });

  it("reads a 10,000-paragraph report with 200 bookmarks under Word on the web's 5 MB limit, each request ≤ 2 MB", async () => {
    const specs = generatedReport(10_000).map((spec, i) =>
      i % 50 === 1 ? { ...spec, bookmarks: [`_Toc${100000 + i}`, `_Hlk${i}`] } : spec,
    );
    specs[0] = { ...specs[0]!, text: "TSAG-TD172", bookmarks: ["dnum"] };
    specs[3] = { ...specs[3]!, text: "Rapporteur, RG-WPR", bookmarks: ["dsource"] };
    const sim = new WordSimulator(specs);
    const host = new OfficeJsHost(sim, { payloadLimit: 5 * 1024 * 1024 });
    const snapshot = await readDocument(host, FULL_CAPABILITIES);
    expect(snapshot.paragraphs[0]!.bookmarks).toEqual(["dnum"]);
    expect(snapshot.paragraphs[3]!.bookmarks).toEqual(["dsource"]);
    expect(snapshot.paragraphs.flatMap((p) => p.bookmarks)).toEqual(["dnum", "dsource"]); // hidden ones not placed
    const largest = Math.max(...host.requests.map((r) => Math.max(r.requestBytes, r.responseBytes)));
    expect(largest).toBeLessThanOrEqual(5 * 1024 * 1024);
    expect(Math.max(...host.requests.map((r) => r.requestBytes))).toBeLessThanOrEqual(2 * 1024 * 1024);
    // Each page's paragraphs are released with the next page's request; the run's cleanup releases the last page.
    expect(host.liveReferences).toBe(0);
    expect(host.requests.filter((r) => r.cleanup)).toHaveLength(1);
  });

  it("sends one request per context.sync, then Word.run's cleanup request, each measured", async () => {
    const sim = new WordSimulator(generatedReport(1000));
    const host = new OfficeJsHost(sim);
    await readDocument(host, { ...FULL_CAPABILITIES, bookmarks: false });
    expect(host.requests.map((r) => r.cleanup)).toEqual([false, true]);
    const [read, cleanup] = host.requests;
    // One load of every paragraph: a small request, a response that grows with the document.
    expect(read!.requestBytes).toBeLessThan(5_000);
    expect(read!.responseBytes).toBeGreaterThan(100_000);
    // The cleanup releases every paragraph the runtime tracked: one action each.
    expect(cleanup!.actions).toBeGreaterThan(1000);
  });

  it("answers with the runtime's payload error above the limit, which the adapter reports in one sentence", async () => {
    const sim = new WordSimulator(generatedReport(1000));
    const host = new OfficeJsHost(sim, { payloadLimit: 50_000 });
    const failure = await readDocument(host, FULL_CAPABILITIES).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(WordError);
    expect(failure).toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect((failure as WordError).message).toMatch(/too large to read in one request/);
  });

  it("passes the simulator's errors to the runtime with their codes, and the batch stops there", async () => {
    const sim = new WordSimulator([{ text: "Action TSAG RG-WPR-1\tWP2 is invited to note – TD263." }]);
    const host = new OfficeJsHost(sim);
    sim.failSync(2, { code: "AccessDenied" });
    const failure = await editDocument(host, ({ snapshot }) => ({
      label: "renumber",
      operations: [
        {
          kind: "replaceText",
          paragraph: 0,
          expectedText: snapshot.paragraphs[0]!.text,
          start: 19,
          length: 1,
          text: "2",
        },
      ],
    })).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: "AccessDenied" });
    expect(sim.dump()[0]!.text).toBe("Action TSAG RG-WPR-1\tWP2 is invited to note – TD263.");
  });
});
