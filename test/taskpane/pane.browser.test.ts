import { existsSync, mkdirSync } from 'fs';
import { join } from 'path';
import type { Page } from 'playwright-core';
import { sampleWorkbook, TRICKY } from '../excel/_lib/sampleWorkbook';
import { axeViolations } from './_lib/axe';
import { CHROMIUM, openPane, type Pane } from './_lib/paneHarness';

const SCRIPT_NAME = TRICKY[4]; // <img src=x onerror=alert(1)>
const SHOTS = join(__dirname, '..', '..', 'test-output', 'screenshots');
const HEIGHT = 700; // a task pane on a laptop screen
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`SKIPPED task pane browser tests: ${CHROMIUM} is missing (apt-get install -y chromium).`);
const browserTest = hasChromium ? test : test.skip;

/** The sample team, plus a column headed with markup so it shows in the pane's mapping choices. */
function workbook() {
  const book = sampleWorkbook(30);
  const rows = book.sheets[0].rows;
  rows[1].push(SCRIPT_NAME);
  for (let r = 2; r < rows.length; r++) rows[r].push('x');
  rows[5][7] = 'not a date'; // a data issue, so the pane links to Audit Issues
  return book;
}

const CONTROLS = 'button, input, a, [role="combobox"], [role="button"], [role="link"], [role="tab"]';

/** Every visible control's box, and pairs of controls that overlap (neither inside the other). */
async function layout(page: Page): Promise<{ overflow: number; overlaps: string[]; controls: number }> {
  return page.evaluate((selector) => {
    const els = Array.from(document.querySelectorAll<HTMLElement>(selector)).filter((e) => {
      const r = e.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden';
    });
    const name = (e: HTMLElement) => `${e.tagName.toLowerCase()}[${e.getAttribute('aria-label') ?? e.textContent?.trim().slice(0, 30) ?? ''}]`;
    const overlaps: string[] = [];
    for (let i = 0; i < els.length; i++) {
      for (let j = i + 1; j < els.length; j++) {
        const a = els[i], b = els[j];
        if (a.contains(b) || b.contains(a)) continue;
        const p = a.getBoundingClientRect(), q = b.getBoundingClientRect();
        const w = Math.min(p.right, q.right) - Math.max(p.left, q.left);
        const h = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
        if (w > 1 && h > 1) overlaps.push(`${name(a)} x ${name(b)}`);
      }
    }
    return { overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth, overlaps, controls: els.length };
  }, CONTROLS);
}

/** WCAG 2.1 AA (axe-core) where the pane is laid out for Excel's 320 and 350 px; wider panes only lay out the same. */
async function expectAccessible(page: Page, width: number, when: string) {
  if (width > 350) return;
  expect({ width, when, violations: await axeViolations(page) }).toEqual({ width, when, violations: [] });
}

async function expectFits(page: Page, when: string, minControls = 4) {
  const { overflow, overlaps, controls } = await layout(page);
  expect({ when, overflow, overlaps }).toEqual({ when, overflow: 0, overlaps: [] });
  expect(controls).toBeGreaterThanOrEqual(minControls);
}

