/** axe-core over a page, keeping the serious and critical violations. */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";

/**
 * Fluent UI's focus manager (tabster) adds <i tabindex="0" aria-hidden="true" data-tabster-dummy> bumpers that
 * only pass focus on; axe's aria-hidden-focus flags them. This is the known Fluent v9 false positive (tabster
 * issue 288; Accessibility Insights suppresses it the same way). Only those nodes are dropped; every other node
 * of that rule, and every other rule, still counts.
 */
function isTabsterBumper(ruleId: string, html: string): boolean {
  return ruleId === "aria-hidden-focus" && html.includes("data-tabster-dummy");
}

/**
 * Waits for the page's running animations to end (a message bar fading in, a button changing state): measured
 * half-way, a colour has not reached its contrast yet. Endless ones (a spinner) are not waited for.
 */
async function animationsSettled(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getTiming().iterations !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
}

async function measure(page: Page, include?: string): Promise<string[]> {
  await animationsSettled(page);
  const builder = new AxeBuilder({ page });
  if (include) builder.include(include);
  const results = await builder.analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({
      ...violation,
      nodes: violation.nodes.filter((node) => !isTabsterBumper(violation.id, node.html)),
    }))
    .filter((violation) => violation.nodes.length > 0)
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((n) => n.target.join(" ")).join(", ")})`,
    );
}

/**
 * The violations of the settled pane. Right after a command the pane may still be redrawing (a re-check dims the
 * findings for a moment, a transition starts after the animations were awaited): when a first measure finds
 * something, the pane is measured again after a pause, and only what both measures find is kept. A real defect is
 * in both; CI caught contrast "violations" that were gone a moment later, on a run that passed when repeated.
 */
export async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  const first = await measure(page, include);
  if (first.length === 0) return first;
  await page.waitForTimeout(500);
  const second = new Set(await measure(page, include));
  return first.filter((violation) => second.has(violation));
}
