import fc from "fast-check";
import {
  createSnapshot,
  detectGroup,
  exportForAgenda,
  findActions,
  insertActionPlan,
  renumberPlan,
  type ParagraphInput,
} from "../../src/core";
import { applyPlan } from "./support/applyPlan";

const snapshotOf = (lines: (string | ParagraphInput)[]) =>
  createSnapshot(lines.map((line) => (typeof line === "string" ? { text: line } : line)));

describe("recognising actions", () => {
  it("reads an action block: number, group, target, verb, references", () => {
    const [action] = findActions(
      snapshotOf([
        "Action TSAG RG-WPR-3\tWP2 is invited to approve draft outgoing Liaison Statement on closure – TD328.",
      ]),
    );
    expect(action).toMatchObject({
      form: "block",
      group: "RG-WPR",
      number: 3,
      placeholder: null,
      numberSpan: { start: 19, length: 1 },
      label: "Action TSAG RG-WPR-3",
      target: "WP2",
      verb: "approve",
      inSummary: false,
    });
    expect(action!.references.map((r) => r.id)).toEqual(["TD328"]);
  });

  it.each([
    ["Action TSAG RG-IES-12   TSAG is invited to note …", "RG-IES", 12, null],
    ["Action TSAG WP2-4\tTSAG is invited to agree …", "WP2", 4, null],
    [
      "Action TSAG RG-WPR-n\tWP2 is invited to approve the RG-WPR meeting report – TD172.",
      "RG-WPR",
      null,
      "n",
    ],
    ["Action TSAG RG-DT-?\tWP2 is invited to …", "RG-DT", null, "?"],
    ["Action TSAG RG-DT\tWP2 is invited to …", "RG-DT", null, ""],
    ["Action TSAG RG-WPR-1234\tWP2 is invited to note …", "RG-WPR", 1234, null],
  ])("%s", (text, group, number, placeholder) => {
    expect(findActions(snapshotOf([text]))[0]).toMatchObject({ group, number, placeholder });
  });

  it.each([
    [
      "· RG-IES-1: WP1 to request TSAG Plenary to approve RG-IES Terms of reference",
      "RG-IES",
      1,
      [],
      "WP1",
      "request",
    ],
    ["· WP2-4: Approve the RG-WPR meeting report, TD106.", "WP2", 4, [], null, "approve"],
    [
      "Anticipated action WP2-9: Approve Liaison Statement on lead SG role, TD139",
      "WP2",
      9,
      [],
      null,
      "approve",
    ],
    ["· RG-WPR-2, 3, 4, 5: Adopt revised Questions Q3/17", "RG-WPR", 2, [3, 4, 5], null, "adopt"],
    [
      "Anticipated Action WP2-X: Agree the text of Resolution 68 as shown in TD",
      "WP2",
      null,
      [],
      null,
      "agree",
    ],
  ])("list form %s", (text, group, number, moreNumbers, target, verb) => {
    expect(findActions(snapshotOf([text]))[0]).toMatchObject({
      form: "list",
      group,
      number,
      moreNumbers,
      target,
      verb,
    });
  });

  it.each([
    "Action:               Review, approval, follow up on requests.",
    "Action required:\tTSAG/WP1 is invited to consider the following actions.",
    "IoT identification and NNAI aspects (WTSA-24 Action 9)",
    "Action for RG-IES:",
    "TSAG-TD7R1: the terms of reference",
    "Note: this is not an action.",
  ])("is not an action: %s", (text) => {
    expect(findActions(snapshotOf([text]))).toEqual([]);
  });

  it("tells the Executive Summary's copies from the body's actions", () => {
    const actions = findActions(
      snapshotOf([
        "Executive Summary",
        "Action TSAG RG-WPR-1\tWP2 …",
        { text: "1\tGeneral" },
        "Action TSAG RG-WPR-1\tWP2 …",
      ]),
    );
    expect(actions.map((a) => a.inSummary)).toEqual([true, false]);
  });
});

describe("the report's group", () => {
  it("comes from the header's source, else the title, else the action blocks", () => {
    expect(detectGroup(snapshotOf(["Source:", "Rapporteur, RG-IES"]), [])).toEqual({
      group: "RG-IES",
      from: "header source",
    });
    expect(detectGroup(snapshotOf(["Title:", "Draft report of TSAG RG-DT meeting"]), [])).toEqual({
      group: "RG-DT",
      from: "title",
    });
    const blocks = snapshotOf([
      "Action TSAG RG-WM-1\tWP1 …",
      "Action TSAG RG-WM-2\tWP1 …",
      "Action TSAG RG-IES-1\tWP1 …",
    ]);
    expect(detectGroup(blocks, findActions(blocks))).toEqual({ group: "RG-WM", from: "action blocks" });
  });
});

