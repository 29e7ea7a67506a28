import { useMemo } from "react";
import {
  detectGroup,
  findActions,
  parentOf,
  type DocumentGroup,
  type DocumentSnapshot,
  type RegistryIndex,
} from "../../core";
import type { GroupChoices } from "./useDocumentCheck";

export interface ReportGroup {
  /** The report's group: the user's choice, else detected; "" when unknown. */
  group: string;
  /** The working party it reports to: the user's choice, else the registry's; "" when unknown. */
  parent: string;
  detected: DocumentGroup | null;
}

export function useReportGroup(
  snapshot: DocumentSnapshot | null,
  registry: RegistryIndex | null,
  choices: GroupChoices,
): ReportGroup {
  const detected = useMemo(
    () => (snapshot ? detectGroup(snapshot, findActions(snapshot)) : null),
    [snapshot],
  );
  const group = choices.group || detected?.group || "";
  const parent = choices.parent || (group ? (parentOf(group, registry) ?? "") : "");
  return { group, parent, detected };
}
