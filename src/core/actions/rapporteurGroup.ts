/**
 * The document's own rapporteur group and the working party it reports to.
 * The group comes from the header ("Source: Rapporteur, RG-IES"), else the title ("Draft report of TSAG RG-IES
 * meeting"), else the group most of the action blocks carry. The working party comes from the registry's groups.
 */
import type { DocumentSnapshot } from "../document/snapshot";
import type { RegistryIndex } from "../registry/types";
import type { ActionItem } from "./parse";

export interface DocumentGroup {
  group: string;
  from: "header source" | "title" | "action blocks" | "action list";
}

const RG = /\bRG-[A-Z][A-Z0-9]{1,9}\b/;

export function detectGroup(
  snapshot: DocumentSnapshot,
  actions: readonly ActionItem[],
): DocumentGroup | null {
  const { source, title } = snapshot.facts.header;
  const fromSource = source ? RG.exec(source.value)?.[0] : undefined;
  if (fromSource) return { group: fromSource, from: "header source" };
  const fromTitle = title ? RG.exec(title.value)?.[0] : undefined;
  if (fromTitle) return { group: fromTitle, from: "title" };
  // Action blocks name their group; a report that lists its actions names it in the summary's items.
  const counts = new Map<string, number>();
  const blocks = actions.filter((action) => action.form === "block");
  const named =
    blocks.length > 0 ? blocks : actions.filter((action) => action.inSummary && action.group.includes("-"));
  for (const action of named) counts.set(action.group, (counts.get(action.group) ?? 0) + 1);
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return best ? { group: best[0], from: blocks.length > 0 ? "action blocks" : "action list" } : null;
}

/** The working party a group reports to (RG-WPR → WP2), from the registry; null when unknown. */
export function parentOf(group: string, registry: RegistryIndex | null): string | null {
  return registry?.group(group)?.parent ?? null;
}

/** The body most of a group's action blocks invite ("WP2 is invited to …"); null when they name none. */
export function detectParent(actions: readonly ActionItem[], group: string): string | null {
  const counts = new Map<string, number>();
  for (const action of actions) {
    if (action.form === "block" && action.group === group && action.target)
      counts.set(action.target, (counts.get(action.target) ?? 0) + 1);
  }
  let best: [string, number] | null = null;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  return best?.[0] ?? null;
}
