import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';
import { AUDIT_ISSUE_CODES, type AuditIssueCode } from '../../src/core/auditIssueCode';
import { NOS_CATALOGUE } from '../../src/core/nos/nosCatalogue';
import { parseWorkbook } from '../../src/core/parse/parseWorkbook';
import { runAudit } from '../../src/core/runAudit';
import { AUDIT_ISSUES_HEADERS, auditIssuesSheet } from '../../src/core/sheets/auditIssuesSheet';
import { readWorkbookFile } from '../../src/xlsx/readXlsx';

const ROOT = join(__dirname, '../..');
const CODES = Object.keys(AUDIT_ISSUE_CODES) as AuditIssueCode[];
const TABLE = relative(ROOT, require.resolve('../../src/core/auditIssueCode'));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The codes no source file but the table itself names as a string literal. */
function deadCodes(codes: readonly string[], sources: readonly { path: string; text: string }[]): string[] {
  const used = sources.filter((s) => s.path !== TABLE).map((s) => s.text).join('\n');
  return codes.filter((code) => !new RegExp(`['"\`]${code}['"\`]`).test(used));
}

describe('the Audit Issue codes (issue 19: issues as data)', () => {
  test('every code is kebab-case with a one-line meaning', () => {
    expect(CODES.length).toBeGreaterThanOrEqual(30);
    for (const code of CODES) {
      expect({ code, ok: /^[a-z]+(-[a-z]+)*$/.test(code) }).toEqual({ code, ok: true });
      const meaning: string = AUDIT_ISSUE_CODES[code];
      expect({ code, ok: meaning.length > 10 && !meaning.includes('\n') }).toEqual({ code, ok: true });
    }
  });

  test('no dead codes: every code in the table is used somewhere in src', () => {
    const sources = sourceFiles(join(ROOT, 'src')).map((path) => ({ path: relative(ROOT, path), text: readFileSync(path, 'utf8') }));
    expect(sources.some((s) => s.path === TABLE)).toBe(true);
    expect(deadCodes(CODES, sources)).toEqual([]);
  });

  test('the dead-code check fails on a code nothing uses, and does not count the table itself', () => {
    const sources = [{ path: TABLE, text: "'future-date': 'x', 'never-used': 'y'" }, { path: 'src/core/a.ts', text: "code: 'future-date'" }];
    expect(deadCodes(['future-date', 'never-used'], sources)).toEqual(['never-used']);
  });
});

describe('every issue of the sample workbook carries a code from the table', () => {
  let issues: ReturnType<typeof runAudit>['issues'];
  let sheet: ReturnType<typeof auditIssuesSheet>;
  beforeAll(async () => {
    const { raw } = await readWorkbookFile(join(ROOT, 'assets/sample-team.xlsx'));
    const audit = runAudit(parseWorkbook(raw, { auditDate: '2026-09-01', auditDateExplicit: true }), NOS_CATALOGUE);
    issues = audit.issues;
    sheet = auditIssuesSheet(audit);
  });

  test('each AuditIssue has a code in AUDIT_ISSUE_CODES', () => {
    expect(issues.length).toBeGreaterThan(10);
    expect(issues.filter((i) => !CODES.includes(i.code))).toEqual([]);
  });

  test('the Audit Issues sheet shows the code in its last column, Code', () => {
    expect(AUDIT_ISSUES_HEADERS[AUDIT_ISSUES_HEADERS.length - 1]).toBe('Code');
    expect(sheet.headers.slice(0, 8)).toEqual(['Sheet', 'Row', 'Column', 'Staff ID', 'Problem', 'Value', 'Name', 'Severity']);
    const last = sheet.headers.length - 1;
    expect(sheet.rows.map((r) => r[last]).sort()).toEqual(issues.map((i) => i.code).sort());
    expect(sheet.rows.find((r) => r[4] === 'summary row, not audited')?.[last]).toBe('summary-row');
  });
});
