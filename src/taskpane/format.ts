/** Wording shared by the pane's components. */
import { stalenessNote } from "../core";
import type { RegistryLoad } from "../registryIO";

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function age(fromIso: string, now: Date): string {
  const minutes = Math.max(0, Math.round((now.getTime() - Date.parse(fromIso)) / 60_000));
  if (minutes < 1) return "just now";
  if (minutes < 60) return `${plural(minutes, "minute")} ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${plural(hours, "hour")} ago`;
  return `${plural(Math.round(hours / 24), "day")} ago`;
}

/** "TSAG 2025-2028 · updated 30 Jan 2026 · 15 documents, 3 Questions". */
export function describeRegistry(load: RegistryLoad, now: Date): string {
  const entry = load.entry;
  const registry = load.index?.registry;
  if (!registry) return "No registry loaded: references are not checked.";
  const updated = new Date(registry.updated).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
  });
  const parts = [
    `${registry.body} ${registry.studyPeriod}`,
    `updated ${updated}`,
    `${plural(registry.documents.length, "document")}, ${plural(registry.questions.length, "Question")}`,
  ];
  // When it was built (a registry published for the meeting week is rebuilt on a schedule) and how often the pane
  // looks for a newer one.
  if (registry.built) parts.push(`built ${age(registry.built, now)}`);
  if (registry.refreshMinutes && entry?.url)
    parts.push(
      `looked for a newer copy ${age(entry.fetchedAt, now)} (every ${plural(registry.refreshMinutes, "minute")})`,
    );
  if (load.origin === "cache" && entry) parts.push(`offline copy fetched ${age(entry.fetchedAt, now)}`);
  if (registry.scope === "partial") parts.push("a partial list");
  const stale = stalenessNote(registry);
  return stale ? `${parts.join(" · ")}. ${stale}` : parts.join(" · ");
}
