import type { ParagraphInput } from "../../../src/core";
import { summaryOutOfSync } from "../../../src/core/rules/summaryOutOfSync";
import { ACTION_TEXTS, rgReport, syncedSummary } from "../support/reports";
import { run } from "./support";

const messages = (paragraphs: ParagraphInput[]) => run(summaryOutOfSync, paragraphs).map((f) => f.message);

describe("summary-out-of-sync", () => {
  it("accepts a summary in sync, whatever the approval's placeholder", () => {
    expect(messages(rgReport())).toEqual([]);
    const summary = syncedSummary();
    summary[summary.length - 1] = {
      ...summary.at(-1)!,
      text: summary.at(-1)!.text.replace("RG-WPR-4", "RG-WPR-n"),
    };
    expect(messages(rgReport({ summary }))).toEqual([]);
  });

  it("reports a body action missing from the summary, and the approval's number", () => {
    const report = rgReport({
      bodyActions: [...ACTION_TEXTS, "WP2 is invited to note the progress – TD263."],
      summary: syncedSummary(),
    });
    expect(messages(report)).toEqual([
      "The report-approval action should be RG-WPR-5, not RG-WPR-4.",
      'RG-WPR-4 ("WP2 is invited to note the progress – …") is missing from the Executive Summary.',
    ]);
  });

  it("reports an extra copy, different text and the order", () => {
    const summary = syncedSummary();
    summary[4] = { ...summary[4]!, text: summary[4]!.text.replace("revised Questions", "new Questions") };
    [summary[5], summary[6]] = [summary[6]!, summary[5]!];
    summary.splice(7, 0, { text: "Action TSAG RG-WPR-9\tWP2 is invited to note an old matter." });
    expect(messages(rgReport({ summary }))).toEqual([
      'The summary\'s RG-WPR-1 differs from the body\'s RG-WPR-1: the body says "revised" where the summary says "new".',
      "The summary lists RG-WPR-2 out of the body's order.",
      'The summary\'s RG-WPR-9 ("WP2 is invited to note an old matter.") is not an action of the body.',
    ]);
  });
});

it("summary-out-of-sync reports a copy numbered differently from its original", () => {
  const summary = syncedSummary();
  summary[5] = { ...summary[5]!, text: summary[5]!.text.replace("RG-WPR-2", "RG-WPR-7") };
  expect(messages(rgReport({ summary }))).toEqual(["The summary numbers RG-WPR-2 as RG-WPR-7."]);
});
