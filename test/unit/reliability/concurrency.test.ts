/**
 * No lost text under concurrency: fast-check's scheduler interleaves the user's typing with every editing command,
 * at every round trip of every batch, in every order. In each schedule every character the user typed survives,
 * and the command either applies fully, or refuses before writing and names the paragraphs that changed (a
 * concurrent edit between its read and its write is found by Word's search failing, and reported as a refusal).
 * Twice: on a short report in Word desktop, and on a 10,000-paragraph report in Word on the web with tracked
 * changes, bookmarks, footnote marks and line breaks, read in pages and written in chunks.
 */
import { viaOffice } from "../support/officeHost";
import fc from "fast-check";
import { WordSimulator, type SimParagraphSpec } from "../../../dev/simulator";
import {
  ALL_RULES,
  buildSummary,
  checkDocument,
  compareSummary,
  defaultRemovals,
  analyseReport,
  findActions,
  findAllReferences,
  insertActionPlan,
  linkReferencesPlan,
  renumberPlan,
  summaryPlan,
  type RegistryIndex,
} from "../../../src/core";
import { applyEdits, editDocument, readDocument, type ApplyResult, type WordHost } from "../../../src/word";
import { fixtureRegistry } from "../support/fixtures";
import { generatedReport } from "../helpers";
import { withWordFeatures } from "../../../bench/generate";

const REPORT: SimParagraphSpec[] = [
  { text: "TSAG-TD172" },
  { text: "Executive Summary", styleBuiltIn: "Heading1" },
  { text: "RG-WPR is pleased to bring the following actions to the attention of WP2:" },
  {
    text: "Action TSAG RG-WPR-1\tWP2 is invited to adopt revised Questions (all in TD270).",
    style: "ITU Action",
  },
  {
    text: "Action TSAG RG-WPR-7\tWP2 is invited to approve an action the body no longer has – TD999.",
    style: "ITU Action",
  },
  {
    text: "Action TSAG RG-WPR-n\tWP2 is invited to approve the RG-WPR meeting report – TD172.",
    style: "ITU Action",
  },
  { text: "1\tGeneral", styleBuiltIn: "Heading1" },
  { text: "The agenda in TD171R1 (Rapporteur) was adopted; TD270 and TD177 were noted." },
  {
    text: "Action TSAG RG-WPR-1\tWP2 is invited to adopt revised Questions (all in TD270).",
    style: "ITU Action",
  },
  {
    text: "Text highlighted in yellow to be completed.",
    highlights: [{ start: 0, length: 16, color: "Yellow" }],
  },
  {
    text: "Action TSAG RG-WPR-n\tWP2 is invited to approve draft outgoing Liaison Statement – TD327.",
    style: "ITU Action",
  },
  { text: "2\tClosing", styleBuiltIn: "Heading1" },
];

const CAPABILITIES = { bookmarks: true, trackChanges: true, readOnly: false };
/** The text the last summary preview was made from: what the user saw before applying it. */
let previewed = "";
type Command = (host: WordHost, registry: RegistryIndex) => Promise<ApplyResult>;

/** Every editing command, as the pane runs it (fixes and previews are planned from a read, then applied). */
const COMMANDS: Record<string, Command> = {
  "insert action": (host) =>
    editDocument(
      host,
      ({ snapshot, cursor }) => {
        const result = insertActionPlan(snapshot, cursor ?? 7, {
          group: "RG-WPR",
          target: "WP2",
          verb: "note",
          text: "the progress",
          documents: ["TD263"],
        });
        return "plan" in result ? result.plan : result;
      },
      { cursor: true },
    ),
  renumber: (host) => editDocument(host, ({ snapshot }) => renumberPlan(snapshot, findActions(snapshot))),
  "rebuild summary": async (host) => {
    const snapshot = await readDocument(host, CAPABILITIES);
    previewed = snapshot.paragraphs.map((p) => p.text).join("\n");
    const analysis = analyseReport(snapshot, { registry: null });
    const comparison = compareSummary(analysis, buildSummary(analysis, { group: "RG-WPR", parent: "WP2" }));
    return applyEdits(host, summaryPlan(snapshot, comparison, defaultRemovals(comparison)));
  },
  "quick fixes": async (host, registry) => {
    const snapshot = await readDocument(host, CAPABILITIES);
    const fixes = checkDocument(snapshot, { registry, rules: ALL_RULES }).flatMap((f) =>
      f.fix && f.rule !== "summary-out-of-sync" ? [f.fix] : [],
    );
    const fix = fixes.find((plan) => plan.label.startsWith("Cite")) ?? fixes[0]!;
    return applyEdits(host, fix);
  },
  "link references": async (host, registry) => {
    const snapshot = await readDocument(host, CAPABILITIES);
    return applyEdits(host, linkReferencesPlan(snapshot, findAllReferences(snapshot), registry).plan);
  },
};

