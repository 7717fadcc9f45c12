import { existsSync, mkdirSync } from 'fs';
import { join } from 'path';
import { sampleWorkbook, TRICKY } from '../excel/_lib/sampleWorkbook';
import { CHROMIUM, openPane, type Pane } from './_lib/paneHarness';

const SCRIPT_NAME = TRICKY[4]; // <img src=x onerror=alert(1)>
const SHOTS = join(__dirname, '..', '..', 'test-output', 'screenshots');
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`SKIPPED task pane browser tests: ${CHROMIUM} is missing (apt-get install -y chromium).`);
const browserTest = hasChromium ? test : test.skip;

/** The sample team, plus a column headed with markup so it shows in the pane's mapping dropdowns. */
function workbook() {
  const book = sampleWorkbook(30);
  const rows = book.sheets[0].rows;
  rows[1].push(SCRIPT_NAME);
  for (let r = 2; r < rows.length; r++) rows[r].push('x');
  rows[5][7] = 'not a date'; // a data issue, so the pane links to Audit Issues
  return book;
}

describe('task pane in a browser with a fake Excel host', () => {
  let pane: Pane;
  beforeAll(() => mkdirSync(SHOTS, { recursive: true }));
  afterEach(async () => pane?.close());

  browserTest('shows the mapping, saves a correction in the workbook, runs with progress, and links the results', async () => {
    pane = await openPane(workbook(), 150);
    const { page } = pane;
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${pane.origin}/taskpane.html`);

    await page.getByRole('heading', { name: 'Column mapping' }).waitFor({ timeout: 60_000 });
    await page.getByText('header row 2').waitFor();
    await page.screenshot({ path: join(SHOTS, '1-mapping.png'), fullPage: true });

    // Keyboard only: map "Peer network" (not found) to the Notes column, then save.
    const peer = page.getByRole('combobox', { name: 'Column for Peer network' });
    await peer.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('option', { name: 'Notes' }).waitFor();
    // The markup header is an option, shown as text.
    await page.getByRole('option', { name: SCRIPT_NAME }).waitFor();
    await page.screenshot({ path: join(SHOTS, '2-mapping-dropdown.png'), fullPage: true });
    await page.keyboard.type('Notes');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Save mapping' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Column mapping saved in this workbook.').waitFor();
    const meta = await page.evaluate(() => (window as any).__book.sheet('LSA Audit Meta').values as string[][]);
    const saved = meta.find((r) => r[0] === 'setting' && r[1] === 'columnMapping');
    expect(saved).toBeDefined();
    const notesColumn = workbook().sheets[0].rows[1].indexOf('Notes') + 1;
    expect(JSON.parse(saved![2]).override[notesColumn]).toBe('peerNetwork');
    await expect(page.getByRole('combobox', { name: 'Column for Peer network' }).textContent()).resolves.toContain('Notes');
    await page.screenshot({ path: join(SHOTS, '3-mapping-saved.png'), fullPage: true });

    await page.getByRole('button', { name: 'Run audit' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('progressbar').waitFor();
    await page.screenshot({ path: join(SHOTS, '4-running.png'), fullPage: true });

    await page.getByRole('heading', { name: 'Results' }).waitFor({ timeout: 60_000 });
    await page.screenshot({ path: join(SHOTS, '5-results.png'), fullPage: true });
    await page.getByText(/staff audited\. Indicators: \d+ Green, \d+ Amber, \d+ Red\./).waitFor();
    await page.getByText('Skills Matrix → Skills Matrix (2)').waitFor();
    await page.getByRole('button', { name: 'Skills Profile', exact: true }).waitFor();

    await page.getByRole('button', { name: 'see Audit Issues' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as any).__book.active === 'Audit Issues');

    // The markup name reached the output as text, and nothing in the pane ran it.
    const profileHasName = await page.evaluate((name) => (window as any).__book.sheet('Skills Profile').values.some((r: unknown[]) => r.includes(name)), SCRIPT_NAME);
    expect(profileHasName).toBe(true);
    expect(await page.evaluate(() => (window as any).__images)).toBe(0);
    expect(await page.locator('img').count()).toBe(0);
    expect(pane.dialogs).toEqual([]);
    expect(pane.blocked).toEqual([]);
    expect(errors).toEqual([]);
  }, 180_000);
});
