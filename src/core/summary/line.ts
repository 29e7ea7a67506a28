/** One paragraph of a built summary of actions. */
export type SummaryLineKind = "opening" | "lead-in" | "action" | "approval";

export interface SummaryLine {
  kind: SummaryLineKind;
  text: string;
  /** The body paragraph the line is copied from (its style is copied too); null for generated lines. */
  source: number | null;
  /** The action's text after its label, for matching copies; null for other lines. */
  actionText: string | null;
  /** The action's number in the body, for matching a copy whose text differs; null for other lines. */
  number: number | null;
}
