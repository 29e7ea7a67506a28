/**
 * One registry from any number of imported inputs, the same whatever their order (mergeDocuments.ts for the
 * documents). Whose documents (body) and which study period always come from somewhere — the options, else the
 * inputs — or the merge says what to add instead of writing a registry no check can use. Inputs of another group,
 * study period or meeting than the others are left out, each with a sentence saying so. Inputs are named by file
 * name or address, never by a path of the computer that built the registry.
 */
import { groupKey } from "../describe";
import type { Registry, RegistryQuestion, RegistrySource } from "../types";
import { meetingOf } from "./ids";
import { byText, mergeDocuments } from "./mergeDocuments";
import type { ImportResult } from "./types";

export interface MergeOptions {
  /** Whose documents, when the inputs do not say ("TSAG"). */
  body?: string;
  studyPeriod?: string;
  /** The meeting the registry serves ("T25-TSAG-260126"): gives body and study period too. */
  meeting?: string;
  /** The registry's "updated" when no input has an as-of date, and its "built" (ISO date-time). */
  now: string;
  /** How often a pane should look for a newer copy (minutes). */
  refreshMinutes?: number;
}

export interface MergeResult {
  registry: Registry;
  /** One sentence per input left out, and why. */
  problems: string[];
  /** Set when the registry cannot be used: what is missing ("The lists do not say the study period"), no stop. */
  missing: string | null;
}

/** A file's name without the folders of the computer it was read on; an address as it is. */
export function publicName(input: string): string {
  if (/^https?:\/\//i.test(input)) return input;
  return input.split(/[\\/]/).filter(Boolean).pop() ?? input;
}

/** The most common value of `pick` among the inputs that give one (ties: the first in text order). */
function majority(inputs: readonly ImportResult[], pick: (input: ImportResult) => string | undefined) {
  const counts = new Map<string, number>();
  for (const input of inputs) {
    const value = pick(input);
    if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || byText(a[0], b[0]))[0]?.[0];
}

function renamed(input: ImportResult): ImportResult {
  const name = publicName(input.input);
  if (name === input.input) return input;
  const provenance = { input: name };
  return {
    ...input,
    input: name,
    documents: input.documents.map((d) => ({ ...d, provenance: { ...d.provenance, ...provenance } })),
    questions: input.questions.map((q) => ({ ...q, provenance: { ...q.provenance, ...provenance } })),
  };
}

/** The TD meeting an input lists, when it lists one meeting's TDs (a TD index or listing). */
const meetingListed = (input: ImportResult) =>
  input.meetings.length === 1 && input.documents.some((d) => d.id.startsWith("TD"))
    ? input.meetings[0]!.code
    : undefined;

export function mergeImports(imports: readonly ImportResult[], options: MergeOptions): MergeResult {
  const problems: string[] = [];
  const sorted = imports.map(renamed).sort((a, b) => byText(a.input, b.input) || byText(a.kind, b.kind));
  const served = options.meeting ? meetingOf(options.meeting) : null;
  const body =
    (options.body ? groupKey(options.body) : undefined) ??
    served?.group ??
    majority(sorted, (input) => input.group);
  const studyPeriod =
    options.studyPeriod ?? served?.studyPeriod ?? majority(sorted, (input) => input.studyPeriod);
  const kept = sorted.filter((input) => {
    if (input.group && body && input.group !== body) {
      problems.push(`${input.input} lists ${input.group}'s documents, not ${body}'s: left out.`);
      return false;
    }
    // TSAG's reports cite every study group's Questions; a study group's registry holds its own only.
    if (input.questionsOf && body && body !== "TSAG" && input.questionsOf !== body) {
      problems.push(`${input.input} lists ${input.questionsOf}'s Questions, not ${body}'s: left out.`);
      return false;
    }
    if (input.studyPeriod && studyPeriod && input.studyPeriod !== studyPeriod) {
      problems.push(
        `${input.input} is of the study period ${input.studyPeriod}, not ${studyPeriod}: left out.`,
      );
      return false;
    }
    const listed = meetingListed(input);
    if (served && listed && listed !== served.code) {
      problems.push(
        `${input.input} lists the TDs of the meeting ${listed}, not of ${served.code}: left out (build without --meeting to combine meetings).`,
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
  const end = kept.flatMap((input) => input.meetings).find((m) => m.code === served?.code && m.end)?.end;
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
    version: 3,
    body: body ?? "",
    studyPeriod: studyPeriod ?? "",
    updated: asOf ? `${asOf}T00:00:00Z` : options.now,
    built: options.now,
    documents,
    questions,
    groups: [],
    scope: kept.some((input) => input.scope === "complete" && input.documents.length > 0)
      ? "complete"
      : "partial",
    sources,
  };
  if (served) registry.meeting = { code: served.code, ...(end ? { end } : {}) };
  if (options.refreshMinutes !== undefined) registry.refreshMinutes = options.refreshMinutes;
  const unknown = [body ? "" : "whose documents they are", studyPeriod ? "" : "the study period"].filter(
    Boolean,
  );
  const missing = unknown.length === 0 ? null : `The lists do not say ${unknown.join(" or ")}`;
  return { registry, problems, missing };
}

function mergeQuestions(inputs: readonly ImportResult[]): RegistryQuestion[] {
  const questions = new Map<string, RegistryQuestion>();
  // Questions named by documents exist; a Questions list adds titles, working parties and deletions.
  for (const input of inputs)
    for (const document of input.documents)
      for (const id of document.questions ?? [])
        if (!questions.has(id)) questions.set(id, { id, title: "", status: "active" });
  const listed = inputs
    .flatMap((input) => input.questions)
    .sort((a, b) => byText(a.provenance.input, b.provenance.input));
  for (const question of listed) {
    const known = questions.get(question.id);
    const merged: RegistryQuestion = {
      id: question.id,
      title: known?.title || question.title || "",
      status: known?.status === "deleted" || question.status === "deleted" ? "deleted" : "active",
    };
    const workingParty = known?.workingParty ?? question.workingParty;
    if (workingParty) merged.workingParty = workingParty;
    questions.set(question.id, merged);
  }
  return [...questions.values()].sort((a, b) => byText(a.id, b.id));
}
