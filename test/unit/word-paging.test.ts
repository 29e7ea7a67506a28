/**
 * Reading in pages: every response within the budget, and the same snapshot and the same edits as reading the
 * document at once. Run through Microsoft's runtime, with a small budget so that a small document takes many
 * pages (table numbering, hyperlinks, bookmarks and mixed highlights all cross page boundaries).
 */
import fc from "fast-check";
import { OfficeJsHost } from "../../dev/officeHost/host";
import { WordSimulator, type SimParagraphSpec } from "../../dev/simulator";
import { findActions, renumberPlan } from "../../src/core";
import { editDocument, readDocument } from "../../src/word";
import { FULL_CAPABILITIES, generatedReport } from "./helpers";

const BUDGET = 20_000; // bytes: about 50 paragraphs a page

function report(): SimParagraphSpec[] {
  return generatedReport(600).map((spec, i) => {
    if (i === 3) return { ...spec, text: "TSAG-TD172", bookmarks: ["dnum"] };
    if (i === 401) return { ...spec, bookmarks: ["dsource", "_Toc1"] };
    if (i % 97 === 5) return { ...spec, highlights: [{ start: 0, length: 5, color: "Yellow" }] };
    if (i % 89 === 7 && spec.text.length > 10)
      return { ...spec, hyperlinks: [{ start: 0, length: 4, address: `https://www.itu.int/md/${i}` }] };
    if (i % 20 === 10) return { ...spec, text: spec.text.replace(/RG-WPR-\d+/, "RG-WPR-n") };
    return spec;
  });
}

describe("reading in pages", () => {
  it("gives the snapshot of a read at once, each response within the budget", async () => {
    const whole = await readDocument(new OfficeJsHost(new WordSimulator(report())), FULL_CAPABILITIES);
    const host = new OfficeJsHost(new WordSimulator(report()));
    const paged = await readDocument(host, FULL_CAPABILITIES, { pageBudget: BUDGET });
    expect(paged).toEqual(whole);
    const batches = host.requests.filter((r) => !r.cleanup);
    expect(batches.length).toBeGreaterThan(10);
    // The first run also carries the hyperlinks and the bookmarks' probes; the pages themselves stay small.
    expect(Math.max(...batches.slice(2).map((r) => r.responseBytes))).toBeLessThanOrEqual(BUDGET * 1.5);
    // A run per page: no cleanup request releases more than a page's worth of objects.
    expect(Math.max(...host.requests.filter((r) => r.cleanup).map((r) => r.actions))).toBeLessThan(200);
  });

  it("applies an edit planned over many pages exactly as over one", async () => {
    const whole = new WordSimulator(report());
    const paged = new WordSimulator(report());
    const renumber = ({ snapshot }: { snapshot: Parameters<typeof findActions>[0] }) =>
      renumberPlan(snapshot, findActions(snapshot));
    const a = await editDocument(new OfficeJsHost(whole), renumber);
    const b = await editDocument(new OfficeJsHost(paged), renumber, { pageBudget: BUDGET });
    expect(b.applied).toHaveLength(a.applied.length);
    expect(a.applied.length).toBeGreaterThan(20);
    expect(paged.dump()).toEqual(whole.dump());
  });

  it("never writes into another paragraph when the user types or adds a paragraph between the pages", async () => {
    const unlabelled = (text: string) => text.replace(/^(\S*)?Action TSAG RG-WPR-(\d+|n)/, "$1");
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.nat({ max: 599 }), fc.boolean(), async (s, target, adds) => {
        const sim = new WordSimulator(report());
        sim.roundTrip = () => s.schedule(Promise.resolve(), "Word answers");
        const marker = "⟪typed⟫";
        const typed = s.schedule(Promise.resolve(), "the user types").then(() => {
          const paragraph = sim.document.paragraphs[target]!;
          if (adds) sim.document.insertParagraph(paragraph, marker, "Before");
          else sim.document.type(paragraph, 0, marker);
        });
        const outcome = editDocument(
          new OfficeJsHost(sim),
          ({ snapshot }) => renumberPlan(snapshot, findActions(snapshot)),
          { pageBudget: BUDGET },
        ).then(
          (result) => ({ result }),
          (error: unknown) => ({ error }),
        );
        await s.waitFor(outcome);
        await s.waitAll();
        await typed;
        // What the user wrote is there; every other paragraph is as it was, but for the numbers of action labels.
        const texts = sim.dump().map((spec) => spec.text);
        expect(texts.filter((text) => text.includes(marker))).toHaveLength(1);
        const without = adds
          ? texts.filter((text) => text !== marker)
          : texts.map((text) => text.replace(marker, ""));
        expect(without.map(unlabelled)).toEqual(report().map((spec) => unlabelled(spec.text)));
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