/** A report: summary with copies of the body actions and the approval action, then the body. */
function report(
  numbers: (number | string)[],
  summaryNumbers: (number | string)[] = numbers,
  approval: number | string = "n",
): ParagraphInput[] {
  const text = (i: number) =>
    `WP2 is invited to approve draft outgoing Liaison Statement number ${i} – TD${300 + i}.`;
  return [
    { text: "Executive Summary" },
    { text: "RG-WPR is pleased to bring the following actions to the attention of WP2:" },
    ...summaryNumbers.map((n, i) => ({ text: `Action TSAG RG-WPR-${n}\t${text(i)}`, style: "ITU Action" })),
    {
      text: `Action TSAG RG-WPR-${approval}\tWP2 is invited to approve the RG-WPR meeting report – TD172.`,
      style: "ITU Action",
    },
    { text: "1\tGeneral", styleBuiltIn: "Heading1" },
    ...numbers.flatMap((n, i) => [
      { text: `Discussion ${i} of TD${200 + i}.` },
      { text: `Action TSAG RG-WPR-${n}\t${text(i)}`, style: "ITU Action" },
    ]),
  ];
}

const labels = (paragraphs: readonly ParagraphInput[]) =>
  findActions(createSnapshot(paragraphs)).map(
    (a) => `${a.inSummary ? "S" : "B"}${a.number ?? a.placeholder}`,
  );

/** The text with the number token of every "Action TSAG RG-WPR-…" label removed (the reports here use RG-WPR only). */
const withoutNumbers = (paragraphs: readonly ParagraphInput[]) =>
  paragraphs.map((p) => {
    const tab = p.text.indexOf("\t");
    const head = tab < 0 ? p.text : p.text.slice(0, tab);
    return (
      (head.startsWith("Action TSAG RG-WPR") ? "Action TSAG RG-WPR" : head) +
      (tab < 0 ? "" : p.text.slice(tab))
    );
  });

const renumber = (paragraphs: readonly ParagraphInput[]) => {
  const snapshot = createSnapshot(paragraphs);
  return applyPlan(paragraphs, renumberPlan(snapshot, findActions(snapshot)));
};

const numberToken = fc.oneof(fc.integer({ min: 1, max: 12 }), fc.constantFrom("n", "x", "X", "?", "#"));

