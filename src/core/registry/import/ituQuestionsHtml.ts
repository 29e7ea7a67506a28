/**
 * ITU's list of Questions of a study group for a study period (www.itu.int/net4/ITU-T/lists/loqr.aspx?Group=12&
 * Period=18, an ASP.NET page), saved from the browser. Per Question, spans whose ids end "lblQWP_N" ("Q2/12
 * (WP1/12)", "(PLEN)" for a plenary Question) and "lblQuestion…_N" (its title), then its rapporteurs (not read:
 * the registry keeps no personal data). The two spans of a Question share the number N.
 */
import { DomUtils, parseDocument } from "htmlparser2";
import { questionId } from "./ids";
import { ImportError, type ImportedQuestion, type ImportResult } from "./types";

/** Whether a page is ITU's list of Questions (and not a document listing). */
export function isItuQuestionsPage(html: string): boolean {
  return /id\s*=\s*["'][^"']*lblQWP_\d/i.test(html);
}

const clean = (text: string) => text.replace(/\s+/g, " ").trim();

export function importItuQuestionsHtml(input: string, html: string): ImportResult {
  const root = parseDocument(html);
  const spans = DomUtils.getElementsByTagName("span", root.children, true);
  const labels = new Map<string, string>();
  const titles = new Map<string, string>();
  for (const span of spans) {
    const id = span.attribs["id"] ?? "";
    const label = /lblQWP_(\d+)$/.exec(id);
    const title = /lblQuestion\d*_(\d+)$/.exec(id);
    if (label) labels.set(label[1]!, clean(DomUtils.textContent(span)));
    else if (title) titles.set(title[1]!, clean(DomUtils.textContent(span)));
  }
  const questions: ImportedQuestion[] = [];
  const skipped: string[] = [];
  const groups = new Set<string>();
  for (const [n, label] of labels) {
    const match = /^\s*(Q\.?\s*\d{1,3}\s*\/\s*\d{1,2})\b(.*)$/i.exec(label);
    const id = match ? questionId(match[1]!) : null;
    if (!id) {
      skipped.push(`Question ${Number(n) + 1}: "${label.slice(0, 30)}" is not a Question number.`);
      continue;
    }
    groups.add(`SG${id.split("/")[1]}`);
    const workingParty = /\((WP\d+|PLEN)\b/i.exec(match![2]!)?.[1]?.toUpperCase();
    const title = titles.get(n);
    questions.push({
      id,
      title: title || undefined,
      status: "active",
      ...(workingParty ? { workingParty } : {}),
      provenance: { input, where: `Question ${Number(n) + 1}` },
    });
  }
  if (questions.length === 0)
    throw new ImportError(`${input} is ITU's list of Questions, but no Question could be read from it.`);
  if (groups.size > 1)
    throw new ImportError(
      `${input} mixes the Questions of ${[...groups].join(" and ")}: save one study group's list at a time.`,
    );
  return {
    input,
    kind: "itu-questions-html",
    scope: "complete",
    questionsOf: [...groups][0],
    studyPeriod: studyPeriodShown(root.children),
    meetings: [],
    documents: [],
    questions,
    skipped,
  };
}

/**
 * The study period the page shows: the selected one of its period chooser (the page lists every period there),
 * else "Study period 2025-2028" in its text. The "Period=18" of the address is ITU's own numbering: not read.
 */
function studyPeriodShown(nodes: Parameters<typeof DomUtils.textContent>[0]): string | undefined {
  const period = /^\s*(20\d{2})\s*[-–]\s*(20\d{2})\s*$/;
  const selected = DomUtils.findOne(
    (element) =>
      element.name === "option" &&
      "selected" in element.attribs &&
      period.test(DomUtils.textContent(element)),
    Array.isArray(nodes) ? nodes : [nodes],
    true,
  );
  const match = selected
    ? period.exec(DomUtils.textContent(selected))
    : /\bstudy period\s*:?\s*(20\d{2})\s*[-–]\s*(20\d{2})\b/i.exec(clean(DomUtils.textContent(nodes)));
  return match ? `${match[1]}-${match[2]}` : undefined;
}
