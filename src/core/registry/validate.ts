/**
 * Validates a parsed registry (any JSON value) against the format, version 1, 2 or 3. Returns the registry, with unknown fields
 * dropped, or one sentence naming the first problem ("documents[12].id "TD0270" is not …"). Never throws.
 */
import type {
  DocumentStatus,
  RevisionKnowledge,
  Registry,
  RegistryConflict,
  RegistryDocument,
  RegistryGroup,
  RegistryQuestion,
  RegistrySource,
} from "./types";

/** Caps that keep a hostile or broken registry from freezing the pane. */
export const REGISTRY_LIMITS = {
  maxDocuments: 100_000,
  maxQuestions: 10_000,
  maxGroups: 1_000,
  maxRevisions: 99,
  maxStringLength: 2_000,
  maxUrlLength: 2_048,
};

export type Validation = { ok: true; registry: Registry } | { ok: false; problem: string };

const DOCUMENT_ID = /^(?:TD|C|TSAG-LS)[1-9]\d{0,5}$/;
const QUESTION_ID = /^Q[1-9]\d{0,2}\/[1-9]\d?$/;
const GROUP_ID = /^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$/;
const STATUSES: readonly DocumentStatus[] = ["posted", "reserved", "withdrawn"];
const KNOWLEDGE: readonly RevisionKnowledge[] = ["none", "up-to", "exactly"];
/** A pane looks again at most every 5 minutes and at least once a week. */
const REFRESH_MINUTES = { min: 5, max: 7 * 24 * 60 };

class Problem extends Error {}

