import fs from 'fs';
import os from 'os';
import path from 'path';

const { checkManifest } = require('../../scripts/lib/manifestCheck');
const { parseXml } = require('../../scripts/lib/parseXml');
const { encodePng } = require('../../scripts/make-icons');

const ROOT = path.join(__dirname, '../..');
const SOURCE = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const check = (xml: string, options: object = { root: ROOT }): string[] => checkManifest(xml, options).errors;
/** The source manifest with one edit; fails the test if the text to replace is missing. */
const edit = (from: string | RegExp, to: string): string => {
  const out = SOURCE.replace(from, to);
  if (out === SOURCE) throw new Error(`not in manifest.xml: ${from}`);
  return out;
};

describe('parseXml', () => {
  it('rejects malformed XML, a second root and a repeated attribute', () => {
    expect(parseXml('<a><b></a>').errors[0]).toMatch(/Unexpected close tag/);
    expect(parseXml('<a/><b/>').errors[0]).toMatch(/second root/);
    expect(parseXml('<a x="1" x="2"/>').errors[0]).toMatch(/x appears twice/);
    expect(parseXml('').errors).toEqual(['No root element']);
  });

  it('does not mistake "name=" inside a quoted value for an attribute', () => {
    expect(parseXml('<a x="y x=z"/>').errors).toEqual([]);
  });
});

describe('checkManifest (offline)', () => {
  it('passes the source manifest with its icons, all under https://localhost:3000/', () => {
    const result = checkManifest(SOURCE, { root: ROOT });
    expect(result.errors).toEqual([]);
    expect(result.base).toBe('https://localhost:3000/');
    expect(result.checked.icons).toBe(4); // 16, 32, 64, 80
  });

  it('reports XML that does not parse, e.g. "--" inside a comment', () => {
    expect(check(edit('<Hosts>', '<!-- a -- b --><Hosts>'))[0]).toMatch(/^XML does not parse: Malformed comment/);
  });

  it('reports a resid with no Resources entry, or one of the wrong kind', () => {
    expect(check(edit('<Label resid="Group.Label"/>', '<Label resid="Group.Lable"/>'))).toEqual(['<Label resid="Group.Lable"> has no Resources entry']);
    expect(check(edit('<Label resid="Group.Label"/>', '<Label resid="OpenPane.Tooltip"/>'))).toEqual(['<Label resid="OpenPane.Tooltip"> must name a short string, not a long string']);
  });

  it('reports a resource id defined twice or longer than 32 characters', () => {
    const twice = edit('<bt:String id="Group.Label"', '<bt:String id="Functions.Namespace" DefaultValue="X"/><bt:String id="Group.Label"');
    expect(check(twice)).toEqual(['Resource id "Functions.Namespace" is defined twice']);
    const long = 'Functions.Namespace.Is.Far.Too.Long';
    expect(check(SOURCE.split('"Functions.Namespace"').join(`"${long}"`))).toEqual([`Resource id "${long}" is longer than 32 characters`]);
  });

  it('reports URLs that are not https or not under the one base', () => {
    expect(check(edit('https://localhost:3000/functions.json', 'http://localhost:3000/functions.json'))).toEqual(['<bt:Url> URL is not https: http://localhost:3000/functions.json']);
    expect(check(edit('https://localhost:3000/support.html"/>\n  <Hosts>', 'https://elsewhere.example/help"/>\n  <Hosts>'))).toEqual([
      '<SupportUrl> URL https://elsewhere.example/help is not under the base https://localhost:3000/',
    ]);
  });

  it('reports a missing or too-old requirement set', () => {
    expect(check(edit(/\s*<Set Name="SharedRuntime" MinVersion="1.1"\/>/, ''))).toEqual(['Requirement set SharedRuntime 1.1 is not declared']);
    expect(check(edit('<Set Name="CustomFunctionsRuntime" MinVersion="1.1"/>', '<Set Name="CustomFunctionsRuntime" MinVersion="1.0"/>'))).toEqual([
      'Requirement set CustomFunctionsRuntime must be at least 1.1, not 1.0',
    ]);
  });

  it('reports a runtime that is not long-lived', () => {
    expect(check(edit('lifetime="long"', 'lifetime="short"'))).toEqual(['<Runtime> must have lifetime="long" (shared runtime)']);
  });

  describe('icons', () => {
    let dir: string;
    beforeAll(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lsa-manifest-'));
      fs.mkdirSync(path.join(dir, 'assets'));
      for (const size of [16, 32, 64, 80]) fs.copyFileSync(path.join(ROOT, `assets/icon-${size}.png`), path.join(dir, `assets/icon-${size}.png`));
    });
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('reports an icon whose PNG is not the declared size', () => {
      fs.writeFileSync(path.join(dir, 'assets/icon-80.png'), encodePng(40, () => [0, 0, 0, 255]));
      expect(check(SOURCE, { root: dir })).toEqual(['Icon https://localhost:3000/assets/icon-80.png is 40x40, declared as 80x80']);
    });

    it('reports a missing icon, and with requireFiles every missing page', () => {
      fs.rmSync(path.join(dir, 'assets/icon-16.png'));
      expect(check(SOURCE, { root: dir })).toContainEqual(expect.stringMatching(/^Icon https:\/\/localhost:3000\/assets\/icon-16.png \(16px\): no file/));
      expect(check(SOURCE, { root: dir, requireFiles: true })).toContainEqual(expect.stringMatching(/^https:\/\/localhost:3000\/taskpane.html: no file/));
    });
  });
});
