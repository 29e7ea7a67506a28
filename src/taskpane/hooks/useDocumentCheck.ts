import { useCallback, useState } from "react";
import {
  checkDocument,
  type DocumentSnapshot,
  type EditPlan,
  type Finding,
  type RegistryIndex,
} from "../../core";
import { applyEdits, readDocument, type ApplyResult, type HostEnvironment } from "../../word";

export interface DocumentCheck {
  snapshot: DocumentSnapshot | null;
  findings: Finding[];
  busy: boolean;
  /** Reads the document (one batch) and runs every rule. Resolves to the findings, or null if Word failed. */
  check: () => Promise<Finding[] | null>;
  /** Applies a plan (one batch), then checks again so that what is shown matches the document. */
  apply: (plan: EditPlan) => Promise<ApplyResult | null>;
}

export function useDocumentCheck(
  environment: HostEnvironment,
  registry: RegistryIndex | null,
  onError: (message: string) => void,
): DocumentCheck {
  const [snapshot, setSnapshot] = useState<DocumentSnapshot | null>(null);
  const [findings, setFindings] = useState<Finding[]>([]);
  const [busy, setBusy] = useState(false);

  const readAndCheck = useCallback(async () => {
    const supports14 = environment.supports("WordApi", "1.4");
    const next = await readDocument(environment.word, {
      bookmarks: supports14,
      trackChanges: supports14,
      readOnly: environment.readOnly,
    });
    const nextFindings = checkDocument(next, { registry });
    setSnapshot(next);
    setFindings(nextFindings);
    return nextFindings;
  }, [environment, registry]);

  const guarded = useCallback(
    async <T>(work: () => Promise<T>): Promise<T | null> => {
      setBusy(true);
      try {
        return await work();
      } catch (error) {
        // The last good snapshot and findings stay on screen.
        onError(error instanceof Error ? error.message : String(error));
        return null;
      } finally {
        setBusy(false);
      }
    },
    [onError],
  );

  const check = useCallback(() => guarded(readAndCheck), [guarded, readAndCheck]);

  const apply = useCallback(
    (plan: EditPlan) =>
      guarded(async () => {
        const result = await applyEdits(environment.word, plan);
        await readAndCheck();
        return result;
      }),
    [environment, guarded, readAndCheck],
  );

  return { snapshot, findings, busy, check, apply };
}
