import { useCallback, useState } from "react";
import {
  ALL_RULES,
  analyseReport,
  checkReport,
  DRAFTING_RULES,
  type DocumentSnapshot,
  type ReportAnalysis,
  type EditPlan,
  type Finding,
  type RegistryIndex,
} from "../../core";
import {
  editDocument,
  readAndCheck as readAndCheckDocument,
  WordError,
  type ApplyResult,
  type Decision,
  type EditCommandOptions,
  type EditContext,
  type HostEnvironment,
  type ReadingNote,
} from "../../word";

/** The report's group and working party when the user set them in the Actions area ("" = detect). */
export interface GroupChoices {
  group: string;
  parent: string;
}

/** "drafting": references, actions and summary; "posting": every rule, the secretariat's check before posting. */
export type CheckMode = "drafting" | "posting";

export interface CheckResult {
  snapshot: DocumentSnapshot;
  /** The one analysis of this read: every area shows what it found, nothing works it out again. */
  analysis: ReportAnalysis;
  findings: Finding[];
  /** How the document was read: through the saved file or Word's paragraphs, and what could not be read. */
  note: ReadingNote;
}

export interface DocumentCheck {
  snapshot: DocumentSnapshot | null;
  /** The analysis of the last read (null before the first): its actions, references, group, WP and number. */
  analysis: ReportAnalysis | null;
  findings: Finding[];
  busy: boolean;
  /** Reads the document (one batch) and runs every rule. Resolves to what it found, or null if Word failed. */
  check: (mode?: CheckMode) => Promise<CheckResult | null>;
  /** The last kind of check run: while drafting, or the full posting check. */
  mode: CheckMode;
  /** Runs an editing command (one batch of two syncs), then checks again so that the pane matches the document. */
  edit: (
    decide: (context: EditContext) => Decision,
    options?: EditCommandOptions,
  ) => Promise<ApplyResult | null>;
  /** Applies a plan made from the last check. */
  apply: (plan: EditPlan) => Promise<ApplyResult | null>;
  /** How the last check read the document. */
  note: ReadingNote | null;
  /**
   * Word refused a write and said why: the document is read-only, in Viewing mode or protected although Office
   * said it was editable (Office cannot tell Viewing mode). The pane then treats it as read-only, until a write
   * succeeds or the user says the mode changed (`editingAgain`).
   */
  writeRefused: boolean;
  /** The user switched Word to Editing: the editing commands are offered again (the next write tells). */
  editingAgain: () => void;
}

export function useDocumentCheck(
  environment: HostEnvironment,
  registry: RegistryIndex | null,
  choices: GroupChoices,
  onError: (message: string) => void,
): DocumentCheck {
  const [analysis, setAnalysis] = useState<ReportAnalysis | null>(null);
  const [findings, setFindings] = useState<Finding[]>([]);
  const [busy, setBusy] = useState(false);
  const [mode, setMode] = useState<CheckMode>("drafting");
  const [writeRefused, setWriteRefused] = useState(false);

  const [note, setNote] = useState<ReadingNote | null>(null);

  const readAndCheck = useCallback(
    async (checkMode: CheckMode) => {
      const rules = checkMode === "posting" ? ALL_RULES : DRAFTING_RULES;
      const options = { registry, group: choices.group, parent: choices.parent };
      let analysed = null as ReportAnalysis | null;
      const checked = await readAndCheckDocument(environment, checkMode === "posting", (snapshot) => {
        analysed = analyseReport(snapshot, options);
        return checkReport(analysed, rules);
      });
      const nextAnalysis =
        analysed !== null && analysed.snapshot === checked.snapshot
          ? analysed
          : analyseReport(checked.snapshot, options);
      setAnalysis(nextAnalysis);
      setFindings(checked.findings);
      setNote(checked.note);
      return { ...checked, analysis: nextAnalysis };
    },
    [environment, registry, choices.group, choices.parent],
  );

  const guarded = useCallback(
    async <T>(work: () => Promise<T>): Promise<T | null> => {
      setBusy(true);
      try {
        return await work();
      } catch (error) {
        // The last good snapshot and findings stay on screen.
        if (error instanceof WordError && error.writeRefused) setWriteRefused(true);
        onError(error instanceof Error ? error.message : String(error));
        return null;
      } finally {
        setBusy(false);
      }
    },
    [onError],
  );

  const check = useCallback(
    (checkMode: CheckMode = mode) => {
      setMode(checkMode);
      return guarded(() => readAndCheck(checkMode));
    },
    [guarded, readAndCheck, mode],
  );

  const edit = useCallback(
    (decide: (context: EditContext) => Decision, options?: EditCommandOptions) =>
      guarded(async () => {
        const result = await editDocument(environment.word, decide, options);
        // Word took a write: whatever refused one before no longer holds.
        if (result.applied.length > 0) setWriteRefused(false);
        if (result.applied.length > 0 || result.refused.length > 0) await readAndCheck(mode);
        return result;
      }),
    [environment, guarded, readAndCheck, mode],
  );

  const apply = useCallback((plan: EditPlan) => edit(() => plan), [edit]);

  const editingAgain = useCallback(() => setWriteRefused(false), []);

  const snapshot = analysis?.snapshot ?? null;
  return { snapshot, analysis, findings, busy, check, edit, apply, mode, note, writeRefused, editingAgain };
}
