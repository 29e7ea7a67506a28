import { useCallback, useState } from "react";
import type { DocumentSnapshot } from "../../core";
import { readDocument, type HostEnvironment } from "../../word";

export interface SnapshotState {
  snapshot: DocumentSnapshot | null;
  busy: boolean;
  /** Reads the document (1–2 syncs). Resolves to the snapshot, or null if Word refused (the error is reported). */
  read: () => Promise<DocumentSnapshot | null>;
}

export function useDocumentSnapshot(
  environment: HostEnvironment,
  onError: (message: string) => void,
): SnapshotState {
  const [snapshot, setSnapshot] = useState<DocumentSnapshot | null>(null);
  const [busy, setBusy] = useState(false);

  const read = useCallback(async () => {
    setBusy(true);
    try {
      const supports14 = environment.supports("WordApi", "1.4");
      const next = await readDocument(environment.word, {
        bookmarks: supports14,
        trackChanges: supports14,
        readOnly: environment.readOnly,
      });
      setSnapshot(next);
      return next;
    } catch (error) {
      // The last good snapshot stays on screen.
      onError(error instanceof Error ? error.message : String(error));
      return null;
    } finally {
      setBusy(false);
    }
  }, [environment, onError]);

  return { snapshot, busy, read };
}
