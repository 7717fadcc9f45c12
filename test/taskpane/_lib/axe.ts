// axe-core's WCAG 2.1 A and AA rules, run in the pane's page. The script is evaluated through the browser's
// debugging protocol rather than added as a <script>: the pane's Content-Security-Policy allows no inline script.
import { readFileSync } from 'fs';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** One rule that failed, with the elements that failed it and axe's reason. */
export interface AxeViolation {
  rule: string;
  nodes: string[];
}

/**
 * The WCAG 2.1 AA violations on the page as it stands (empty when it passes).
 * @example expect(await axeViolations(page)).toEqual([])
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Colours are judged at rest: Fluent fades a group's fields in as it opens and moves a button's colours from disabled
  // to enabled over ~100-250 ms, and axe run during that reads a half-drawn colour (#e8e8e8 text on white, #bdbdbd on
  // #f0f0f0) that the user sees for a moment. Wait until no animation or transition is running.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))); // a motion just asked for has started
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, { timeout: 10_000 });
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: string[]; failureSummary?: string }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ rule: v.id, nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 200)}`) }));
  }, WCAG_21_AA);
}
