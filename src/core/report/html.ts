/**
 * The posting check as a self-contained, printable HTML page: no script, no external resource, every text
 * escaped. Used by the pane's export and by tsag-check --format html.
 */
import type { FileFindings } from "./json";
import { countFindings, verdict } from "./verdict";

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );
}

const STYLE = `
body { font-family: "Segoe UI", Arial, sans-serif; margin: 2em; color: #1a1a1a; }
h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 2em; border-bottom: 1px solid #ccc; }
.verdict { font-size: 1.2em; font-weight: 600; padding: .4em .8em; display: inline-block; border-radius: 4px; }
.ready { background: #dff6dd; color: #0e700e; } .blocked { background: #fde7e9; color: #a4262c; }
table { border-collapse: collapse; width: 100%; margin-top: .8em; } th, td { border: 1px solid #ccc; padding: .3em .5em; text-align: left; vertical-align: top; }
th { background: #f3f3f3; } .error { color: #a4262c; font-weight: 600; } .warning { color: #8a5300; } .info { color: #605e5c; }
code { font-family: Consolas, monospace; }
@media print { body { margin: 0; } h2 { break-after: avoid; } tr { break-inside: avoid; } }`;

export function renderHtmlReport(results: readonly FileFindings[], generatedAt: Date): string {
  const sections = results.map(({ file, findings }) => {
    const { ready, text } = verdict(findings);
    const counts = countFindings(findings);
    const rows = findings
      .map(
        (f) =>
          `<tr><td class="${f.severity}">${f.severity}</td><td><code>${escapeHtml(f.rule)}</code></td><td>${f.paragraph + 1}</td><td>${escapeHtml(f.message)}</td><td>${escapeHtml(f.excerpt)}</td></tr>`,
      )
      .join("\n");
    return `<section>
<h2>${escapeHtml(file)}</h2>
<p class="verdict ${ready ? "ready" : "blocked"}">${escapeHtml(text)}</p>
<p>${counts.errors} errors, ${counts.warnings} warnings, ${counts.infos} information.</p>
${findings.length === 0 ? "<p>No findings.</p>" : `<table><thead><tr><th>Severity</th><th>Rule</th><th>Paragraph</th><th>Finding</th><th>Text</th></tr></thead><tbody>\n${rows}\n</tbody></table>`}
</section>`;
  });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>TSAG posting check</title><style>${STYLE}</style></head>
<body><h1>TSAG posting check</h1><p>Generated ${escapeHtml(generatedAt.toISOString())} by TSAG Report Assistant.</p>
${sections.join("\n")}
</body></html>
`;
}