const figures = {
  schedules: 0,
  charactersLost: 0,
  applied: 0,
  refused: 0,
  previewedReplacements: 0,
};

const SETTINGS = [
  { name: "Word desktop, a short report", report: REPORT, platform: "desktop", runs: 250 },
  {
    name: "Word on the web, 10,000 paragraphs with tracked changes",
    report: [...REPORT, ...withWordFeatures(generatedReport(10_000))],
    platform: "web",
    runs: 4,
  },
] as const;

describe.each(SETTINGS)("no lost text under concurrency: $name", ({ report: REPORT, platform, runs }) => {
  const registry = fixtureRegistry();

  it.each(Object.keys(COMMANDS))("%s, interleaved with the user's typing", async (name) => {
    await fc.assert(
      fc.asyncProperty(
        fc.scheduler(),
        fc.array(fc.record({ paragraph: fc.nat({ max: REPORT.length - 1 }), atStart: fc.boolean() }), {
          minLength: 1,
          maxLength: 3,
        }),
        async (s, edits) => {
          const sim = new WordSimulator(REPORT);
          sim.document.platform = platform;
          sim.document.selection = { paragraphId: sim.document.paragraphs[7]!.id, start: 0, end: 0 };
          previewed = "";
          sim.roundTrip = () => s.schedule(Promise.resolve(), "Word answers");
          const typed = edits.map((edit, i) => {
            const entry = {
              marker: `⟪user ${i}⟫`,
              inSummary: false,
              done: Promise.resolve(),
            };
            entry.done = s.schedule(Promise.resolve(), `user types ${entry.marker}`).then(() => {
              const index = edit.paragraph % sim.document.paragraphs.length;
              const paragraph = sim.document.paragraphs[index]!;
              entry.inSummary = index >= 2 && index <= 5;
              sim.document.type(paragraph, edit.atStart ? 0 : paragraph.text.length, entry.marker);
            });
            return entry;
          });
          const outcome = COMMANDS[name]!(viaOffice(sim), registry).then(
            (result) => ({ result }),
            (error: unknown) => ({ error }),
          );
          // Release the scheduled steps, in the order fast-check picks, until the command is over; then the rest.
          const settled = await s.waitFor(outcome);
          await s.waitAll();
          await Promise.all(typed.map((t) => t.done));

          figures.schedules++;
          const text = sim
            .dump()
            .map((p) => p.text)
            .join("\n");
          // A rebuild replaces the summary's generated lines with what the body implies: text typed there that the
          // preview read is shown in the preview as words that will go, and the user applies knowingly.
          const mustSurvive = typed.filter(
            (t) => !(name === "rebuild summary" && t.inSummary && previewed.includes(t.marker)),
          );
          figures.previewedReplacements += typed.length - mustSurvive.length;
          const lost = mustSurvive.filter(({ marker }) => !text.includes(marker));
          for (const { marker } of lost) figures.charactersLost += marker.length;
          if (lost.length && process.env.DEBUG_CONCURRENCY)
            console.log(
              JSON.stringify({ typed, report: s.report().map((t) => t.label), text, settled }, null, 1),
            );
          expect(lost.map(({ marker }) => marker)).toEqual([]);

          // Never an error: a search that no longer matches (the user typed there) is a refusal.
          expect(settled).not.toHaveProperty("error");
          const result = (settled as { result: ApplyResult }).result;
          if (result.refused.length > 0) {
            // All or nothing: one write chunk for the short report; in chunks for the long one, where the chunks
            // before the failed one are written (applyEdits.ts).
            if (REPORT.length < 100) expect(result.applied).toEqual([]);
            const changed = result.refused.filter((r) => r.reason === "paragraph-changed");
            expect(changed.length).toBeGreaterThan(0);
            figures.refused++;
          } else {
            figures.applied++;
          }
        },
      ),
      { numRuns: runs },
    );
  });

  afterAll(() => {
    console.log(
      `Concurrency: ${figures.schedules} schedules, ${figures.charactersLost} characters lost; ` +
        `applied ${figures.applied}, refused ${figures.refused}; ` +
        `${figures.previewedReplacements} summary edits made before the preview were replaced as the preview showed.`,
    );
  });
});
