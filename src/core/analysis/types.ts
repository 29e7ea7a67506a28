/**
 * What the features need to know of a document, worked out once per read (analyse.ts): its references, its actions
 * and the way the report writes them, its summary of actions and clauses, its own number, group and working party.
 */
import type { ActionItem } from "../actions/parse";
import type { DocumentGroup } from "../actions/rapporteurGroup";
import type { DocumentSnapshot } from "../document/snapshot";
import type { SummaryStructure } from "../document/structure";
import type { Reference } from "../references/types";
import type { RegistryIndex } from "../registry/types";

/**
 * How a report writes its actions: "blocks" ("Action TSAG RG-WPR-3<TAB>WP2 is invited to …", in the Executive
 * Summary and the clauses), or "list" (under "Actions for WP1:" before clause 1, "RG-IES-1: WP1 to …").
 */
export type ActionConvention = "blocks" | "list";

/** An action the group gives itself ("Action for RG-IES:"): listed apart, never exported to the working party. */
export interface OwnAction {
  paragraph: number;
  /** The group it addresses, as its heading names it: "RG-IES". */
  group: string;
  text: string;
  references: Reference[];
}

export interface ReportNumber {
  /** Normalised: "TD172", "TD104R1". */
  value: string;
  from: "header" | "approval action";
}

/** What the user chose in the pane (or on the command line); empty or absent means "detect it". */
export interface AnalysisChoices {
  group?: string | null;
  parent?: string | null;
}

export interface AnalysisOptions extends AnalysisChoices {
  registry: RegistryIndex | null;
}

export interface ReportAnalysis {
  snapshot: DocumentSnapshot;
  /** Null when no registry is loaded: registry rules then report nothing. */
  registry: RegistryIndex | null;
  /** Every reference in the document. */
  references: readonly Reference[];
  /**
   * The TD, contribution and liaison references the registry speaks for: all of them but those naming another
   * group ("SG17-TD580" in a TSAG report), which are not checked against it. Empty when no registry is loaded.
   */
  registryDocuments: readonly Reference[];
  /** The actions addressed to the working party (blocks and list items), in document order. */
  actions: readonly ActionItem[];
  /** The actions the group gives itself, kept apart. */
  ownActions: readonly OwnAction[];
  /** How the report writes its actions; null when it has none and no summary. */
  convention: ActionConvention | null;
  /** The summary of actions, in either convention, and the lists and "Action required:" line it holds. */
  structure: SummaryStructure;
  /** The section of every paragraph, as locations name it ("4.b Question and mandate updates"). */
  sections: readonly string[];
  /** The report's own number: from the header, else from its approval action. */
  reportNumber: ReportNumber | null;
  /** The action approving the report, where the convention has one (an action block); null otherwise. */
  approval: ActionItem | null;
  /** The group the document itself names (header source, title, actions), whatever the user chose. */
  detectedGroup: DocumentGroup | null;
  /** The report's own group ("RG-WPR"): chosen by the user, or detected from the document; null if unknown. */
  documentGroup: string | null;
  groupFrom: DocumentGroup["from"] | "your choice" | null;
  /** The working party the group reports to ("WP2"): chosen, from the registry, else from the report itself. */
  parentGroup: string | null;
  parentFrom: "your choice" | "registry" | "action list" | "action required" | "action blocks" | null;
  /** False when the header table is absent from a text export (its fields cannot be checked in it). */
  headerAvailable: boolean;
}
