/**
 * The posting check as a self-contained, printable HTML page: no script, no external resource, every text
 * escaped. Used by the pane's export and by tsag-check --format html. Each document is headed by what it is
 * (TD number, title, source) and what it was checked against; its findings are grouped as in the pane. With
 * several documents, an overview comes first.
 */
import { escapeHtml } from "../document/escapeHtml";
import { describeRegistryUsed, formatDateTime } from "./about";
import { groupFindings } from "./findingGroups";
import type { FileFindings } from "./json";
import { countFindings, verdict } from "./verdict";

const STYLE = `
body { font-family: "Segoe UI", Arial, sans-serif; margin: 2em; color: #1a1a1a; }
h1 { font-size: 1.4em; } h2 { font-size: 1.2em; margin-top: 2em; border-bottom: 1px solid #ccc; }
h3 { font-size: 1.05em; margin: 1.2em 0 .3em; } h4 { font-size: 1em; margin: .8em 0 .2em; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .2em 1em; } dt { color: #555; } dd { margin: 0; }
.verdict { font-size: 1.2em; font-weight: 600; padding: .4em .8em; display: inline-block; border-radius: 4px; }
.ready { background: #dff6dd; color: #0e700e; } .blocked { background: #fde7e9; color: #a4262c; }
.caution { background: #fff4ce; color: #6b4b00; }
table { border-collapse: collapse; width: 100%; margin-top: .4em; table-layout: fixed; } td:first-child, th:first-child { width: 45%; } th, td { border: 1px solid #ccc; padding: .3em .5em; text-align: left; vertical-align: top; }
th { background: #f3f3f3; } .rule { color: #555; font-size: .85em; font-weight: normal; }
code { font-family: Consolas, monospace; }
@media print { body { margin: 0; } h2, h3, h4 { break-after: avoid; } tr { break-inside: avoid; } }`;

function headingOf(result: FileFindings): string {
  const { tdNumber, title } = result.about ?? { tdNumber: null, title: null };
  if (tdNumber && title) return `${tdNumber}: ${title}`;
  return tdNumber ?? title ?? result.file;
}

/** The findings the author set aside, each with its reason and date; then the decisions that lapsed. */
function ignoredSection(result: FileFindings): string {
  const ignored = result.ignored ?? [];
  const lapsed = result.lapsed ?? [];
  if (ignored.length === 0 && lapsed.length === 0) return "";
  const rows = ignored.map(
    ({ finding: f, decision: d }) =>
      `<tr><td>${escapeHtml(f.location?.section ?? `Paragraph ${f.paragraph + 1}`)}<br><q>${escapeHtml(f.location?.excerpt ?? f.excerpt)}</q></td><td>${escapeHtml(f.message)} <span class="rule">(${escapeHtml(f.rule)})</span><br>Reason: ${escapeHtml(d.reason)}${d.date ? ` <span class="rule">(${escapeHtml(d.date)})</span>` : ""}</td></tr>`,
  );
  const table =
    ignored.length === 0
      ? ""
      : `<table><thead><tr><th>Where</th><th>Finding and the author's reason</th></tr></thead><tbody>
${rows.join("\n")}
</tbody></table>`;
  const lapsedNote =
    lapsed.length === 0
      ? ""
      : `<p>${lapsed.length} earlier decision${lapsed.length === 1 ? "" : "s"} no longer match${lapsed.length === 1 ? "es" : ""} the document (the words changed, or the problem is gone): ${lapsed.map((d) => `<q>${escapeHtml(d.words || d.sentence)}</q> (${escapeHtml(d.rule)})`).join(", ")}.</p>`;
  return `<h3>Ignored by the author (${ignored.length})</h3>\n${table}${lapsedNote}`;
}

function fileSection(result: FileFindings, id: string, generatedAt: Date): string {
  const { status, text } = verdict(result.findings, result.registry, result.ignored?.length ?? 0);
  const counts = countFindings(result.findings);
  const sample = result.registry?.sample === true;
  const verdictClass =
    status === "blocked" ? "blocked" : status === "unchecked" || sample ? "caution" : "ready";
  const facts: [string, string][] = [["File", result.file]];
  if (result.about) {
    facts.push(["TD number", result.about.tdNumber ?? "not found"]);
    facts.push(["Title", result.about.title ?? "not found"]);
    facts.push(["Source", result.about.source ?? "not found"]);
  }
  if (result.registry !== undefined) facts.push(["Checked against", describeRegistryUsed(result.registry)]);
  facts.push(["Checked on", formatDateTime(generatedAt)]);

  const groups = groupFindings(result.findings)
    .map(
      (severity) =>
        `<h3>${escapeHtml(severity.title)} (${severity.count})</h3>\n${severity.rules
          .map(
            (rule) => `<h4>${escapeHtml(rule.title)} <span class="rule">(${escapeHtml(rule.rule)})</span></h4>
<table><thead><tr><th>Where</th><th>Finding</th></tr></thead><tbody>
${rule.findings
  .map(
    (f) =>
      `<tr><td>${escapeHtml(f.location?.section ?? `Paragraph ${f.paragraph + 1}`)}<br><q>${escapeHtml(f.location?.excerpt ?? f.excerpt)}</q></td><td>${escapeHtml(f.message)}</td></tr>`,
  )
  .join("\n")}
</tbody></table>`,
          )
          .join("\n")}`,
    )
    .join("\n");

  return `<section id="${id}">
<h2>${escapeHtml(headingOf(result))}</h2>
<dl>${facts.map(([term, value]) => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd>`).join("")}</dl>
<p class="verdict ${verdictClass}">${escapeHtml(text)}${sample ? " — against invented sample data" : ""}</p>
<p>${counts.errors} errors, ${counts.warnings} warnings, ${counts.infos} information.</p>
${result.findings.length === 0 ? "<p>No findings.</p>" : groups}
${ignoredSection(result)}
</section>`;
}

function overview(results: readonly FileFindings[]): string {
  const rows = results.map((result, i) => {
    const counts = countFindings(result.findings);
    return `<tr><td><a href="#file-${i + 1}">${escapeHtml(headingOf(result))}</a><br><span class="rule">${escapeHtml(result.file)}</span></td><td>${escapeHtml(verdict(result.findings, result.registry, result.ignored?.length ?? 0).text)}</td><td>${counts.errors}</td><td>${counts.warnings}</td><td>${counts.infos}</td></tr>`;
  });
  return `<h2>Overview</h2>
<table><thead><tr><th>Document</th><th>Verdict</th><th>Errors</th><th>Warnings</th><th>Information</th></tr></thead><tbody>
${rows.join("\n")}
</tbody></table>`;
}

export function renderHtmlReport(results: readonly FileFindings[], generatedAt: Date): string {
  const title =
    results.length === 1
      ? `${headingOf(results[0]!)} — posting check`
      : `Posting check of ${results.length} documents`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><h1>${escapeHtml(title)}</h1><p>Made by TSAG Report Assistant on ${escapeHtml(formatDateTime(generatedAt))}.</p>
${results.length > 1 ? overview(results) : ""}
${results.map((result, i) => fileSection(result, `file-${i + 1}`, generatedAt)).join("\n")}
</body></html>
`;
}
