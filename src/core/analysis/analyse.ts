/**
 * The one analysis of a document: each fact below is worked out once per read, here, and the rules, the summary,
 * the agenda, the edit commands, the pane's areas and the command-line tools all take it from the result.
 */
import { isReportApproval } from "../actions/numbering";
import { findActions, type ActionItem } from "../actions/parse";
import { detectGroup, detectParent, parentOf } from "../actions/rapporteurGroup";
import { sectionsOf } from "../document/location";
import { ownTdNumber } from "../document/reportNumber";
import type { DocumentSnapshot } from "../document/snapshot";
import { findSummaryStructure, type SummaryStructure } from "../document/structure";
import { findAllReferences } from "../references/parse";
import type { Reference } from "../references/types";
import { registrySpeaksFor } from "../registry/describe";
import type {
  ActionConvention,
  AnalysisChoices,
  AnalysisOptions,
  OwnAction,
  ReportAnalysis,
  ReportNumber,
} from "./types";

const isDocument = (reference: Reference) =>
  reference.kind === "TD" || reference.kind === "C" || reference.kind === "LS";

/** "TSAG/WP1", "WP 1" → "WP1"; an addressee naming no working party is kept as written. */
export function workingPartyOf(addressee: string): string | null {
  const match = /\bWP ?(\d{1,2})\b/.exec(addressee);
  return match ? `WP${match[1]}` : null;
}

/** Whether a list heading addresses the group itself rather than a body above it ("Action for RG-IES:"). */
export function addressesGroup(addressee: string, group: string | null): boolean {
  if (group !== null && addressee.toUpperCase() === group.toUpperCase()) return true;
  return /^RG-[A-Z0-9]+$/i.test(addressee);
}

function ownActionsOf(
  snapshot: DocumentSnapshot,
  structure: SummaryStructure,
  group: string | null,
  references: readonly Reference[],
): OwnAction[] {
  const own: OwnAction[] = [];
  for (const list of structure.lists) {
    if (!addressesGroup(list.addressee, group)) continue;
    for (const paragraph of list.paragraphs) {
      own.push({
        paragraph,
        group: list.addressee,
        text: snapshot.paragraphs[paragraph]!.text.trim(),
        references: references.filter((r) => r.paragraph === paragraph),
      });
    }
  }
  return own;
}

function conventionOf(structure: SummaryStructure, actions: readonly ActionItem[]): ActionConvention | null {
  const listed = new Set(structure.lists.flatMap((list) => list.paragraphs));
  const inLists = actions.some((action) => action.form === "list" && listed.has(action.paragraph));
  const blocksInSummary = actions.some((action) => action.form === "block" && action.inSummary);
  if (inLists && !blocksInSummary) return "list";
  if (actions.some((action) => action.form === "block") || structure.executive) return "blocks";
  return inLists ? "list" : null;
}

function reportNumberOf(snapshot: DocumentSnapshot, approval: ActionItem | null): ReportNumber | null {
  const fromHeader = ownTdNumber(snapshot);
  if (fromHeader) return { value: fromHeader, from: "header" };
  const cited = approval?.references.find((reference) => reference.kind === "TD");
  if (!cited) return null;
  return { value: `${cited.id}${cited.revision ? `R${cited.revision}` : ""}`, from: "approval action" };
}

/** What the group and working party are decided from: facts of the analysis, no re-reading. */
type GroupFacts = Pick<ReportAnalysis, "registry" | "structure" | "actions" | "detectedGroup">;

export type ReportGroupDecision = Pick<
  ReportAnalysis,
  "documentGroup" | "groupFrom" | "parentGroup" | "parentFrom"
>;

/**
 * The one place that decides the report's group and working party, for the analysis and for the pane when the user
 * types a choice: the user's choice, else the header/title/actions; the WP from the choice, the registry, the
 * "Actions for WPn:" list, the "Action required:" line, else the body the action blocks invite.
 */
export function decideReportGroup(facts: GroupFacts, choices: AnalysisChoices): ReportGroupDecision {
  const group = choices.group || facts.detectedGroup?.group || null;
  const groupFrom = choices.group ? ("your choice" as const) : (facts.detectedGroup?.from ?? null);
  const decided = (parentGroup: string | null, parentFrom: ReportAnalysis["parentFrom"]) => ({
    documentGroup: group,
    groupFrom,
    parentGroup,
    parentFrom,
  });
  if (choices.parent) return decided(choices.parent, "your choice");
  const fromRegistry = group ? parentOf(group, facts.registry) : null;
  if (fromRegistry) return decided(fromRegistry, "registry");
  for (const list of facts.structure.lists) {
    const wp = workingPartyOf(list.addressee);
    if (wp) return decided(wp, "action list");
  }
  const required = facts.structure.actionRequired
    ? workingPartyOf(facts.structure.actionRequired.text)
    : null;
  if (required) return decided(required, "action required");
  const fromBlocks = group ? detectParent(facts.actions, group) : null;
  return fromBlocks ? decided(fromBlocks, "action blocks") : decided(null, null);
}

/** Whether the header table is in the document; a text export may have lost it. */
function headerAvailable(snapshot: DocumentSnapshot): boolean {
  if (!snapshot.facts.textExport) return true;
  const { tdNumber, source, title, contacts } = snapshot.facts.header;
  return tdNumber !== null || source !== null || title !== null || contacts.length > 0;
}

export function analyseReport(snapshot: DocumentSnapshot, options: AnalysisOptions): ReportAnalysis {
  const references = findAllReferences(snapshot);
  const structure = findSummaryStructure(snapshot);
  const allActions = findActions(snapshot, structure.section, references);
  const detectedGroup = detectGroup(snapshot, allActions);
  const documentGroup = options.group || detectedGroup?.group || null;
  const ownActions = ownActionsOf(snapshot, structure, documentGroup, references);
  const ownParagraphs = new Set(ownActions.map((action) => action.paragraph));
  const actions = allActions.filter((action) => !ownParagraphs.has(action.paragraph));
  const convention = conventionOf(structure, actions);
  const approvals = actions.filter((action) => action.form === "block" && isReportApproval(action));
  const approval =
    convention === "blocks" ? (approvals.find((action) => !action.inSummary) ?? approvals[0] ?? null) : null;
  const registry = options.registry;
  const reportNumber = reportNumberOf(snapshot, approval);
  // The report's own number (TD104R1 in the header) is never checked against the registry: a revision of the
  // report being written is not posted yet, and a registry built from its own annex lists it unrevised.
  const own = reportNumber?.value.replace(/R\d+$/, "") ?? null;
  return {
    snapshot,
    registry,
    references,
    registryDocuments: registry
      ? references.filter(
          (reference) =>
            isDocument(reference) &&
            registrySpeaksFor(registry.registry, reference) &&
            !(reference.kind === "TD" && reference.id === own),
        )
      : [],
    actions,
    ownActions,
    convention,
    structure,
    sections: sectionsOf(snapshot, structure.section),
    reportNumber,
    approval,
    detectedGroup,
    ...decideReportGroup({ registry, structure, actions, detectedGroup }, options),
    headerAvailable: headerAvailable(snapshot),
  };
}

/** The analysis a feature works on: given one, or made from a bare snapshot (tests, one-off callers). */
export function analysisOf(input: DocumentSnapshot | ReportAnalysis): ReportAnalysis {
  return "structure" in input ? input : analyseReport(input, { registry: null });
}
