/**
 * The author's decisions to ignore findings, kept in the document's custom XML part (src/core/ignored/part.ts,
 * src/word/customXmlParts.ts): read before each check, applied to its findings, changed by "Ignore in this
 * document…" and "Restore". Every change re-reads the part first, so a decision taken meanwhile elsewhere (another
 * author of the same file) is kept, not overwritten.
 */
import { useCallback, useMemo, useState } from "react";
import {
  ALL_RULES,
  applyDecisions,
  decideToIgnore,
  DRAFTING_RULES,
  IGNORED_FINDINGS_NAMESPACE,
  ignoredFindingsXml,
  parseIgnoredFindingsParts,
  withDecision,
  withoutDecision,
  type AppliedDecisions,
  type DocumentSnapshot,
  type Finding,
  type IgnoreDecision,
} from "../../core";
import { readCustomXmlParts, replaceCustomXmlParts, WordError, type HostEnvironment } from "../../word";
import type { CheckMode } from "./useDocumentCheck";

export const CANNOT_READ =
  "This version of Word cannot keep notes in the document (it needs Word API 1.4), so findings cannot be set aside: every finding is shown.";
export const CANNOT_WRITE =
  "The document is read-only: findings cannot be set aside or restored here. Those the author set aside are listed under Ignored.";

export interface SetAside {
  /** The check's findings, with those the author ignored set aside. */
  applied: AppliedDecisions;
  /** Null when decisions can be taken; otherwise the one sentence that says why not. */
  cannotStore: string | null;
  busy: boolean;
  /** Reads the decisions from the document; resolves to them (none where Word cannot read them). */
  reload: () => Promise<IgnoreDecision[]>;
  /** Sets a finding aside with the reason; resolves to false if Word failed (the error is already said). */
  ignore: (finding: Finding, reason: string) => Promise<boolean>;
  restore: (decision: IgnoreDecision) => Promise<boolean>;
  /** Decisions of the part that could not be read, one sentence each. */
  unreadable: string[];
}

export function useSetAside(
  environment: HostEnvironment,
  canEdit: boolean,
  snapshot: DocumentSnapshot | null,
  findings: readonly Finding[],
  mode: CheckMode,
  onError: (message: string) => void,
): SetAside {
  const [decisions, setDecisions] = useState<IgnoreDecision[]>([]);
  const [unreadable, setUnreadable] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState(false);
  const canRead = environment.supports("WordApi", "1.4");
  const cannotStore = !canRead ? CANNOT_READ : !canEdit || refused ? CANNOT_WRITE : null;

  const readParts = useCallback(async () => {
    const read = parseIgnoredFindingsParts(
      await readCustomXmlParts(environment.word, IGNORED_FINDINGS_NAMESPACE),
    );
    setUnreadable(read.skipped);
    return read.decisions;
  }, [environment]);

  const reload = useCallback(async () => {
    if (!canRead) return [];
    try {
      const read = await readParts();
      setDecisions(read);
      return read;
    } catch (error) {
      onError(error instanceof Error ? error.message : String(error));
      return decisions;
    }
  }, [canRead, readParts, onError, decisions]);

  const change = useCallback(
    async (next: (current: IgnoreDecision[]) => IgnoreDecision[]) => {
      setBusy(true);
      try {
        const updated = next(await readParts());
        await replaceCustomXmlParts(
          environment.word,
          IGNORED_FINDINGS_NAMESPACE,
          updated.length > 0 ? ignoredFindingsXml(updated) : null,
        );
        setDecisions(updated);
        return true;
      } catch (error) {
        if (error instanceof WordError && error.writeRefused) setRefused(true);
        onError(error instanceof Error ? error.message : String(error));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [environment, readParts, onError],
  );

  const ignore = useCallback(
    (finding: Finding, reason: string) => {
      if (!snapshot) return Promise.resolve(false);
      const decision = decideToIgnore(snapshot, finding, reason, new Date());
      return change((current) => withDecision(current, decision));
    },
    [snapshot, change],
  );

  const restore = useCallback(
    (decision: IgnoreDecision) => change((current) => withoutDecision(current, decision)),
    [change],
  );

  const applied = useMemo(() => {
    if (!snapshot) return { findings: [...findings], ignored: [], lapsed: [] };
    const rulesRun = (mode === "posting" ? ALL_RULES : DRAFTING_RULES).map((rule) => rule.meta.id);
    return applyDecisions(snapshot, findings, decisions, rulesRun);
  }, [snapshot, findings, decisions, mode]);

  return { applied, cannotStore, busy, reload, ignore, restore, unreadable };
}
