import { useMemo } from "react";
import {
  detectGroup,
  detectParent,
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
  /** The working party it reports to: the user's choice, else the registry's, else the actions' target. */
  parent: string;
  detected: DocumentGroup | null;
  /** Where the working party came from, when it was not chosen. */
  parentFrom: "registry" | "action blocks" | null;
}

/** The group and working party in force for a snapshot (pure: the Summary area calls it on a fresh read). */
export function resolveReportGroup(
  snapshot: DocumentSnapshot | null,
  registry: RegistryIndex | null,
  choices: GroupChoices,
): ReportGroup {
  const actions = snapshot ? findActions(snapshot) : [];
  const detected = snapshot ? detectGroup(snapshot, actions) : null;
  const group = choices.group || detected?.group || "";
  if (choices.parent) return { group, parent: choices.parent, detected, parentFrom: null };
  const fromRegistry = group ? parentOf(group, registry) : null;
  if (fromRegistry) return { group, parent: fromRegistry, detected, parentFrom: "registry" };
  const fromActions = group ? detectParent(actions, group) : null;
  return { group, parent: fromActions ?? "", detected, parentFrom: fromActions ? "action blocks" : null };
}

export function useReportGroup(
  snapshot: DocumentSnapshot | null,
  registry: RegistryIndex | null,
  choices: GroupChoices,
): ReportGroup {
  return useMemo(() => resolveReportGroup(snapshot, registry, choices), [snapshot, registry, choices]);
}
