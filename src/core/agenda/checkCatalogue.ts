/**
 * The agenda checks' ids, titles and pages (docs/rules/agenda-*.md), as the rules have theirs: the pane and the
 * reports show a finding under its check's title, with a link to its page.
 */
import type { RuleMeta } from "../document/findings";

const meta = (
  id: string,
  title: string,
  description: string,
  severity: RuleMeta["severity"] = "error",
): RuleMeta => ({
  id,
  title,
  severity,
  description,
  docs: `docs/rules/${id}.md`,
});

/** The agenda checks: ids, titles and pages, as the rules have them. */
export const AGENDA_CHECKS = {
  missing: meta(
    "agenda-action-missing",
    "Report actions missing from the agenda",
    "A numbered action of a report that no agenda item carries.",
  ),
  unknown: meta(
    "agenda-action-unknown",
    "Agenda items the reports do not have",
    "An agenda item naming an RG action its report does not have.",
  ),
  renumbered: meta(
    "agenda-action-number",
    "Actions under another number",
    "An agenda item that is a report's action under another number.",
  ),
  differs: meta(
    "agenda-action-differs",
    "Actions that say something else",
    "An agenda item whose verb or documents differ from its report's action.",
  ),
  repeated: meta(
    "agenda-action-repeated",
    "Actions listed twice",
    "A report's action that two agenda items carry.",
  ),
  report: meta(
    "agenda-report-number",
    "Report numbers",
    "The report's TD number as the agenda gives it, in its approval item and its Report line.",
  ),
  numbering: meta(
    "agenda-wp-numbering",
    "WP item numbering",
    "The WP's own items numbered with a gap or a repeat.",
  ),
  otherWorkingParty: meta(
    "agenda-report-other-wp",
    "Reports for another working party",
    "A report addressed to another working party than the agenda's: it is not checked against this agenda.",
    "info",
  ),
  placeholder: meta(
    "agenda-placeholder",
    "Placeholders to complete",
    "<TBD> and numbers still written X.",
    "warning",
  ),
} as const;