function fail(message: string): never {
  throw new Problem(message);
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function text(value: unknown, where: string, options: { max?: number; allowEmpty?: boolean } = {}): string {
  if (typeof value !== "string") fail(`${where} must be a string.`);
  const max = options.max ?? REGISTRY_LIMITS.maxStringLength;
  if (value.length > max) fail(`${where} is longer than ${max} characters.`);
  if (!options.allowEmpty && value.trim().length === 0) fail(`${where} is empty.`);
  return value;
}

function list(value: unknown, where: string, max: number): unknown[] {
  if (!Array.isArray(value)) fail(`${where} must be a list.`);
  if (value.length > max) fail(`${where} has more than ${max} entries.`);
  return value;
}

function entry(value: unknown, where: string): Json {
  if (!isObject(value)) fail(`${where} must be an object.`);
  return value;
}

function quoted(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

function document(value: unknown, where: string, version: number): RegistryDocument {
  const raw = entry(value, where);
  const id = text(raw.id, `${where}.id`, { max: 20 });
  if (!DOCUMENT_ID.test(id))
    fail(`${where}.id ${quoted(id)} is not of the form TD<n>, C<n> or TSAG-LS<n> (no zero padding).`);
  const revisions = list(raw.revisions ?? [], `${where}.revisions`, REGISTRY_LIMITS.maxRevisions).map(
    (revision, k) => {
      if (!Number.isInteger(revision) || (revision as number) < 1 || (revision as number) > 99) {
        fail(`${where}.revisions[${k}] must be a whole number from 1 to 99.`);
      }
      return revision as number;
    },
  );
  const status = raw.status ?? "posted";
  if (!STATUSES.includes(status as DocumentStatus))
    fail(`${where}.status must be posted, reserved or withdrawn.`);
  const result: RegistryDocument = {
    id,
    title: text(raw.title ?? "", `${where}.title`, { allowEmpty: true }),
    source: text(raw.source ?? "", `${where}.source`, { allowEmpty: true }),
    revisions,
    status: status as DocumentStatus,
  };
  if (raw.url !== undefined) {
    const url = text(raw.url, `${where}.url`, { max: REGISTRY_LIMITS.maxUrlLength });
    if (!/^https:\/\//.test(url)) fail(`${where}.url must be an https URL.`);
    result.url = url;
  }
  if (raw.revisionUrls !== undefined) {
    const where2 = `${where}.revisionUrls`;
    if (typeof raw.revisionUrls !== "object" || raw.revisionUrls === null || Array.isArray(raw.revisionUrls))
      fail(`${where2} must be an object from revision number to address.`);
    const urls: Record<string, string> = {};
    for (const [revision, address] of Object.entries(raw.revisionUrls as Record<string, unknown>)) {
      if (!revisions.includes(Number(revision)))
        fail(`${where2} gives an address for revision ${quoted(revision)}, which is not in revisions.`);
      const url = text(address, `${where2}.${revision}`, { max: REGISTRY_LIMITS.maxUrlLength });
      if (!/^https:\/\//.test(url)) fail(`${where2}.${revision} must be an https URL.`);
      urls[String(Number(revision))] = url;
    }
    result.revisionUrls = urls;
  }
  if (version >= 3 && raw.revisionsKnown !== undefined) {
    if (!KNOWLEDGE.includes(raw.revisionsKnown as RevisionKnowledge))
      fail(`${where}.revisionsKnown must be none, up-to or exactly.`);
    if (raw.revisionsKnown === "up-to" && revisions.some((revision, k) => revision !== k + 1))
      fail(`${where}.revisions must be 1 to N when revisionsKnown is up-to.`);
    // Exactly is what an absent field means: kept absent so that every registry reads the same.
    if (raw.revisionsKnown !== "exactly") result.revisionsKnown = raw.revisionsKnown as RevisionKnowledge;
  }
  // Version 2 fields (a registry built from ITU's lists): kept when well formed.
  if (raw.meeting !== undefined) result.meeting = text(raw.meeting, `${where}.meeting`, { max: 40 });
  if (raw.supersededBy !== undefined) {
    const by = text(raw.supersededBy, `${where}.supersededBy`, { max: 20 });
    if (!DOCUMENT_ID.test(by)) fail(`${where}.supersededBy ${quoted(by)} is not a document id.`);
    result.supersededBy = by;
  }
  if (raw.provenance !== undefined)
    result.provenance = list(raw.provenance, `${where}.provenance`, 100).map((input, k) =>
      text(input, `${where}.provenance[${k}]`),
    );
  if (raw.conflicts !== undefined)
    result.conflicts = list(raw.conflicts, `${where}.conflicts`, 10).map((value, k) =>
      conflict(value, `${where}.conflicts[${k}]`),
    );
  return result;
}

const CONFLICT_FIELDS: readonly RegistryConflict["field"][] = ["title", "source", "status", "url", "meeting"];

function conflict(value: unknown, where: string): RegistryConflict {
  const raw = entry(value, where);
  if (!CONFLICT_FIELDS.includes(raw.field as RegistryConflict["field"]))
    fail(`${where}.field must be one of ${CONFLICT_FIELDS.join(", ")}.`);
  return {
    field: raw.field as RegistryConflict["field"],
    values: list(raw.values, `${where}.values`, 20).map((item, k) => {
      const one = entry(item, `${where}.values[${k}]`);
      return {
        value: text(one.value, `${where}.values[${k}].value`, { allowEmpty: true }),
        inputs: list(one.inputs, `${where}.values[${k}].inputs`, 100).map((input, n) =>
          text(input, `${where}.values[${k}].inputs[${n}]`),
        ),
      };
    }),
  };
}

function source(value: unknown, where: string): RegistrySource {
  const raw = entry(value, where);
  const scope = raw.scope ?? "complete";
  if (scope !== "complete" && scope !== "partial") fail(`${where}.scope must be complete or partial.`);
  const count = (field: "documents" | "questions") => {
    const number = raw[field] ?? 0;
    if (!Number.isInteger(number) || (number as number) < 0) fail(`${where}.${field} must be a count.`);
    return number as number;
  };
  const result: RegistrySource = {
    input: text(raw.input, `${where}.input`),
    kind: text(raw.kind, `${where}.kind`, { max: 40 }),
    scope,
    documents: count("documents"),
    questions: count("questions"),
  };
  if (raw.asOf !== undefined) result.asOf = isoDay(raw.asOf, `${where}.asOf`);
  return result;
}

function isoDay(value: unknown, where: string): string {
  const day = text(value, where, { max: 10 });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) fail(`${where} ${quoted(day)} is not a date (yyyy-mm-dd).`);
  return day;
}

function question(value: unknown, where: string): RegistryQuestion {
  const raw = entry(value, where);
  const id = text(raw.id, `${where}.id`, { max: 10 });
  if (!QUESTION_ID.test(id)) fail(`${where}.id ${quoted(id)} is not of the form Q<n>/<study group>.`);
  const status = raw.status ?? "active";
  if (status !== "active" && status !== "deleted") fail(`${where}.status must be active or deleted.`);
  const result: RegistryQuestion = {
    id,
    title: text(raw.title ?? "", `${where}.title`, { allowEmpty: true }),
    status,
  };
  if (raw.workingParty !== undefined) {
    const party = text(raw.workingParty, `${where}.workingParty`, { max: 10 });
    if (!/^(?:WP\d{1,2}|PLEN)$/.test(party))
      fail(`${where}.workingParty ${quoted(party)} is not WP<n> or PLEN.`);
    result.workingParty = party;
  }
  return result;
}

function group(value: unknown, where: string): RegistryGroup {
  const raw = entry(value, where);
  const id = text(raw.id, `${where}.id`, { max: 30 });
  if (!GROUP_ID.test(id)) fail(`${where}.id ${quoted(id)} is not a group id such as RG-WPR.`);
  return {
    id,
    title: text(raw.title ?? "", `${where}.title`, { allowEmpty: true }),
    parent: text(raw.parent, `${where}.parent`, { max: 30 }),
  };
}

function unique<T extends { id: string }>(entries: T[], where: string): T[] {
  const seen = new Set<string>();
  entries.forEach((item, k) => {
    if (seen.has(item.id)) fail(`${where}[${k}].id ${quoted(item.id)} appears twice.`);
    seen.add(item.id);
  });
  return entries;
}

export function validateRegistry(value: unknown): Validation {
  try {
    const raw = entry(value, "The registry");
    if (raw.format !== "tsag-registry") fail('The registry\'s "format" must be "tsag-registry".');
    if (raw.version !== 1 && raw.version !== 2 && raw.version !== 3)
      fail(
        `The registry's "version" is ${JSON.stringify(raw.version) ?? "missing"}; this add-in reads versions 1 to 3.`,
      );
    const version = raw.version;
    const updated = text(raw.updated, "updated", { max: 40 });
    if (Number.isNaN(Date.parse(updated))) fail(`"updated" ${quoted(updated)} is not a date and time.`);
    const registry: Registry = {
      format: "tsag-registry",
      version: raw.version,
      body: text(raw.body, "body", { max: 100 }),
      studyPeriod: text(raw.studyPeriod, "studyPeriod", { max: 20 }),
      updated,
      documents: unique(
        list(raw.documents, "documents", REGISTRY_LIMITS.maxDocuments).map((d, k) =>
          document(d, `documents[${k}]`, version),
        ),
        "documents",
      ),
      questions: unique(
        list(raw.questions ?? [], "questions", REGISTRY_LIMITS.maxQuestions).map((q, k) =>
          question(q, `questions[${k}]`),
        ),
        "questions",
      ),
      groups: unique(
        list(raw.groups ?? [], "groups", REGISTRY_LIMITS.maxGroups).map((g, k) => group(g, `groups[${k}]`)),
        "groups",
      ),
    };
    if (version >= 2) {
      if (raw.meeting !== undefined) {
        const meeting = entry(raw.meeting, "meeting");
        registry.meeting = { code: text(meeting.code, "meeting.code", { max: 40 }) };
        if (meeting.end !== undefined) registry.meeting.end = isoDay(meeting.end, "meeting.end");
      }
      if (raw.scope !== undefined) {
        if (raw.scope !== "complete" && raw.scope !== "partial") fail(`"scope" must be complete or partial.`);
        registry.scope = raw.scope;
      }
      if (raw.sources !== undefined)
        registry.sources = list(raw.sources, "sources", 1_000).map((value, k) =>
          source(value, `sources[${k}]`),
        );
    }
    if (version >= 3) {
      if (raw.built !== undefined) {
        const built = text(raw.built, "built", { max: 40 });
        if (Number.isNaN(Date.parse(built))) fail(`"built" ${quoted(built)} is not a date and time.`);
        registry.built = built;
      }
      if (raw.refreshMinutes !== undefined) {
        const minutes = raw.refreshMinutes;
        if (
          !Number.isInteger(minutes) ||
          (minutes as number) < REFRESH_MINUTES.min ||
          (minutes as number) > REFRESH_MINUTES.max
        )
          fail(
            `"refreshMinutes" must be a whole number from ${REFRESH_MINUTES.min} to ${REFRESH_MINUTES.max}.`,
          );
        registry.refreshMinutes = minutes as number;
      }
    }
    return { ok: true, registry };
  } catch (error) {
    if (error instanceof Problem) return { ok: false, problem: error.message };
    return { ok: false, problem: "The registry could not be read." };
  }
}
