/** Action commands run through the Word adapter against the simulator: sync counts and what survives. */
import { requestsOf, viaOffice } from "./support/officeHost";
import { WordSimulator } from "../../dev/simulator";
import {
  analyseReport,
  findActions,
  insertActionPlan,
  renumberPlan,
  summaryDifferences,
} from "../../src/core";
import { editDocument, readDocument } from "../../src/word";
import { generatedReportWithSummary } from "./helpers";

const labelsOf = (sim: WordSimulator) =>
  sim
    .dump()
    .map((p) => /^Action TSAG RG-WPR-(\w+)/.exec(p.text)?.[1])
    .filter((n): n is string => n !== undefined);

describe("actions in Word", () => {
  it("inserts an action in the middle of a 2,000-paragraph report and renumbers the body and summary in 2 syncs", async () => {
    const sim = new WordSimulator(generatedReportWithSummary(2000));
    const before = labelsOf(sim);
    const count = (before.length - 1) / 2; // body actions; the summary has a copy of each plus the approval action
    // The user puts the cursor in the body action number 50.
    const cursorParagraph = sim.document.paragraphs.find(
      (p, i) => i > 200 && p.text.startsWith("Action TSAG RG-WPR-50\t"),
    )!;
    sim.document.selection = { paragraphId: cursorParagraph.id, start: 3, end: 3 };

    const result = await editDocument(
      viaOffice(sim),
      ({ snapshot, cursor }) =>
        cursor === null
          ? { problem: "no cursor" }
          : (() => {
              const planned = insertActionPlan(snapshot, cursor, {
                group: "RG-WPR",
                target: "WP2",
                verb: "note",
                text: "the progress report",
                documents: ["TD263"],
              });
              return "plan" in planned ? planned.plan : planned;
            })(),
      { cursor: true },
    );

    expect(result.problem).toBeUndefined();
    expect(result.refused).toEqual([]);
    expect(requestsOf(sim).batch).toBe(2);
    const texts = sim.dump().map((p) => p.text);
    const inserted = texts.indexOf(
      "Action TSAG RG-WPR-51\tWP2 is invited to note the progress report – TD263.",
    );
    expect(texts[inserted - 1]).toMatch(/^Action TSAG RG-WPR-50\t/);
    expect(sim.dump()[inserted]!.style).toBe("ITU Action");
    // Every copy numbered consecutively: the summary has the new action's copy (1..count+1), the approval is
    // count+2, the body 1..count+1; the copy sits between the copies of 50 and 52.
    const consecutive = Array.from({ length: count + 1 }, (_, i) => String(i + 1));
    expect(labelsOf(sim)).toEqual([...consecutive, String(count + 2), ...consecutive]);
    expect(
      texts.filter((t) => t.startsWith("Action TSAG RG-WPR-51\tWP2 is invited to note the progress")),
    ).toHaveLength(2);
    // Nothing left for Renumber or the summary check on the document as Word now holds it.
    const reread = await readDocument(viaOffice(sim), {
      bookmarks: true,
      trackChanges: true,
      readOnly: false,
    });
    const analysis = analyseReport(reread, { registry: null });
    expect(renumberPlan(reread, analysis.actions).operations).toEqual([]);
    expect(summaryDifferences(analysis.actions, "RG-WPR")).toEqual([]);
  });

  it("renumbers without touching a hyperlink, a footnote or a comment of the paragraph", async () => {
    const text =
      "Action TSAG RG-WPR-n\tWP2 is invited to approve draft outgoing Liaison Statement on closure – TD328.";
    const sim = new WordSimulator([
      { text: "1\tGeneral", styleBuiltIn: "Heading1" },
      {
        text,
        style: "ITU Action",
        hyperlinks: [{ start: text.indexOf("TD328"), length: 5, address: "https://www.itu.int/md/TD328" }],
        footnotes: [{ start: text.indexOf("closure") + 6, length: 1, text: "See TD263." }],
        comments: [{ start: text.indexOf("Liaison"), length: 17, text: "Check the title" }],
      },
    ]);
    const result = await editDocument(viaOffice(sim), ({ snapshot }) =>
      renumberPlan(snapshot, findActions(snapshot)),
    );
    expect(result.applied).toHaveLength(1);
    const renumbered = text.replace("RG-WPR-n", "RG-WPR-1");
    expect(sim.dump()[1]).toEqual({
      text: renumbered,
      style: "ITU Action",
      hyperlinks: [
        { start: renumbered.indexOf("TD328"), length: 5, address: "https://www.itu.int/md/TD328" },
      ],
      footnotes: [{ start: renumbered.indexOf("closure") + 6, length: 1, text: "See TD263." }],
      comments: [{ start: renumbered.indexOf("Liaison"), length: 17, text: "Check the title" }],
    });
  });

  it("says where the cursor is only when it can tell the paragraph apart", async () => {
    const sim = new WordSimulator([{ text: "" }, { text: "" }, { text: "" }, { text: "Unique" }]);
    const cursors: (number | null)[] = [];
    for (const paragraph of [sim.document.paragraphs[1]!, sim.document.paragraphs[3]!]) {
      sim.document.selection = { paragraphId: paragraph.id, start: 0, end: 0 };
      await editDocument(
        viaOffice(sim),
        ({ cursor }) => (cursors.push(cursor), { label: "nothing", operations: [] }),
        {
          cursor: true,
        },
      );
    }
    expect(cursors).toEqual([1, 3]);
  });
});