describe("renumbering", () => {
  it("numbers the body 1..N, gives the summary copies their originals' numbers and the approval N+1", () => {
    expect(labels(renumber(report([3, "n", 3], [1, 1, 7])))).toEqual([
      "S1",
      "S2",
      "S3",
      "S4",
      "B1",
      "B2",
      "B3",
    ]);
  });

  it("is idempotent, and changes nothing but number tokens (property)", () => {
    fc.assert(
      fc.property(
        fc.array(numberToken, { maxLength: 12 }),
        fc.array(numberToken, { maxLength: 12 }),
        numberToken,
        (body, summary, approval) => {
          const input = report(body, summary.slice(0, body.length), approval);
          const once = renumber(input);
          const snapshot = createSnapshot(once);
          expect(renumberPlan(snapshot, findActions(snapshot)).operations).toEqual([]);
          expect(withoutNumbers(once)).toEqual(withoutNumbers(input));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("ends numbered 1..N after any sequence of inserts, deletes and moves (property)", () => {
    const edit = fc.oneof(
      fc.record({ kind: fc.constant("insert" as const), at: fc.nat() }),
      fc.record({ kind: fc.constant("delete" as const), at: fc.nat() }),
      fc.record({ kind: fc.constant("move" as const), at: fc.nat(), to: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 15 }), (edits) => {
        let paragraphs = renumber(report([1, 2, 3, 4]));
        for (const step of edits) {
          const snapshot = createSnapshot(paragraphs);
          const actions = findActions(snapshot);
          const body = actions.filter((a) => !a.inSummary);
          const bodyStart = snapshot.paragraphs.findIndex((p) => p.text === "1\tGeneral");
          if (step.kind === "insert") {
            const after = bodyStart + (step.at % (paragraphs.length - bodyStart));
            const draft = {
              group: "RG-WPR",
              target: "WP2",
              verb: "note",
              text: `item ${paragraphs.length}`,
              documents: [],
            };
            const result = insertActionPlan(snapshot, after, draft);
            if ("plan" in result) {
              paragraphs = applyPlan(paragraphs, result.plan);
              // Insertion keeps the body numbered by itself.
              expect(labels(paragraphs).filter((l) => l.startsWith("B"))).toEqual(
                findActions(createSnapshot(paragraphs))
                  .filter((a) => !a.inSummary)
                  .map((_, i) => `B${i + 1}`),
              );
            }
          } else if (body.length > 0) {
            const victim = body[step.at % body.length]!;
            const [removed] = paragraphs.splice(victim.paragraph, 1);
            if (step.kind === "move") {
              const to = bodyStart + (step.to % (paragraphs.length - bodyStart));
              paragraphs.splice(to + 1, 0, removed!);
            }
          }
        }
        const result = labels(renumber(paragraphs)).filter((l) => l.startsWith("B"));
        expect(result).toEqual(result.map((_, i) => `B${i + 1}`));
      }),
      { numRuns: 300 },
    );
  });
});

describe("inserting an action", () => {
  it("numbers it for its position, inserts its summary copy and renumbers later actions and copies, in one plan", () => {
    const paragraphs = renumber(report([1, 2, 3]));
    const snapshot = createSnapshot(paragraphs);
    const firstBodyAction = findActions(snapshot).find((a) => !a.inSummary)!.paragraph;
    const result = insertActionPlan(snapshot, firstBodyAction, {
      group: "RG-WPR",
      target: "WP2",
      verb: "approve",
      text: "draft outgoing Liaison Statement on closure of Joint Correspondence Groups",
      documents: ["TD328"],
    });
    if (!("plan" in result)) throw new Error(result.problem);
    expect(result.number).toBe(2);
    const after = applyPlan(paragraphs, result.plan);
    expect(labels(after)).toEqual(["S1", "S2", "S3", "S4", "S5", "B1", "B2", "B3", "B4"]);
    // The copy is the body's text, so that the summary stays in step (nothing left for Renumber or the rebuild).
    const inserted =
      "Action TSAG RG-WPR-2\tWP2 is invited to approve draft outgoing Liaison Statement on closure of Joint Correspondence Groups – TD328.";
    expect(after.filter((p) => p.text === inserted)).toHaveLength(2);
    const snapshotAfter = createSnapshot(after);
    expect(renumberPlan(snapshotAfter, findActions(snapshotAfter)).operations).toEqual([]);
    expect(after[firstBodyAction + 2]).toEqual({
      text: "Action TSAG RG-WPR-2\tWP2 is invited to approve draft outgoing Liaison Statement on closure of Joint Correspondence Groups – TD328.",
      style: "ITU Action",
    });
  });

  it("refuses a place in the summary or in a table, with a sentence", () => {
    const snapshot = createSnapshot([
      ...report([1]),
      { text: "cell", table: { table: 0, row: 0, cell: 0, nesting: 1 } },
    ]);
    const draft = { group: "RG-WPR", target: "WP2", verb: "note", text: "x", documents: [] };
    expect(insertActionPlan(snapshot, 0, draft)).toEqual({
      problem:
        "The cursor is still at the start of the document, where Word puts it on opening: click in the body of the report, in the paragraph after which the action should go, then insert again.",
    });
    expect(insertActionPlan(snapshot, 1, draft)).toEqual({
      problem:
        "The cursor is in the header or the Executive Summary: click in the body of the report, in the paragraph after which the action should go (the summary gets its copy at the same time).",
    });
    expect(insertActionPlan(snapshot, snapshot.paragraphs.length - 1, draft)).toMatchObject({
      problem: expect.stringMatching(/outside tables/),
    });
  });
});

describe("export for the WP agenda", () => {
  it("writes the body actions in the agenda's wording, as text and as an HTML table", () => {
    const snapshot = createSnapshot([
      { text: "Action TSAG RG-WPR-1\tWP2 is invited to approve draft LS on <closure> – TD328." },
      { text: "Action TSAG RG-WPR-2\tWP2 is invited to adopt revised Questions (TD270, TD171R2)." },
    ]);
    const { text, html } = exportForAgenda(snapshot);
    expect(text).toBe(
      "RG-WPR-1: Approve draft LS on <closure> – TD328.\nRG-WPR-2: Adopt revised Questions (TD270, TD171R2).",
    );
    expect(html).toMatch(
      /<tr><td [^>]*>RG-WPR-1<\/td><td [^>]*>Approve draft LS on &lt;closure&gt; – TD328\.<\/td><td [^>]*>TD328<\/td><\/tr>/,
    );
    expect(html).toMatch(/<td [^>]*>TD270, TD171R2<\/td>/);
    expect(html).toContain("border:1px solid #000"); // Word keeps inline borders when the table is pasted
  });

  it("puts the report-approval action first, as the WP's own item, and counts what it exports", () => {
    const snapshot = createSnapshot([
      { text: "Executive Summary" },
      { text: "Action TSAG RG-WPR-1\tWP2 is invited to note the progress – TD263." },
      { text: "Action TSAG RG-WPR-2\tWP2 is invited to approve the RG-WPR meeting report – TD172." },
      { text: "1\tGeneral", styleBuiltIn: "Heading1" },
      { text: "Action TSAG RG-WPR-1\tWP2 is invited to note the progress – TD263." },
    ]);
    const exported = exportForAgenda(snapshot, "WP2");
    expect(exported.text).toBe(
      "WP2-X: Approve the RG-WPR meeting report – TD172.\nRG-WPR-1: Note the progress – TD263.",
    );
    expect(exported.count).toBe(2);
    expect(exportForAgenda(createSnapshot([])).count).toBe(0);
  });
});
