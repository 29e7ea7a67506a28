/**
 * What tsag-check lists instead of checking: the references (--references), the actions (--actions) and what the
 * Summary area's Preview would show (--summary). Each reads the file's one analysis; nothing is worked out again.
 */
import { buildSummary, compareSummary, documentsOf, type ReportAnalysis, type SummaryEntry } from "../core";

export type ListingFormat = "text" | "json";
export type Analysed = readonly { file: string; analysis: ReportAnalysis }[];

export function referencesOutput(analysed: Analysed, format: ListingFormat): string {
  const files = analysed.map(({ file, analysis }) => ({
    file,
    references: analysis.references.map((r) => ({
      kind: r.kind,
      id: r.id,
      revision: r.revision,
      paragraph: r.paragraph + 1,
      start: r.start,
      length: r.length,
      attribution: r.attribution?.text ?? null,
    })),
  }));
  if (format === "json") return JSON.stringify({ files });
  return files
    .flatMap(({ file, references }) =>
      references.length === 0
        ? [`${file}: no reference found`]
        : references.map(
            (r) =>
              `${file}:${r.paragraph}:${r.start + 1}: ${r.id}${r.revision ? `R${r.revision}` : ""}${r.attribution ? ` (${r.attribution})` : ""}`,
          ),
    )
    .join("\n");
}

/** The actions for the working party in document order, then the group's own actions, listed apart. */
export function actionsOutput(analysed: Analysed, format: ListingFormat): string {
  const files = analysed.map(({ file, analysis }) => ({
    file,
    convention: analysis.convention,
    actions: analysis.actions.map((action) => ({
      number: action.number,
      group: action.group,
      label: action.label,
      target: action.target,
      verb: action.verb,
      text: action.text,
      documents: documentsOf(action.references),
      location: action.inSummary ? "summary" : "body",
      paragraph: action.paragraph + 1,
    })),
    groupActions: analysis.ownActions.map((action) => ({
      group: action.group,
      text: action.text,
      documents: documentsOf(action.references),
      paragraph: action.paragraph + 1,
    })),
  }));
  if (format === "json") return JSON.stringify({ files });
  const cited = (documents: readonly string[]) => (documents.length ? ` (${documents.join(", ")})` : "");
  return files
    .flatMap(({ file, actions, groupActions }) => [
      ...(actions.length + groupActions.length === 0 ? [`${file}: no action found`] : []),
      ...actions.map(
        (a) => `${file}:${a.paragraph}: [${a.location}] ${a.label}: ${a.text}${cited(a.documents)}`,
      ),
      ...groupActions.map(
        (a) => `${file}:${a.paragraph}: [for ${a.group} itself] ${a.text}${cited(a.documents)}`,
      ),
    ])
    .join("\n");
}

const STATUS_WORDS: Record<SummaryEntry["status"], string> = {
  unchanged: "unchanged",
  changed: "changed",
  added: "added",
  removed: "removed",
  handwritten: "hand-written",
};

interface SummaryListing {
  exists: boolean;
  convention: "blocks" | "list";
  paragraphs: { status: string; text: string }[];
}

/** What Preview would show; null with a sentence when the group or its working party is unknown. */
export function summaryOf(analysis: ReportAnalysis): SummaryListing | string {
  const { documentGroup: group, parentGroup: parent } = analysis;
  const exists = analysis.structure.section !== null;
  if (!group)
    return "the report's group is not in its header, title or actions: the summary cannot be built.";
  if (!parent && analysis.convention !== "list")
    return `the working party ${group} reports to is not in the report: the summary cannot be built.`;
  const built = buildSummary(analysis, { group, parent: parent ?? "" });
  const comparison = compareSummary(analysis, built);
  return {
    exists,
    convention: built.convention,
    paragraphs: comparison.entries.map((entry) => ({
      status: STATUS_WORDS[entry.status],
      text: entry.line?.text ?? entry.existingText ?? "",
    })),
  };
}

export function summaryOutput(
  analysed: Analysed,
  format: ListingFormat,
  warn: (sentence: string) => void,
): string {
  const files = analysed.map(({ file, analysis }) => {
    const summary = summaryOf(analysis);
    if (typeof summary === "string") {
      // Said on stderr for JSON's readers; the text line says it itself.
      if (format === "json") warn(`${file}: ${summary}`);
      return {
        file,
        summary: {
          exists: analysis.structure.section !== null,
          convention: analysis.convention ?? "blocks",
          paragraphs: [],
        },
        problem: summary,
      };
    }
    return { file, summary, problem: null };
  });
  if (format === "json")
    return JSON.stringify({
      files: files.map(({ file, summary, problem }) => ({ file, summary, ...(problem ? { problem } : {}) })),
    });
  return files
    .flatMap(({ file, summary, problem }) => {
      const convention =
        summary.convention === "list" ? "actions listed for the working party" : "action blocks";
      const state = summary.exists
        ? "has a summary of actions"
        : problem === null
          ? "has no summary of actions; Preview would add one"
          : "has no summary of actions";
      return [
        `${file}: ${state} (${convention})${problem === null ? "" : `; ${problem}`}`,
        ...summary.paragraphs.map((p) => `  ${p.status}: ${p.text.replace(/\t/g, " ")}`),
      ];
    })
    .join("\n");
}
