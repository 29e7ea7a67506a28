import {
  Badge,
  Button,
  Checkbox,
  makeStyles,
  Spinner,
  Text,
  tokens,
  useAnnounce,
} from "@fluentui/react-components";
import { useState } from "react";
import {
  buildSummary,
  compareSummary,
  defaultRemovals,
  newSummaryPlaceText,
  summaryPlan,
  type BuiltSummary,
  type DocumentSnapshot,
  type ReportAnalysis,
  type SummaryComparison,
  type SummaryEntry,
} from "../../core";
import { plural } from "../format";
import { useDelayedFlag } from "../hooks/useDelayedFlag";
import type { DocumentCheck } from "../hooks/useDocumentCheck";
import { useEditReport } from "../hooks/useEditReport";
import { MessageSlot, useSay } from "../messages";
import { useAreaStyles } from "./areaStyles";

const useStyles = makeStyles({
  entry: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
  },
  text: { whiteSpace: "pre-wrap", overflowWrap: "anywhere", fontSize: tokens.fontSizeBase200 },
  removed: { textDecorationLine: "line-through", color: tokens.colorPaletteRedForeground1 },
  added: { textDecorationLine: "underline", color: tokens.colorPaletteGreenForeground1 },
});

const STATUS_LABELS: Record<
  SummaryEntry["status"],
  { label: string; color: "success" | "warning" | "danger" | "informative" | "subtle" }
> = {
  unchanged: { label: "unchanged", color: "subtle" },
  changed: { label: "will change", color: "warning" },
  added: { label: "will be added", color: "success" },
  removed: { label: "no longer in the body", color: "danger" },
  handwritten: { label: "written by hand", color: "informative" },
};

interface Preview {
  group: string;
  parent: string;
  snapshot: DocumentSnapshot;
  analysis: ReportAnalysis;
  built: BuiltSummary;
  comparison: SummaryComparison;
  removals: Set<number>;
  openings: number[];
}

interface Props {
  canEdit: boolean;
  documentCheck: DocumentCheck;
}

/** "The Executive Summary", or — in a report that lists its actions — its lists, by their heading. */
function summaryName(comparison: SummaryComparison): string {
  const title = comparison.summary?.title ?? "Executive Summary";
  return title === "Executive Summary" ? "The Executive Summary" : `The summary of actions (“${title}”)`;
}

function preview(analysis: ReportAnalysis, group: string, parent: string, openings?: number[]): Preview {
  const { snapshot } = analysis;
  const built = buildSummary(analysis, { group, parent, ...(openings ? { openings } : {}) });
  const comparison = compareSummary(analysis, built);
  const chosen = openings ?? built.openingCandidates.filter((c) => c.picked).map((c) => c.paragraph);
  return {
    group,
    parent,
    snapshot,
    analysis,
    built,
    comparison,
    removals: defaultRemovals(comparison),
    openings: chosen,
  };
}

