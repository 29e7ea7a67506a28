/**
 * The acceptance scenario: Word on the web, a 10,000-paragraph report with 200 bookmarks (hidden ones
 * included), tracked changes on list items, footnote marks, Shift+Enter breaks, text and a paragraph deleted under
 * tracking. Every command of the pane succeeds through Microsoft's runtime under a 5 MB payload limit, no request
 * or response exceeds 2 MB, and the findings are those of the same report with every revision accepted.
 */
import { OfficeJsHost } from "../../dev/officeHost/host";
import { WordSimulator } from "../../dev/simulator";
import { CAPABILITIES, COMMANDS } from "../../bench/commands";
import { syntheticRegistry, syntheticReport, withWordFeatures } from "../../bench/generate";
import { ALL_RULES, checkDocument, indexRegistry, type Finding } from "../../src/core";
import { readDocument, type ApplyResult } from "../../src/word";

const SPECS = withWordFeatures(syntheticReport(10_000));
const REGISTRY = indexRegistry(syntheticRegistry(20_000));
const MB = 1024 * 1024;

function onTheWeb(accepted = false): { sim: WordSimulator; host: OfficeJsHost } {
  const sim = new WordSimulator(SPECS);
  if (accepted) sim.document.acceptAllRevisions();
  sim.document.platform = "web";
  return { sim, host: new OfficeJsHost(sim, { payloadLimit: 5 * MB }) };
}

/** A finding as the user reads it: its paragraph index differs by the deleted paragraph, which stays in Word. */
const asRead = (finding: Finding) =>
  JSON.stringify([
    finding.rule,
    finding.severity,
    finding.message,
    finding.start,
    finding.excerpt,
    finding.location,
  ]);

describe("Word on the web, 10,000 paragraphs with Word's hard parts", () => {
  it("has them all", () => {
    const bookmarks = SPECS.flatMap((spec) => spec.bookmarks ?? []).map((b) =>
      typeof b === "string" ? b : b.name,
    );
    expect(bookmarks).toHaveLength(200);
    expect(bookmarks.filter((name) => name.startsWith("_")).length).toBeGreaterThan(150);
    expect(SPECS.some((spec) => spec.list && spec.deletions)).toBe(true);
    expect(SPECS.some((spec) => spec.text.includes("\u0002"))).toBe(true);
    expect(SPECS.some((spec) => spec.text.includes("\u000b"))).toBe(true);
    expect(SPECS.filter((spec) => spec.deletedUnderTracking)).toHaveLength(1);
  });

  it("finds what it finds on the same report with every revision accepted", async () => {
    const tracked = onTheWeb();
    const accepted = onTheWeb(true);
    const check = async (host: OfficeJsHost) =>
      checkDocument(await readDocument(host, CAPABILITIES), { registry: REGISTRY, rules: ALL_RULES });
    const [withRevisions, withoutRevisions] = [await check(tracked.host), await check(accepted.host)];
    expect(withRevisions.length).toBeGreaterThan(100);
    expect(withRevisions.map(asRead)).toEqual(withoutRevisions.map(asRead));
    // The deleted "TD9998" and "TD9999" are not reported: the reader of the accepted report does not see them.
    expect(withRevisions.some((finding) => /TD999[89]/.test(finding.excerpt))).toBe(false);
  });

  it.each(COMMANDS.map((command) => [command.name, command] as const))(
    "%s succeeds, each request and response ≤ 2 MB",
    async (_name, command) => {
      const { sim, host } = onTheWeb();
      const prepared = command.prepare ? await command.prepare(host) : undefined;
      const result = (await command.run(host, sim, REGISTRY, prepared)) as Partial<ApplyResult>;
      if (result.refused) {
        // Refused only where a paragraph carries tracked changes, by design; never "not found" or half written.
        expect(
          result.refused.filter((r) => r.reason !== "has-revisions" && r.reason !== "not-applied"),
        ).toEqual([]);
      }
      for (const request of host.requests) {
        expect(request.requestBytes).toBeLessThanOrEqual(2 * MB);
        expect(request.responseBytes).toBeLessThanOrEqual(2 * MB);
      }
      expect(host.liveReferences).toBe(0);
    },
  );

  it("a session: an action inserted mid-report keeps the summary and the numbering in step", async () => {
    const { sim, host } = onTheWeb();
    const run = async (name: string) => {
      const command = COMMANDS.find((c) => c.name === name)!;
      const prepared = command.prepare ? await command.prepare(host) : undefined;
      return (await command.run(host, sim, REGISTRY, prepared)) as ApplyResult;
    };
    const inserted = await run("insert action");
    // The new block, its copy in the Executive Summary, and the blocks and copies after them renumbered.
    expect(inserted.applied.length).toBeGreaterThan(2);
    expect(inserted.refused).toEqual([]);
    expect((await run("build summary (apply)")).applied).toEqual([]);
    expect(await run("renumber")).toEqual({ applied: [], refused: [] });
  });
});
