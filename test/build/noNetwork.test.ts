import { execFileSync } from 'child_process';
import fs from 'fs';
import path from 'path';

const ROOT = path.join(__dirname, '../..');
const DIST = path.join(ROOT, 'dist');
const BUNDLES = ['functions.js', 'taskpane.js'];
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

/** Browser APIs that send or fetch data; Office.js (loaded from Microsoft's CDN, never bundled) is the only code allowed to use them. */
const NETWORK_APIS: [string, RegExp][] = [
  ['fetch', /(?<![\w$.])fetch\s*\(|\.fetch\s*\(|\[\s*["'`]fetch["'`]\s*\]/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['WebSocket', /\bWebSocket\b/],
  ['sendBeacon', /\bsendBeacon\b/],
  ['EventSource', /\bEventSource\b/],
  ['importScripts', /\bimportScripts\s*\(/],
  ['WebTransport', /\bWebTransport\b/],
  ['RTCPeerConnection', /\bRTCPeerConnection\b/],
  ['remote import()', /\bimport\s*\(\s*["'`](?:https?:)?\/\//],
  ['remote Worker', /new\s+(?:Shared)?Worker\s*\(\s*["'`](?:https?:)?\/\//],
];

/** Each network API found in a bundle, with a little context to judge it by. */
function networkCalls(js: string): string[] {
  return NETWORK_APIS.flatMap(([name, re]) => {
    const m = new RegExp(re.source, 'g').exec(js);
    return m ? [`${name}: …${js.slice(Math.max(0, m.index - 60), m.index + 60)}…`] : [];
  });
}

describe('staff data stays private: the built bundles make no network calls (SPEC 7)', () => {
  beforeAll(() => {
    if (BUNDLES.every((f) => fs.existsSync(path.join(DIST, f)))) return;
    execFileSync(npx, ['webpack', '--mode', 'production'], { cwd: ROOT, env: { ...process.env, CI: '1' }, stdio: 'pipe', timeout: 480_000 });
  }, 600_000);

  it('the scanner finds each API it looks for', () => {
    const samples = ['fetch("/x")', 'window.fetch(u)', 'new XMLHttpRequest()', 'new WebSocket(u)', 'navigator.sendBeacon(u,d)', 'new EventSource(u)',
      'importScripts("https://cdn.example/x.js")', 'new WebTransport(u)', 'new RTCPeerConnection()', 'import("https://cdn.example/m.js")', 'new Worker("https://x/w.js")'];
    expect(samples.map((s) => networkCalls(s).length)).toEqual(samples.map(() => 1));
    expect(networkCalls('prefetchData(); const fetched = 1; "https://reactjs.org/docs/error-decoder.html"')).toEqual([]);
  });

  it.each(BUNDLES)('%s holds no fetch, XMLHttpRequest, WebSocket, sendBeacon, EventSource or remote scripts', (bundle) => {
    const js = fs.readFileSync(path.join(DIST, bundle), 'utf8');
    expect(js.length).toBeGreaterThan(1000);
    expect(networkCalls(js)).toEqual([]);
  });

  it('scans every bundle in dist/', () => {
    const all = fs.readdirSync(DIST).filter((f) => f.endsWith('.js'));
    for (const f of all) expect({ f, calls: networkCalls(fs.readFileSync(path.join(DIST, f), 'utf8')) }).toEqual({ f, calls: [] });
  });

  it('loads no script from elsewhere but Office.js from Microsoft, under a CSP that forbids connections', () => {
    const html = fs.readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
    const remote = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)].map((m) => m[1]).filter((src) => /^(https?:)?\/\//.test(src));
    expect(remote).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js']);
    expect(html).toMatch(/connect-src 'none'/);
  });
});