export function SummaryArea({ canEdit, documentCheck }: Props) {
  const styles = { ...useAreaStyles(), ...useStyles() };
  const { announce } = useAnnounce();
  const { busy, check, apply } = documentCheck;
  const say = useSay("summary");
  const reportEdit = useEditReport(say);
  const showProgress = useDelayedFlag(busy);
  const [state, setState] = useState<Preview | null>(null);

  /** Reads the document, then previews; the group and working party are detected on that fresh read. */
  const showPreview = async (): Promise<Preview | null> => {
    const result = await check();
    if (!result) return null;
    // The read's analysis was made with the user's choices: its group and WP are the ones in force.
    const group = result.analysis.documentGroup ?? "";
    const parent = result.analysis.parentGroup ?? "";
    if (!group || !parent) {
      setState(null);
      say({
        intent: "warning",
        title: "Nothing to preview yet",
        text: !group
          ? "The report's group was not found in the header, the title or the action blocks: type it in the Actions area (\"Report's group\"), then preview again."
          : `The working party ${group} reports to is not in the registry or the actions: type it in the Actions area ("Reports to"), then preview again.`,
      });
      return null;
    }
    const next = preview(result.analysis, group, parent);
    setState(next);
    const changes = next.comparison.entries.filter(
      (e) => e.status !== "unchanged" && e.status !== "handwritten",
    ).length;
    announce(
      next.comparison.upToDate
        ? `${summaryName(next.comparison)} is up to date.`
        : `${plural(changes, "change")} to review.`,
      { polite: true },
    );
    return next;
  };

  const applyPreview = async () => {
    if (!state) return;
    say(null);
    const plan = summaryPlan(state.snapshot, state.comparison, state.removals);
    const result = await apply(plan);
    if (result && result.applied.length > 0) await showPreview();
    // The (Re)build button goes once the summary is up to date: the result takes the focus.
    reportEdit(plan.label, result, { focus: true });
  };

  const toggleRemoval = (paragraph: number, remove: boolean) => {
    if (!state) return;
    const removals = new Set(state.removals);
    if (remove) removals.add(paragraph);
    else removals.delete(paragraph);
    setState({ ...state, removals });
  };

  const toggleOpening = (paragraph: number, copy: boolean) => {
    if (!state) return;
    const openings = copy
      ? [...state.openings, paragraph].sort((a, b) => a - b)
      : state.openings.filter((p) => p !== paragraph);
    setState(preview(state.analysis, state.group, state.parent, openings));
  };

  const pending = state !== null && !state.comparison.upToDate;

  const renderText = (entry: SummaryEntry) => {
    if (entry.status === "changed" && entry.changes) {
      return entry.changes.map((change, i) =>
        change.kind === "same" ? (
          <span key={i}>{change.text}</span>
        ) : change.kind === "removed" ? (
          <del key={i} className={styles.removed}>
            {change.text}
          </del>
        ) : (
          <ins key={i} className={styles.added}>
            {change.text}
          </ins>
        ),
      );
    }
    return entry.line?.text ?? entry.existingText;
  };

  return (
    <div className={styles.area}>
      <Text>
        {state?.built.convention === "list"
          ? `This report lists its actions for ${state.parent}: Preview numbers them 1..N and keeps every other line as written. Nothing is written before you confirm the preview.`
          : `Builds the Executive Summary from the body: the opening facts of the first clause, the lead-in, every action of ${state?.group || "the report's group"} and the report-approval action. Nothing is written before you confirm the preview.`}
      </Text>
      <div className={styles.row}>
        <Button
          appearance={pending ? "secondary" : "primary"}
          disabledFocusable={busy}
          onClick={() => {
            say(null);
            void showPreview();
          }}
        >
          Preview summary
        </Button>
        {pending && (
          <Button appearance="primary" disabled={!canEdit} disabledFocusable={busy} onClick={applyPreview}>
            {/* Named as its result is ("Rebuild the Executive Summary: done (3 changes)."). */}
            {state.comparison.summary ? "Rebuild the Executive Summary" : "Build the Executive Summary"}
          </Button>
        )}
        {showProgress && <Spinner size="tiny" label="Working…" />}
      </div>
      <MessageSlot place="summary" />

      {state && (
        <>
          {state.built.warnings.map((warning) => (
            <Text key={warning} role="note">
              {warning}
            </Text>
          ))}
          {state.comparison.upToDate ? (
            <Text role="status" weight="semibold">
              {summaryName(state.comparison)} is up to date.
            </Text>
          ) : (
            <Text role="status" weight="semibold">
              {state.comparison.summary
                ? `Changes to ${summaryName(state.comparison).replace(/^The/, "the")}`
                : newSummaryPlaceText(state.snapshot)}
            </Text>
          )}
          <ul className={styles.list} aria-label="Executive Summary preview">
            {state.comparison.entries.map((entry, i) => (
              <li key={`${entry.paragraph ?? "new"}-${i}`} className={styles.entry}>
                <div>
                  <Badge appearance="tint" color={STATUS_LABELS[entry.status].color}>
                    {STATUS_LABELS[entry.status].label}
                  </Badge>
                </div>
                <Text className={styles.text}>{renderText(entry)}</Text>
                {(entry.status === "removed" || entry.status === "handwritten") && (
                  <Checkbox
                    label="Remove this paragraph"
                    checked={state.removals.has(entry.paragraph!)}
                    onChange={(_, data) => toggleRemoval(entry.paragraph!, data.checked === true)}
                  />
                )}
              </li>
            ))}
          </ul>
          {state.built.openingCandidates.length > 0 && (
            <section aria-label="Opening paragraphs">
              <h2 className={styles.heading}>
                {state.built.openingClause
                  ? `Paragraphs of "${state.built.openingClause}" to copy`
                  : "Opening paragraphs to copy"}
              </h2>
              {state.built.openingCandidates.map((candidate) => (
                <Checkbox
                  key={candidate.paragraph}
                  label={candidate.text}
                  checked={state.openings.includes(candidate.paragraph)}
                  onChange={(_, data) => toggleOpening(candidate.paragraph, data.checked === true)}
                />
              ))}
            </section>
          )}
        </>
      )}
    </div>
  );
}