describe('task pane in a browser with a fake Excel host', () => {
  let pane: Pane | undefined;
  beforeAll(() => mkdirSync(SHOTS, { recursive: true }));
  afterEach(async () => {
    await pane?.close();
    pane = undefined;
  });

  describe.each([320, 350, 420])('at %i px wide', (width) => {
    browserTest('fits, shows what was found and Run on the first screen, and every control works with the mouse', async () => {
      pane = await openPane(workbook(), 150, { width, height: HEIGHT });
      const { page } = pane;
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`${pane.origin}/taskpane.html`);

      await page.getByRole('heading', { name: 'Team, header row 2: 30 staff' }).waitFor({ timeout: 120_000 });
      const run = page.getByRole('button', { name: 'Run audit' });
      const box = (await run.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(HEIGHT); // no scrolling needed
      await page.screenshot({ path: join(SHOTS, `${width}-1-first-screen.png`) });
      await expectFits(page, 'opened');
      await expectAccessible(page, width, 'first screen');

      // Open every group with the mouse, then click every choice box and input in it.
      const closed = page.locator('button[aria-expanded="false"]');
      for (let n = await closed.count(); n > 0; n = await closed.count()) await closed.first().click();
      await page.getByText(/NOS ratings: 31 of 31 found/).waitFor();
      await expectFits(page, 'every group open');
      await expectAccessible(page, width, 'every group open');
      await page.screenshot({ path: join(SHOTS, `${width}-2-all-open.png`), fullPage: true });
      const combos = await page.getByRole('combobox').all();
      expect(combos.length).toBeGreaterThan(40);
      for (const combo of combos) {
        await combo.click(); // Playwright clicks the centre, and fails if another element would receive the click
        await page.getByRole('listbox').waitFor();
        await page.keyboard.press('Escape');
      }
      for (const input of await page.locator('input:not([role="combobox"])').all()) await input.click();

      // Choices show the column letter and header; a markup header is only text.
      const peer = page.getByRole('combobox', { name: 'Column for Peer network' });
      await peer.click();
      await page.getByRole('option', { name: `AR · ${SCRIPT_NAME}` }).waitFor();
      if (width === 350) await page.screenshot({ path: join(SHOTS, '350-3-choice-open.png') });
      await page.getByRole('option', { name: 'AQ · Notes' }).click();
      await page.getByRole('button', { name: 'Save mapping' }).click();
      await page.getByText('Column mapping saved in this workbook.').waitFor();
      const meta = await page.evaluate(() => (window as any).__book.sheet('LSA Audit Meta').values as string[][]);
      const saved = meta.find((r) => r[0] === 'setting' && r[1] === 'columnMapping');
      const notesColumn = workbook().sheets[0].rows[1].indexOf('Notes') + 1;
      expect(JSON.parse(saved![2]).override[notesColumn]).toBe('peerNetwork');

      // The audit date is written the user's way (en-GB: dd/mm/yyyy).
      const date = await page.getByLabel('Audit date').inputValue();
      expect(date).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);

      await page.getByRole('button', { name: 'Run audit' }).click();
      await page.getByRole('progressbar').waitFor();
      if (width === 350) await page.screenshot({ path: join(SHOTS, '350-4-running.png') });
      await page.getByRole('heading', { name: 'Results' }).waitFor({ timeout: 120_000 });
      await page.locator('button:has-text("Run audit"):enabled').waitFor();
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: join(SHOTS, `${width}-5-results.png`) });
      await page.screenshot({ path: join(SHOTS, `${width}-6-results-full.png`), fullPage: true });
      await expectFits(page, 'after a run');
      await expectAccessible(page, width, 'results');
      // The sheets written include Personal Plans, as a link.
      await page.getByRole('button', { name: 'Personal Plans' }).waitFor();

      // Results come first: above the mapping, with the four counts, issues by severity and the sheets as links.
      const resultsY = (await page.getByRole('heading', { name: 'Results' }).boundingBox())!.y;
      expect(resultsY).toBeLessThan((await page.getByRole('heading', { name: 'Column mapping' }).boundingBox())!.y);
      for (const label of ['Green', 'Amber', 'Red', 'No data']) await page.getByRole('listitem', { name: new RegExp(`^\\d+ ${label}$`) }).waitFor();
      await page.getByText(new RegExp(`30 staff audited on ${date.replace(/\//g, '\\/')}`)).waitFor();
      await page.getByText(/\d+ errors?: /).waitFor();
      await page.getByText('Skills Matrix → Skills Matrix (2)').waitFor();
      for (const link of await page.getByRole('list').filter({ has: page.getByRole('button', { name: 'Audit Summary' }) }).getByRole('button').all()) {
        const target = (await link.textContent())!;
        await link.click();
        await page.waitForFunction((t) => (window as any).__book.active === t, target);
      }
      await page.getByRole('button', { name: 'Open Audit Issues' }).click();
      await page.waitForFunction(() => (window as any).__book.active === 'Audit Issues');

      // Refresh reads the workbook again.
      const before = await page.evaluate(() => (window as any).__book.syncCount);
      await page.getByRole('button', { name: 'Refresh' }).click();
      await page.waitForFunction((n) => (window as any).__book.syncCount > n, before);

      const profileHasName = await page.evaluate((name) => (window as any).__book.sheet('Skills Profile').values.some((r: unknown[]) => r.includes(name)), SCRIPT_NAME);
      expect(profileHasName).toBe(true);
      expect(await page.evaluate(() => (window as any).__images)).toBe(0);
      expect(await page.locator('img').count()).toBe(0);
      expect(pane.dialogs).toEqual([]);
      expect(pane.blocked).toEqual([]);
      expect(errors).toEqual([]);
    }, 360_000);
  });

  browserTest('reads nothing while hidden, reads when shown and again each time it is shown again', async () => {
    pane = await openPane(workbook(), 0, { width: 350, height: HEIGHT, hidden: true });
    const { page } = pane;
    await page.goto(`${pane.origin}/taskpane.html`);
    await page.waitForTimeout(2_000);
    expect(await page.evaluate(() => (window as any).__book.syncCount)).toBe(0);
    await page.evaluate(() => (window as any).__show());
    await page.getByRole('heading', { name: 'Team, header row 2: 30 staff' }).waitFor({ timeout: 120_000 });
    // A staff member added while the pane was hidden shows when it is shown again.
    await page.evaluate(() => {
      (window as any).__hide();
      const team = (window as any).__book.sheet('Team');
      team.values.push(['S999999', 'New Person', 'Learning support assistant', 2]);
      (window as any).__show();
    });
    await page.getByRole('heading', { name: 'Team, header row 2: 31 staff' }).waitFor({ timeout: 30_000 });
  }, 120_000);

  browserTest('a failed read offers Retry, which reads again', async () => {
    pane = await openPane(workbook(), 0, { width: 320, height: HEIGHT, failSyncs: [1] });
    const { page } = pane;
    await page.goto(`${pane.origin}/taskpane.html`);
    await page.getByText(/Could not read the workbook/).waitFor({ timeout: 120_000 });
    await page.screenshot({ path: join(SHOTS, '320-7-retry.png') });
    await expectFits(page, 'read failed', 1);
    await page.getByRole('button', { name: 'Retry' }).click();
    await page.getByRole('heading', { name: 'Team, header row 2: 30 staff' }).waitFor({ timeout: 120_000 });
  }, 120_000);
});
