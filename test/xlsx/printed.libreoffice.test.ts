import { execFileSync, spawnSync } from 'child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { buildZip, part } from './_lib/buildZip';
import { xlsxParts } from './_lib/xlsxParts';
import { auditToSheets } from '../../src/core/auditToSheets';
import { NOS_CATALOGUE } from '../../src/core/nos/nosCatalogue';
import { parseWorkbook } from '../../src/core/parse/parseWorkbook';
import { runAudit } from '../../src/core/runAudit';
import { readWorkbookFile } from '../../src/xlsx/readXlsx';
import { writeAuditWorkbook } from '../../src/xlsx/writeXlsx';

// The sample audit printed as an inspector gets it (SPEC 4.2): LibreOffice turns the command line's output into a PDF.
// The pages of the Audit Summary and the Skills Matrix are left as PNGs in test-output/printed/ to be looked at.
const soffice = ['soffice', 'libreoffice'].find((cmd) => spawnSync('which', [cmd]).status === 0);
const poppler = spawnSync('which', ['pdftoppm']).status === 0 && spawnSync('which', ['pdftotext']).status === 0;
if (!soffice || !poppler) console.warn('SKIPPED printing through LibreOffice: soffice or poppler-utils is not installed.');
const maybe = soffice && poppler ? describe : describe.skip;

const PNG_DIR = path.join(__dirname, '../../test-output/printed');
const OUTPUT_SHEETS = ['Audit Summary', 'Skills Profile', 'Skills Matrix (2)', 'Training Needs', 'Team Training Plan', 'Qualifications', 'Workforce Profile', 'PDP Check', 'Reflection Check', 'Personal Plans', 'Audit Issues', 'Audit History'];

/** Prints a workbook to PDF; returns each page's text. */
function print(dir: string, book: string): { pdf: string; pages: string[] } {
  execFileSync(soffice!, ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, book], { stdio: 'pipe', timeout: 240_000 });
  const pdf = book.replace(/\.xlsx$/, '.pdf');
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 }).toString('utf8');
  return { pdf, pages: text.split('\f').slice(0, -1) };
}

/** The pages a sheet prints on: every page carries the sheet's name in its header (&A), on its first line. */
function pagesOf(pages: readonly string[], sheet: string): number[] {
  return pages.flatMap((text, i) => {
    const head = text.split('\n').find((line) => line.trim() !== '') ?? '';
    return new RegExp(`\\s{2,}${sheet.replace(/[()]/g, '\\$&')}\\s{2,}`).test(head) ? [i + 1] : [];
  });
}

/** The paper of a page and whether it stands upright. */
function pdfPaper(pdf: string, page: number): { paper: string | undefined; portrait: boolean } {
  const info = execFileSync('pdfinfo', ['-f', String(page), '-l', String(page), pdf]).toString();
  const size = /size:\s+([\d.]+) x ([\d.]+) pts \((\w+)\)/.exec(info);
  return { paper: size?.[3], portrait: size ? Number(size[1]) < Number(size[2]) : false };
}

function png(pdf: string, page: number, out: string, dpi = 80): Buffer {
  const base = out.replace(/\.png$/, '');
  execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-png', '-singlefile', pdf, base]);
  return readFileSync(`${base}.png`);
}

/** Share of pixels that are not near-white in a region of a PNG (8-bit RGB or RGBA, as pdftoppm writes). */
function inkShare(file: Buffer, region: { x0: number; y0: number; x1: number; y1: number }): number {
  // pdftoppm writes plain PNGs: decode IHDR and inflate the IDAT stream (filter bytes undone row by row).
  const zlib = require('zlib') as typeof import('zlib');
  const width = file.readUInt32BE(16);
  const height = file.readUInt32BE(20);
  const channels = file[25] === 6 ? 4 : file[25] === 2 ? 3 : 1;
  const chunks: Buffer[] = [];
  for (let at = 8; at < file.length; ) {
    const len = file.readUInt32BE(at);
    if (file.toString('ascii', at + 4, at + 8) === 'IDAT') chunks.push(file.subarray(at + 8, at + 8 + len));
    at += 12 + len;
  }
  const raw = zlib.inflateSync(Buffer.concat(chunks));
  const stride = width * channels;
  const pixels = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x];
      const a = x >= channels ? pixels[y * stride + x - channels] : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const c = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels] : 0;
      const p = a + b - c;
      const pred = filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1
        : filter === 4 ? (Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c) : 0;
      pixels[y * stride + x] = (v + pred) & 0xff;
    }
  }
  let ink = 0;
  let all = 0;
  for (let y = Math.floor(region.y0 * height); y < Math.floor(region.y1 * height); y++) {
    for (let x = Math.floor(region.x0 * width); x < Math.floor(region.x1 * width); x++) {
      const i = y * stride + x * channels;
      all++;
      if (pixels[i] < 230 || pixels[i + (channels > 1 ? 1 : 0)] < 230 || pixels[i + (channels > 2 ? 2 : 0)] < 230) ink++;
    }
  }
  return ink / all;
}

