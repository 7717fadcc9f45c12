// Serves dist/ locally, opens the task pane in headless Chromium with Office.js from the local package and a fake
// Excel host (test/excel/_lib/fakeExcel.ts, transpiled into the page), and blocks every other request.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import { createServer, type Server } from 'http';
import { tmpdir } from 'os';
import { extname, join, normalize } from 'path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import * as ts from 'typescript';
import { ensureFreshBuild } from '../../../bench/_lib/taskpaneBuild';
import type { FakeWorkbookInit } from '../../excel/_lib/fakeExcel';

export const CHROMIUM = '/usr/bin/chromium';
const ROOT = join(__dirname, '..', '..', '..');
const DIST = join(ROOT, 'dist');
const OFFICE_DIST = join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.png': 'image/png', '.xml': 'text/xml' };

/**
 * Builds dist/ with the project's webpack config when there is no build of the current source: the same check the
 * benchmark makes, so a pane test never runs an old build and the benchmark reuses the build the tests made.
 */
export function ensureBuild(): void {
  ensureFreshBuild((line) => process.stderr.write(`${line}\n`));
}

function serve(dir: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    resolve({ server, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
  }));
}

/** The fake Excel module as a script that defines window.__fakeExcel. */
function fakeExcelScript(): string {
  const source = readFileSync(join(ROOT, 'test', 'excel', '_lib', 'fakeExcel.ts'), 'utf8');
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 } }).outputText;
  return `(function(){var exports={};var module={exports:exports};${js}\nwindow.__fakeExcel=module.exports;})();`;
}

export interface Pane {
  page: Page;
  origin: string;
  /** Requests to anywhere but the local server and the routed Office.js CDN. */
  blocked: string[];
  dialogs: string[];
  close(): Promise<void>;
}

export interface PaneOptions {
  /** The task pane's size: Excel opens it about 350 px wide. */
  width?: number;
  height?: number;
  locale?: string;
  /** Start with the page hidden, as when the shared runtime starts for a formula: window.__show() shows it. */
  hidden?: boolean;
  /** Fail these syncs of the fake workbook (1-based), e.g. the first read. */
  failSyncs?: number[];
}

/** Opens the pane on a fake workbook; syncDelayMs slows each sync so progress can be watched. */
export async function openPane(workbook: FakeWorkbookInit, syncDelayMs = 0, options: PaneOptions = {}): Promise<Pane> {
  ensureBuild();
  const { server, origin } = await serve(DIST);
  const profile = mkdtempSync(join(tmpdir(), 'lsa-pane-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: options.width ?? 420, height: options.height ?? 900 },
    locale: options.locale ?? 'en-GB',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const blocked: string[] = [];
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin === origin) return route.continue();
    if (url.hostname === 'appsforoffice.microsoft.com') {
      const file = join(OFFICE_DIST, url.pathname.replace(/^\/lib\/1\/hosted\//, ''));
      if (file.startsWith(OFFICE_DIST) && existsSync(file)) return route.fulfill({ status: 200, contentType: 'text/javascript', body: readFileSync(file) });
      return route.fulfill({ status: 404, body: '' });
    }
    blocked.push(url.href);
    return route.abort();
  });
  await context.addInitScript({ content: fakeExcelScript() });
  await context.addInitScript({
    content: `(function(){
      var book = new window.__fakeExcel.FakeWorkbook(${JSON.stringify(workbook)});
      book.syncDelayMs = ${syncDelayMs};
      book.failAt = ${JSON.stringify((options.failSyncs ?? []).map((n) => ({ sync: n })))};
      if (${Boolean(options.hidden)}) {
        var visible = false;
        Object.defineProperty(document, 'visibilityState', { get: function(){ return visible ? 'visible' : 'hidden'; } });
        window.__show = function(){ visible = true; document.dispatchEvent(new Event('visibilitychange')); };
        window.__hide = function(){ visible = false; document.dispatchEvent(new Event('visibilitychange')); };
      }
      window.__book = book;
      window.__images = 0;
      new MutationObserver(function(list){ list.forEach(function(m){ m.addedNodes.forEach(function(n){
        if (n.nodeType === 1 && (n.tagName === 'IMG' || n.querySelector && n.querySelector('img'))) window.__images++;
      }); }); }).observe(document, { childList: true, subtree: true });
      window.Excel = { run: function(batch){ return book.run(batch); } };
    })();`,
  });
  return {
    page,
    origin,
    blocked,
    dialogs,
    async close() {
      await context.close();
      server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Milliseconds from navigation to the column mapping on screen, for the benchmark. */
export async function measureFirstRender(workbook: FakeWorkbookInit): Promise<number> {
  const pane = await openPane(workbook);
  try {
    const start = Date.now();
    await pane.page.goto(`${pane.origin}/taskpane.html`);
    await pane.page.getByRole('heading', { name: 'Column mapping' }).waitFor({ timeout: 60_000 });
    return Date.now() - start;
  } finally {
    await pane.close();
  }
}
