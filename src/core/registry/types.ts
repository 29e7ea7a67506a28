/**
 * The registry of a study period (format "tsag-registry", versions 1 to 3; docs/registry.md,
 * docs/registry.schema.json): every TD, contribution and outgoing liaison with its revisions, status and source;
 * every Question; the groups.
 */

export type DocumentStatus = "posted" | "reserved" | "withdrawn";

/**
 * How much the registry knows of a document's revisions (version 3; versions 1 and 2 know them exactly):
 * - "none": no input lists its revisions (ITU's index XML, an annex list): `revisions` holds those some input
 *   named, and others may exist;
 * - "up-to": an input showed the latest revision (a listing page's "(Rev.2)": R1 and R2 exist, none later as of
 *   the input's date);
 * - "exactly": `revisions` is the whole list (a registry written by hand, or an earlier version).
 */
export type RevisionKnowledge = "none" | "up-to" | "exactly";

export interface RegistryDocument {
  /** "TD270", "C28", "TSAG-LS10": no zero padding. */
  id: string;
  title: string;
  source: string;
  /** Revision numbers known to exist: [1, 2] means R1 and R2; [] none known. How sure: `revisionsKnown`. */
  revisions: number[];
  /** Version 3: how much is known of the revisions; absent means "exactly" (versions 1 and 2). */
  revisionsKnown?: RevisionKnowledge;
  status: DocumentStatus;
  url?: string;
  /** The address of each revision ("1" → the R1 page), where the registry knows it; optional. */
  revisionUrls?: Record<string, string>;
  /** Version 2: the meeting it was submitted to ("T25-TSAG-260126"). */
  meeting?: string;
  /** Version 2: the document a list says it was revised to. */
  supersededBy?: string;
  /** Version 2: the inputs that list it (file names or addresses). */
  provenance?: string[];
  /** Version 2: where the inputs disagree; the registry's value is the newest input's. */
  conflicts?: RegistryConflict[];
}

export interface RegistryConflict {
  field: "title" | "source" | "status" | "url" | "meeting";
  values: { value: string; inputs: string[] }[];
}

/** Version 2: one input the registry was built from, with what it said about itself. */
export interface RegistrySource {
  input: string;
  kind: string;
  /** yyyy-mm-dd: the date the input says it was made. */
  asOf?: string;
  scope: "complete" | "partial";
  documents: number;
  questions: number;
}

export interface RegistryQuestion {
  /** "Q7/17". */
  id: string;
  title: string;
  status: "active" | "deleted";
  /** Version 3: its working party ("WP1"), or "PLEN" for a plenary Question; from ITU's list of Questions. */
  workingParty?: string;
}

export interface RegistryGroup {
  /** "RG-WPR". */
  id: string;
  title: string;
  /** The working party it reports to: "WP2". */
  parent: string;
}

export interface Registry {
  format: "tsag-registry";
  /**
   * 1; 2 when built from ITU's lists (the fields marked "version 2" may be present); 3 when it also says how much
   * it knows of each document's revisions and when it was built. All three load.
   */
  version: 1 | 2 | 3;
  body: string;
  studyPeriod: string;
  /** ISO 8601 date-time of the registry's last change. */
  updated: string;
  documents: RegistryDocument[];
  questions: RegistryQuestion[];
  groups: RegistryGroup[];
  /** Version 2: the meeting the registry serves; its end date is what staleness is measured against. */
  meeting?: { code: string; end?: string };
  /** Version 2: "partial" when every input is a partial list (a filtered page, an Annex A). */
  scope?: "complete" | "partial";
  /** Version 2: what it was built from. */
  sources?: RegistrySource[];
  /** Version 3: when it was built (ISO 8601 date-time); `updated` is the as-of date of its newest input. */
  built?: string;
  /** Version 3: how often a pane using it from an address should look for a newer copy, in minutes. */
  refreshMinutes?: number;
}

/** A registry with its lookups built once: every lookup afterwards is a Map access. */
export interface RegistryIndex {
  registry: Registry;
  document(id: string): RegistryDocument | undefined;
  question(id: string): RegistryQuestion | undefined;
  group(id: string): RegistryGroup | undefined;
}

export function indexRegistry(registry: Registry): RegistryIndex {
  const documents = new Map(registry.documents.map((entry) => [entry.id, entry]));
  const questions = new Map(registry.questions.map((entry) => [entry.id, entry]));
  const groups = new Map(registry.groups.map((entry) => [entry.id, entry]));
  return {
    registry,
    document: (id) => documents.get(id),
    question: (id) => questions.get(id),
    group: (id) => groups.get(id),
  };
}

export function latestRevision(document: RegistryDocument): number | null {
  return document.revisions.length === 0 ? null : Math.max(...document.revisions);
}

export function revisionKnowledge(document: RegistryDocument): RevisionKnowledge {
  return document.revisionsKnown ?? "exactly";
}