maybe('the sample audit printed through LibreOffice (SPEC 4.2)', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lsa-printed-'));
  const out = path.join(dir, 'audit.xlsx');
  let printed: { pdf: string; pages: string[] };
  let audited = 0;

  beforeAll(async () => {
    // What the command line writes (runCli's steps, in process so the test needs no build).
    const input = path.join(__dirname, '../../assets/sample-team.xlsx');
    const read = await readWorkbookFile(input);
    const audit = runAudit(parseWorkbook(read.raw, { auditDate: '2026-09-01', auditDateExplicit: true }), NOS_CATALOGUE);
    audited = audit.staff.length;
    await writeAuditWorkbook(input, out, auditToSheets(audit, { runAt: '2026-09-01 10:00', catalogue: NOS_CATALOGUE }), { read });
    printed = print(dir, out);
    mkdirSync(PNG_DIR, { recursive: true });
  });

  it('prints the Audit Summary on one page, with its sources at the foot, and it still fits at a fixed 80% scale (SPEC 9.3: 24 indicators)', () => {
    const pages = pagesOf(printed.pages, 'Audit Summary');
    expect(pages).toHaveLength(1);
    const text = printed.pages[pages[0] - 1];
    expect(text).toMatch(/Indicator ID/);
    expect(text).toMatch(/Sources: CPD study notes: CPD and reflective practice/);
    expect(text).toMatch(/Page \d+ of \d+/);
    copyFileSync(path.join(dir, 'audit.pdf'), path.join(PNG_DIR, 'sample-audit.pdf'));
    png(printed.pdf, pages[0], path.join(PNG_DIR, 'audit-summary.png'), 100);

    // The same workbook with the summary set to print at 80% instead of "fit to one page": still one page.
    const book = xlsxParts(out);
    const sheet = book.sheetPath('Audit Summary');
    const fixed = book.names.map((name) => {
      let xml = book.part(name)!;
      if (name === sheet) {
        xml = xml.replace('<pageSetUpPr fitToPage="1"/>', '<pageSetUpPr fitToPage="0"/>').replace(/scale="\d+"/, 'scale="80"');
        expect(xml).toContain('scale="80"');
      }
      return part(name, xml);
    });
    const at80 = path.join(dir, 'at80.xlsx');
    writeFileSync(at80, buildZip(fixed));
    const scaled = print(dir, at80);
    expect(pagesOf(scaled.pages, 'Audit Summary')).toHaveLength(1);
  });

  it('draws the Audit Summary charts: their titles print and their area is not blank', () => {
    const page = pagesOf(printed.pages, 'Audit Summary')[0];
    const text = printed.pages[page - 1];
    expect(text).toMatch(/Indicators by/);
    expect(text).toMatch(/Percentage indicators against their targets/);
    const image = readFileSync(path.join(PNG_DIR, 'audit-summary.png'));
    // The charts sit top right, beside the header block: well over 5% of that area is ink when they are drawn.
    expect(inkShare(image, { x0: 0.33, y0: 0.05, x1: 0.85, y1: 0.2 })).toBeGreaterThan(0.05);
  });

  it('prints the Skills Matrix with its key, names and levels on every page, and the team chart', () => {
    const pages = pagesOf(printed.pages, 'Skills Matrix (2)');
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(printed.pages[pages[0] - 1]).toMatch(/Met the target/);
    expect(printed.pages[pages[0] - 1]).toMatch(/Two or more short/);
    for (const p of pages) expect(printed.pages[p - 1]).toMatch(/Staff ID\s+Name\s+LSA/);
    expect(printed.pages.filter((_, i) => pages.includes(i + 1)).join('\n')).toMatch(/% of assessed staff at target, per criterion/);
    pages.forEach((p, i) => png(printed.pdf, p, path.join(PNG_DIR, `skills-matrix-${i + 1}.png`), 100));
  });

  it('prints Personal Plans a person to a page: each starts a new page, no page holds two people, a page a block runs on to repeats the name', () => {
    const pages = pagesOf(printed.pages, 'Personal Plans');
    // Each block's title line: "<name>  Staff ID <id>  Personal plan", with "(continued)" after the name on later pages.
    const titles = pages.map((p) => printed.pages[p - 1].split('\n').filter((line) => /\bStaff ID \S+/.test(line)));
    const people = titles.map((lines) => lines.map((line) => line.trim().replace(/\s+Staff ID .*$/, '')));
    for (const [i, onPage] of people.entries()) expect({ page: pages[i], people: onPage.length }).toEqual({ page: pages[i], people: 1 });
    // The name at the top of each page: a new person, or the person of the page before, continued.
    const starts = people.filter(([name]) => !name.endsWith('(continued)')).map(([name]) => name);
    expect(starts).toHaveLength(audited);
    expect(new Set(starts).size).toBe(audited);
    people.forEach(([name], i) => {
      if (name.endsWith('(continued)')) expect(people[i - 1][0].replace(/ \(continued\)$/, '')).toBe(name.replace(/ \(continued\)$/, ''));
    });
    for (const p of pages) expect(pdfPaper(printed.pdf, p)).toEqual({ paper: 'A4', portrait: true });
    console.log(`Personal Plans: ${pages.length} pages printed for ${audited} people audited`);
    pages.slice(0, 4).forEach((p, i) => png(printed.pdf, p, path.join(PNG_DIR, `personal-plans-${i + 1}.png`), 80));
  });

  it('puts every output sheet on A4 pages with the sheet\'s name in the header and "Page n of N" in the footer', () => {
    for (const sheet of OUTPUT_SHEETS) {
      const pages = pagesOf(printed.pages, sheet);
      expect({ sheet, pages: pages.length > 0 }).toEqual({ sheet, pages: true });
      for (const p of pages) {
        expect(printed.pages[p - 1]).toMatch(/Page \d+ of \d+/);
        const info = execFileSync('pdfinfo', ['-f', String(p), '-l', String(p), printed.pdf]).toString();
        expect({ sheet, page: p, paper: /size:\s+[\d.]+ x [\d.]+ pts \((\w+)\)/.exec(info)?.[1] }).toEqual({ sheet, page: p, paper: 'A4' });
      }
    }
  });

  it('cuts no text: in every output table, a text longer than its column wraps', () => {
    const book = xlsxParts(out);
    const strings = [...book.part('xl/sharedStrings.xml')!.matchAll(/<si>(.*?)<\/si>/gs)].map((m) => m[1].replace(/<[^>]+>/g, ''));
    const xfs = /<cellXfs[^>]*>(.*?)<\/cellXfs>/s.exec(book.part('xl/styles.xml')!)![1].match(/<xf [^>]*?(\/>|>.*?<\/xf>)/gs)!;
    const wraps = xfs.map((xf) => /wrapText="1"/.test(xf));
    const cut: string[] = [];
    for (const sheet of OUTPUT_SHEETS) {
      const xml = book.sheetPart(sheet);
      const widths = new Map<number, number>();
      for (const m of xml.matchAll(/<col min="(\d+)" max="(\d+)" width="([\d.]+)"/g)) for (let c = Number(m[1]); c <= Number(m[2]); c++) widths.set(c, Number(m[3]));
      const filter = /<autoFilter ref="[A-Z]+(\d+):[A-Z]+(\d+)"/.exec(xml);
      if (!filter) continue;
      const [top, bottom] = [Number(filter[1]), Number(filter[2])];
      const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      const filled = new Set([...xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*?>\s*<v>/g)].map((m) => m[1]));
      const letter = (n: number): string => (n > 26 ? letter(Math.floor((n - 1) / 26)) : '') + String.fromCharCode(65 + ((n - 1) % 26));
      for (const m of xml.matchAll(/<c r="([A-Z]+)(\d+)"(?: s="(\d+)")? t="s"><v>(\d+)<\/v><\/c>/g)) {
        const row = Number(m[2]);
        if (row <= top || row > bottom) continue;
        const column = col(m[1]);
        const text = strings[Number(m[4])];
        const width = widths.get(column) ?? 8.43;
        // Text runs on into an empty cell to its right; only text stopped by a filled neighbour is cut.
        const stopped = filled.has(`${letter(column + 1)}${row}`);
        if (text.length > width * 1.1 && stopped && !wraps[Number(m[3] ?? 0)]) cut.push(`${sheet}!${m[1]}${row}: ${text.slice(0, 40)}`);
      }
    }
    expect(cut).toEqual([]);
  });
});
