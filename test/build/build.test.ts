import { execFileSync } from 'child_process';
import fs from 'fs';
import path from 'path';

const { checkManifest } = require('../../scripts/lib/manifestCheck');

const ROOT = path.join(__dirname, '../..');
const DIST = path.join(ROOT, 'dist');
const PROD_BASE = 'https://lsa-audit.example.org/';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
// No Microsoft service, no prompts: CI=1 keeps validate offline.
const ENV = { ...process.env, CI: '1', ADDIN_BASE_URL: '' };
const read = (file: string): string => fs.readFileSync(path.join(DIST, file), 'utf8');

/** Facts from webpack.config.js evaluated in a plain node process (jest's resolver would not see scripts/lib/ajvPeerFix). */
function configFacts(mode: string, env: Record<string, string> = {}): any {
  const script = `
    const config = require('./webpack.config.js');
    config({}, { mode: '${mode}' }).then((c) => {
      const rule = c.module.rules[0].use;
      const copy = c.plugins.find((p) => p.constructor.name === 'CopyPlugin');
      const manifest = copy.patterns.find((p) => p.from === 'manifest.xml');
      const out = manifest.transform(require('fs').readFileSync('manifest.xml'));
      console.log(JSON.stringify({
        entry: c.entry, transpileOnly: rule.options.transpileOnly, devtool: c.devtool, devServer: c.devServer === undefined ? null : 'set',
        devCertsLoaded: Object.keys(require.cache).some((k) => k.includes('office-addin-dev-certs')),
        manifestUrls: [...new Set(out.match(/https:[^"]+/g))],
      }));
    }, (e) => { console.log(JSON.stringify({ error: e.message })); });`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' }));
}

describe('webpack.config.js', () => {
  it('bundles functions and taskpane with transpile-only ts-loader, without dev certificates', () => {
    const facts = configFacts('production');
    expect(facts.entry).toEqual({ functions: './src/functions/functions.ts', taskpane: './src/taskpane/index.tsx' });
    expect(facts.transpileOnly).toBe(true);
    expect(facts.devServer).toBeNull();
    expect(facts.devCertsLoaded).toBe(false);
  });

  it('substitutes ADDIN_BASE_URL (with a trailing / added) for the dev URL in the manifest', () => {
    const underBase = (urls: string[], base: string) => urls.length > 0 && urls.every((u) => u.startsWith(base)) && urls.includes(`${base}taskpane.html`);
    expect(underBase(configFacts('production').manifestUrls, PROD_BASE)).toBe(true);
    expect(underBase(configFacts('production', { ADDIN_BASE_URL: 'https://schools.example.net/lsa' }).manifestUrls, 'https://schools.example.net/lsa/')).toBe(true);
    expect(configFacts('production', { ADDIN_BASE_URL: 'http://insecure.example' }).error).toMatch(/ADDIN_BASE_URL must be an https URL/);
  });

  it('keeps https://localhost:3000/ in development and avoids eval source maps (CSP)', () => {
    const facts = configFacts('development');
    expect(facts.manifestUrls.every((u: string) => u.startsWith('https://localhost:3000/'))).toBe(true);
    expect(facts.devtool).toBe('source-map');
  });
});

describe('npm run build', () => {
  beforeAll(() => {
    execFileSync(npm, ['run', 'build'], { cwd: ROOT, env: ENV, stdio: 'pipe', timeout: 240_000 });
  }, 300_000);

  it('writes the pages, bundles, metadata, manifest and icons', () => {
    for (const file of ['taskpane.html', 'taskpane.js', 'functions.js', 'functions.json', 'manifest.xml', 'support.html']) {
      expect(fs.existsSync(path.join(DIST, file))).toBe(true);
    }
    for (const size of [16, 32, 64, 80]) expect(fs.existsSync(path.join(DIST, `assets/icon-${size}.png`))).toBe(true);
  });

  it('substitutes the production base URL throughout dist/manifest.xml', () => {
    const manifest = read('manifest.xml');
    expect(manifest).not.toMatch(/localhost/);
    expect(manifest).toContain(`${PROD_BASE}taskpane.html`);
    expect(manifest).toContain(`${PROD_BASE}functions.json`);
  });

  it('passes the offline manifest check with every referenced file present', () => {
    const result = checkManifest(read('manifest.xml'), { root: DIST, requireFiles: true });
    expect(result.errors).toEqual([]);
    expect(result.base).toBe(PROD_BASE);
  });

  it('says which check ran when validating dist/manifest.xml', () => {
    const out = execFileSync(process.execPath, ['scripts/validate-manifest.js', 'dist/manifest.xml'], { cwd: ROOT, env: ENV, encoding: 'utf8' });
    expect(out).toMatch(/^offline check: passed .*all files present/m);
    expect(out).toMatch(/^online validation: skipped \(CI is set\)/m);
  });

  it('hosts both bundles on the shared runtime page, Office.js from its CDN, under a strict CSP', () => {
    const html = read('taskpane.html');
    expect(html).toContain('<script src=https://appsforoffice.microsoft.com/lib/1/hosted/office.js></script>');
    expect(html.indexOf('src=functions.js')).toBeGreaterThan(html.indexOf('office.js'));
    expect(html.indexOf('src=taskpane.js')).toBeGreaterThan(html.indexOf('src=functions.js'));
    const csp = /http-equiv=Content-Security-Policy content="([^"]+)"/.exec(html)![1];
    expect(csp.split('; ')).toEqual([
      "default-src 'self'", "script-src 'self' https://appsforoffice.microsoft.com", "connect-src 'none'",
      "style-src 'self' 'unsafe-inline'", "img-src 'self' data:", "object-src 'none'", "base-uri 'none'", "form-action 'none'",
    ]);
    expect(html).toContain('<div id=root></div>');
  });

  it('emits functions.json with the twelve functions (SPEC 5 and REFLECTCHECK, 9.3), data types kept out of `any` parameters, and registers them without the plugin\'s unguarded calls', () => {
    const metadata = JSON.parse(read('functions.json'));
    expect(metadata.functions).toHaveLength(12);
    // The metadata generator always writes true; core reads plain values only (src/functions/_lib/plainArgs.ts).
    expect(metadata.allowCustomDataForDataTypeAny).toBe(false);
    const js = read('functions.js');
    expect(js).not.toMatch(/CustomFunctions\.associate\(/);
    expect(js).not.toMatch(/\beval\(|new Function\(/);
  });

  it('keeps the bundles small: functions.js under 150 KB, taskpane.js under 1.5 MB', () => {
    expect(fs.statSync(path.join(DIST, 'functions.js')).size).toBeLessThan(150 * 1024);
    expect(fs.statSync(path.join(DIST, 'taskpane.js')).size).toBeLessThan(1.5 * 1024 * 1024);
  });
});
