// Runs the adapter in headless Chromium against the real Excel client script of @microsoft/office-js
// (test/excel/contract/contractEntry.ts, bundled with webpack), every request built by a real Excel.RequestContext.
// Shared by the contract test and the benchmark. No network: the page is served locally and every other request is
// aborted.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'fs';
import { createServer } from 'http';
import { tmpdir } from 'os';
import { join } from 'path';
import { chromium } from 'playwright-core';
import type { ContractRun } from '../contract/contractEntry';

export const CHROMIUM = '/usr/bin/chromium';
const ROOT = join(__dirname, '..', '..', '..');
const EXCEL_SCRIPT = join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist', 'excel-web-16.00.debug.js');
const OUT = join(ROOT, 'bench', '.cache', 'contract');
const ENTRY = join(ROOT, 'test', 'excel', 'contract', 'contractEntry.ts');

// One shape for what the page reports, declared where the page builds it.
export type { ContractRun };

function newest(path: string): number {
  const st = statSync(path);
  return st.isDirectory() ? Math.max(0, ...readdirSync(path).map((n) => newest(join(path, n)))) : st.mtimeMs;
}

/** Bundles the contract entry (adapter, engine, fake, mirror) for the browser, unless the bundle is newer than the source. */
async function bundle(): Promise<string> {
  const file = join(OUT, 'contract.js');
  const sources = Math.max(newest(join(ROOT, 'src')), newest(join(ROOT, 'test', 'excel')));
  if (existsSync(file) && statSync(file).mtimeMs > sources) return file;
  mkdirSync(OUT, { recursive: true });
  const webpack = require('webpack');
  await new Promise<void>((resolve, reject) => {
    webpack({
      mode: 'development',
      devtool: false,
      target: 'web',
      entry: ENTRY,
      output: { path: OUT, filename: 'contract.js' },
      resolve: { extensions: ['.ts', '.tsx', '.js'] },
      module: { rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext', moduleResolution: 'bundler' } } } }] },
      performance: { hints: false },
    }, (err: Error | null, stats: { hasErrors(): boolean; toString(o: string): string }) => {
      if (err) reject(err);
      else if (stats.hasErrors()) reject(new Error(stats.toString('errors-only')));
      else resolve();
    });
  });
  return file;
}

/** Runs contractRun(n) for each team size in one page; returns the real request sizes and any unknown calls. */
export async function runContract(sizes: readonly number[], probeUnknown = false, breakCounts: readonly number[] = []): Promise<ContractRun[]> {
  const script = await bundle();
  const pages: Record<string, string> = {
    '/': '<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>',
  };
  const server = createServer((req, res) => {
    const body = pages[req.url ?? ''];
    if (body) res.writeHead(200, { 'content-type': 'text/html' }).end(body);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const profile = mkdtempSync(join(tmpdir(), 'lsa-contract-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    await context.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
    const page = context.pages()[0] ?? (await context.newPage());
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${origin}/`);
    await page.addScriptTag({ content: readFileSync(EXCEL_SCRIPT, 'utf8') });
    await page.addScriptTag({ content: readFileSync(script, 'utf8') });
    const runs: ContractRun[] = [];
    if (probeUnknown) runs.push(await page.evaluate(() => (globalThis as any).__contract.probeUnknown()));
    // Request bytes of N page breaks, as { staff: N, write: [bytes] } runs.
    for (const n of breakCounts) runs.push({ staff: n, write: [await page.evaluate((k) => (globalThis as any).__contract.pageBreakBytes(k), n)] } as ContractRun);
    for (const n of sizes) {
      runs.push(await page.evaluate((staff) => (globalThis as any).__contract.contractRun(staff), n));
    }
    if (errors.length) throw new Error(`Page errors: ${errors.join('; ')}`);
    return runs;
  } finally {
    await context.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
