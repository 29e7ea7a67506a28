/**
 * One registry from any number of imported inputs, the same whatever their order: revisions are the union, the
 * latest revision the highest seen; every other field is taken from the newest input that gives it (as-of date,
 * then input name, then value: a total order), and where inputs disagree the disagreement is kept in `conflicts`,
 * not silently resolved. Inputs of another group or study period than the others are left out, each with a
 * sentence saying so.
 */
import type {
  Registry,
  RegistryConflict,
  RegistryDocument,
  RegistryQuestion,
  RegistrySource,
} from "../types";
import type { ImportedDocument, ImportResult } from "./types";

export interface MergeOptions {
  /** Whose documents, when the inputs do not say ("TSAG"). */
  body?: string;
  studyPeriod?: string;
  /** The meeting the registry serves ("T25-TSAG-260126"). */
  meeting?: string;
  /** The registry's "updated" when no input has an as-of date (ISO date-time). */
  now: string;
}

export interface MergeResult {
  registry: Registry;
  /** One sentence per input left out, and why. */
  problems: string[];
}

type Field = RegistryConflict["field"];
const FIELDS: readonly Field[] = ["title", "source", "status", "url", "meeting"];

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The most common value of `pick` among the inputs that give one (ties: the first in text order). */
function majority(inputs: readonly ImportResult[], pick: (input: ImportResult) => string | undefined) {
  const counts = new Map<string, number>();
  for (const input of inputs) {
    const value = pick(input);
    if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || byText(a[0], b[0]))[0]?.[0];
}

export function mergeImports(imports: readonly ImportResult[], options: MergeOptions): MergeResult {
  const problems: string[] = [];
  const sorted = [...imports].sort((a, b) => byText(a.input, b.input) || byText(a.kind, b.kind));
  const body = options.body ?? majority(sorted, (input) => input.group);
  const studyPeriod = options.studyPeriod ?? majority(sorted, (input) => input.studyPeriod);
  const kept = sorted.filter((input) => {
    if (input.group && body && input.group !== body) {
      problems.push(`${input.input} lists ${input.group}'s documents, not ${body}'s: left out.`);
      return false;
    }
    if (input.studyPeriod && studyPeriod && input.studyPeriod !== studyPeriod) {
      problems.push(
        `${input.input} is of the study period ${input.studyPeriod}, not ${studyPeriod}: left out.`,
      );
      return false;
    }
    return true;
  });
  // Newest first: the order in which inputs win a field.
  const rank = new Map(
    [...kept]
      .sort((a, b) => byText(b.asOf ?? "", a.asOf ?? "") || byText(a.input, b.input))
      .map((input, index) => [input.input, index]),
  );
  const documents = mergeDocuments(kept, rank);
  const questions = mergeQuestions(kept);
  const asOf = kept
    .map((input) => input.asOf ?? "")
    .sort(byText)
    .pop();
  const end = kept.flatMap((input) => input.meetings).find((m) => m.code === options.meeting && m.end)?.end;
  const meeting =
    options.meeting !== undefined ? { code: options.meeting, ...(end ? { end } : {}) } : undefined;
  const sources: RegistrySource[] = kept.map((input) => ({
    input: input.input,
    kind: input.kind,
    ...(input.asOf ? { asOf: input.asOf } : {}),
    scope: input.scope,
    documents: input.documents.length,
    questions: input.questions.length,
  }));
  const registry: Registry = {
    format: "tsag-registry",
    version: 2,
    body: body ?? "TSAG",
    studyPeriod: studyPeriod ?? "",
    updated: asOf ? `${asOf}T00:00:00Z` : options.now,
    documents,
    questions,
    groups: [],
    scope: kept.some((input) => input.scope === "complete" && input.documents.length > 0)
      ? "complete"
      : "partial",
    sources,
  };
  if (meeting) registry.meeting = meeting;
  return { registry, problems };
}

function mergeDocuments(inputs: readonly ImportResult[], rank: Map<string, number>): RegistryDocument[] {
  const entries = new Map<string, ImportedDocument[]>();
  for (const input of inputs)
    for (const entry of input.documents) entries.set(entry.id, [...(entries.get(entry.id) ?? []), entry]);
  const documents: RegistryDocument[] = [];
  for (const [id, listed] of entries) {
    const revisions = [...new Set(listed.flatMap((entry) => (entry.revision ? [entry.revision] : [])))].sort(
      (a, b) => a - b,
    );
    const conflicts: RegistryConflict[] = [];
    const chosen: Partial<Record<Field, string>> = {};
    for (const field of FIELDS) {
      // A revision's own row says nothing of the document's title or status.
      const values = new Map<string, string[]>();
      for (const entry of listed) {
        const value = entry[field];
        if (value === undefined || value === "" || (entry.revision && field !== "url")) continue;
        values.set(value, [...(values.get(value) ?? []), entry.provenance.input].sort(byText));
      }
      if (values.size === 0) continue;
      const ordered = [...values].sort(
        (a, b) =>
          Math.min(...a[1].map((input) => rank.get(input)!)) -
            Math.min(...b[1].map((input) => rank.get(input)!)) || byText(a[0], b[0]),
      );
      chosen[field] = ordered[0]![0];
      if (ordered.length > 1)
        conflicts.push({
          field,
          values: ordered.map(([value, from]) => ({ value, inputs: [...new Set(from)] })),
        });
    }
    const revisionUrls: Record<string, string> = {};
    for (const entry of listed)
      if (entry.revision && entry.url) revisionUrls[String(entry.revision)] ??= entry.url;
    const supersededBy = listed
      .map((entry) => entry.revisedTo)
      .filter(Boolean)
      .sort()[0];
    const document: RegistryDocument = {
      id,
      title: chosen.title ?? "",
      source: chosen.source ?? "",
      revisions,
      status: (chosen.status as RegistryDocument["status"] | undefined) ?? "posted",
      provenance: [...new Set(listed.map((entry) => entry.provenance.input))].sort(byText),
    };
    if (chosen.url && /^https:\/\//.test(chosen.url)) document.url = chosen.url;
    if (Object.keys(revisionUrls).length > 0) document.revisionUrls = revisionUrls;
    if (chosen.meeting) document.meeting = chosen.meeting;
    if (supersededBy) document.supersededBy = supersededBy;
    if (conflicts.length > 0) document.conflicts = conflicts;
    documents.push(document);
  }
  return documents.sort((a, b) => byText(a.id, b.id));
}

function mergeQuestions(inputs: readonly ImportResult[]): RegistryQuestion[] {
  const questions = new Map<string, RegistryQuestion>();
  // Questions named by documents exist; a Questions list adds titles and deletions.
  for (const input of inputs)
    for (const document of input.documents)
      for (const id of document.questions ?? [])
        if (!questions.has(id)) questions.set(id, { id, title: "", status: "active" });
  const listed = inputs
    .flatMap((input) => input.questions)
    .sort((a, b) => byText(a.provenance.input, b.provenance.input));
  for (const question of listed) {
    const known = questions.get(question.id);
    questions.set(question.id, {
      id: question.id,
      title: known?.title || question.title || "",
      status: known?.status === "deleted" || question.status === "deleted" ? "deleted" : "active",
    });
  }
  return [...questions.values()].sort((a, b) => byText(a.id, b.id));
}
