// Builds docs/columns.md from the code's synonym tables and parsers, so the page cannot drift from what the audit
// reads. Run `npm run docs:columns` after changing a synonym or a parser; test/docs/columnsDoc.test.ts fails until then.
import { COMPLIANCE_COURSES, COMPLIANCE_LABELS } from '../../src/core/compliance/complianceStatus';
import type { CellValue } from '../../src/core/cells/cellValue';
import { MANAGER_WORDS, parseRatingHeader, SELF_WORDS } from '../../src/core/nos/criterionCode';
import { NOS_CATALOGUE } from '../../src/core/nos/nosCatalogue';
import { parseRating } from '../../src/core/nos/parseRating';
import { RATING_LABELS } from '../../src/core/rating';
import { canonicalContract } from '../../src/core/parse/canonicalContract';
import { SPECIALISM_SYNONYMS } from '../../src/core/parse/canonicalSpecialism';
import { FIELD_LABELS } from '../../src/core/choices/fieldLabels';
import { FIELD_SYNONYMS, NO_PARTIAL_MATCH } from '../../src/core/parse/fieldSynonyms';
import { matchHeader } from '../../src/core/parse/matchHeader';
import { normaliseHeader } from '../../src/core/parse/normaliseHeader';
import { CPD_COLUMNS } from '../../src/core/parse/parseCpdLog';
import { PRACTICE_COLUMNS } from '../../src/core/parse/parsePracticeLog';
import { REFLECTIVE_LOG_COLUMNS } from '../../src/core/parse/parseReflectiveLog';
import { OBSERVATION_COLUMNS } from '../../src/core/parse/parseObservations';
import { parseDate } from '../../src/core/cells/parseDate';
import { NEED_COLUMNS } from '../../src/core/parse/parseLearnerNeeds';
import { parseLevel } from '../../src/core/parse/parseLevel';
import { parsePersonalSkill } from '../../src/core/parse/parsePersonalSkill';
import { PDP_COLUMNS } from '../../src/core/parse/parsePdpSheet';
import { SETTINGS_LABELS } from '../../src/core/parse/parseSettingsSheet';
import { TARGET_COLUMNS } from '../../src/core/parse/parseTargetsSheet';
import { UNIT_COLUMNS } from '../../src/core/parse/parseUnitsSheet';
import { parseYesNo } from '../../src/core/parse/parseYesNo';
import { parseAspiration } from '../../src/core/parse/parseAspiration';
import { OPTIONAL_SHEET_NAMES, type OptionalSheet } from '../../src/core/parse/sheetNames';
import { STAFF_FIELD_READERS } from '../../src/core/parse/staffFieldReaders';
import { defaultSettings } from '../../src/core/settings';
import { FIELD_GROUPS, formatOf, groupOf } from './fieldFormats';

/** The path of the generated page, from the repository root. */
export const COLUMNS_DOC = 'docs/columns.md';

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (s: string): string => (s === '' ? '(blank)' : `\`${s.replace(/\n/g, '⏎')}\``);
const list = (items: readonly string[]): string => items.map((s) => cell(s)).join(', ');

/** Fields that have no line in scripts/docs/fieldFormats.ts (the test fails on any). */
export function fieldsWithoutFormat(): string[] {
  return Object.keys(FIELD_SYNONYMS).filter((f) => formatOf(f) === undefined);
}

function staffTable(): string[] {
  const fields = Object.keys(FIELD_SYNONYMS) as (keyof typeof FIELD_SYNONYMS)[];
  const groups = [...FIELD_GROUPS.map(([g]) => g), 'Other'];
  const out: string[] = [];
  for (const group of groups) {
    const inGroup = fields.filter((f) => groupOf(f) === group);
    if (inGroup.length === 0) continue;
    out.push(`### ${group}`, '', '| field (key) | header synonyms | what to put in it |', '| --- | --- | --- |');
    for (const f of inGroup) {
      const label = (FIELD_LABELS as Partial<Record<string, string>>)[f];
      out.push(`| ${label ? `${cell(label)} (\`${f}\`)` : `\`${f}\``} | ${list(FIELD_SYNONYMS[f])} | ${cell(formatOf(f) ?? 'NOT DESCRIBED: add it to scripts/docs/fieldFormats.ts')} |`);
    }
    out.push('');
  }
  return out;
}

function examples<T>(title: string, samples: readonly CellValue[], read: (v: CellValue) => T, show: (r: T) => string): string[] {
  return [
    `| ${title} | read as |`, '| --- | --- |',
    ...samples.map((s) => `| ${typeof s === 'string' ? code(s) : `the number ${String(s)}`} | ${cell(show(read(s)))} |`),
    '',
  ];
}

const kindText = (r: { kind: string; [k: string]: unknown }, valueKey: string): string =>
  r.kind === 'blank' ? 'blank (not recorded)' : r.kind === 'invalid' ? 'not readable: listed in Audit Issues' : String(r[valueKey] ?? r.kind);

function ratingHeaders(): string[] {
  const samples = ['A1', 'NOS A1', 'A.1', 'A01', 'a1 rating', 'A1 self', 'A1 manager', 'A1 (mgr)', 'A1 agreed', 'B3 LM',
    'A4 Communicate effectively', 'A3 Develop relationships', 'A1 - High quality learning support', 'A2: engaging learners',
    'NOS A3 Plan learning support (self)', 'A4 manager: communication', 'A1 target', 'A1 - comments', 'C1 comments', 'C7', 'A18', 'B8', 'D1'];
  const codes = NOS_CATALOGUE.map((c) => c.code);
  return [
    '## NOS rating columns', '',
    `One column per criterion: ${codes[0]}-${codes[16]}, ${codes[17]}-${codes[23]}, ${codes[24]}-${codes[codes.length - 1]} (${codes.length} in all; Standard C only counts for specialists).`,
    'A header holds the criterion code (a letter, an optional `.` `-` or space, leading zeros allowed, the number), and around it only',
    'these words; after it, words of the criterion\'s title, or any text after a separator (`:` ` - ` `–`) or in a header that starts',
    'with NOS, unless that text says the column is about the criterion rather than its rating (target, date, comments, notes, evidence,',
    'due, gap, priority):', '',
    `- self rating (the default): ${list([...SELF_WORDS].map(code))}`,
    `- manager rating: ${list([...MANAGER_WORDS].map(code))}`, '',
    'Where both exist for a criterion, the manager\'s rating is the one scored (see [rules](rules.md#ratings-and-targets)).', '',
    '| header | read as |', '| --- | --- |',
    ...samples.map((h) => {
      const r = parseRatingHeader(h);
      return `| ${code(h)} | ${r ? `${r.code}, ${r.source} rating` : 'not a rating column'} |`;
    }),
    '',
    '### Rating values', '',
    `The scale: ${(Object.entries(RATING_LABELS) as [string, string][]).map(([n, l]) => `${n} ${l}`).join(', ')}.`, '',
    ...examples('cell', [0, 3, 4, '3', 'Competent', 'advanced', 'Not yet', '', '-', 'n/a', 'not assessed', 5, 2.5, 'good', '3 - Competent', '3 Competent', 'Competent (3)', '3 - Developing', 'Comp', 'Dev', 'Adv', 'Awa', 'NY'],
      (v) => parseRating(v), (r) => (r.kind === 'rating' ? `${r.rating} ${RATING_LABELS[r.rating]}` : r.kind === 'blank' ? 'not assessed' : r.kind === 'mismatch' ? 'number and label disagree: listed in Audit Issues, not assessed' : 'not readable: listed in Audit Issues, not assessed')),
  ];
}

function complianceTable(): string[] {
  const years = defaultSettings('2026-01-01').renewalYears;
  return [
    '## Compliance courses', '',
    'Each course column holds the date last completed; its renewal period (changeable on the Settings sheet) gives the expiry date.', '',
    '| course | header synonyms | renewal period |', '| --- | --- | --- |',
    ...COMPLIANCE_COURSES.map((c) => `| ${COMPLIANCE_LABELS[c]} | ${list(FIELD_SYNONYMS[`compliance:${c}`] ?? [])} | ${years[c]} years |`),
    '',
  ];
}

function valueFormats(): string[] {
  const contract = (v: CellValue) => canonicalContract(typeof v === 'string' ? v : null, null, defaultSettings('2026-01-01').fullTimeHours);
  return [
    '## Value formats', '',
    'What the audit makes of typical cells, produced by running the parsers on them.', '',
    '### LSA level', '',
    ...examples('cell', [3, 'Level 3', 'L3', 'LSA 3', 'Band 2', 'Grade 4', 'Lvl 2', 'Senior LSA', 'n/a', 5, 'Level five'], parseLevel, (r) => kindText(r, 'level')),
    '### English, maths and ICT levels', '',
    ...examples('cell', ['Entry 3', 'E2', 'Level 1', 'FS L1', 'Level 2', 'L2', 'GCSE C', 'GCSE 4', 'GCSE grade 3', 'GCSE D', 'A level', 'Degree', 'O level', 'none', 'good'], parsePersonalSkill, (r) => kindText(r, 'level')),
    '### Dates', '',
    'Excel dates and serial numbers are read as dates; in text, the UK order is used (03/04/2025 is 3 April).', '',
    ...examples('cell', [45750, '2025-04-03', '03/04/2025', '3/4/25', '3 April 2025', '3rd of April 2025', 'April 3, 2025', 'April 2025', 'Yes', 'Done', 'No', 'Outstanding', '', 'n/a', 'soon', '31/02/2025'],
      parseDate, (r) => (r.kind === 'date' ? r.date : r.kind === 'done' ? 'done, no date recorded' : r.kind === 'no' ? 'not done' : kindText(r, 'date'))),
    '### Yes/No', '',
    ...examples('cell', ['Yes', 'Y', 'x', '✓', 'Paid', 'Yes - LSA forum', 'No', 'N', 'Unpaid', 'No (unpaid)', 'Not paid', '', 'n/a', 'maybe'], parseYesNo,
      (r) => (r.kind === 'value' ? (r.value ? 'Yes' : 'No') : kindText(r, 'value'))),
    '### Contract', '',
    `Contract text without hours; a permanent contract with hours below the full-time hours (default ${defaultSettings('2026-01-01').fullTimeHours}) is part-time.`, '',
    ...examples('cell', ['Permanent', 'Permanent full-time', 'Perm FT', 'Permanent part-time', 'PT', 'Fixed term', 'Temporary', 'Maternity cover', 'Hourly paid', 'Sessional', 'Casual', 'Zero hours', 'Term-time only', 'TTO', 'Bank', 'Agency', 'Volunteer', 'Apprentice'],
      contract, (r) => r ?? 'blank (not recorded)'),
    '### Career aspiration', '',
    'Free text, read as a sentence: a refused goal does not count, a goal beside "stay" is the step, "teaching assistant" is the schools pathway; when several goals are named, the one mentioned first is taken.', '',
    ...examples('cell', ['Stay in current role', 'Happy where I am', 'I do not want to teach, stay as LSA', 'Stay as an LSA but take on more responsibility', 'Teaching assistant in a school', 'Train as a teacher (PGCE)', 'PTLLS next year', 'Senior LSA', 'HLTA', 'More responsibility', 'LSA representative', 'Specialise in autism', 'BSL interpreter', 'Support tutor', 'Specialist support tutor', 'Team leader', 'Learning support co-ordinator', 'Trainer in work-based learning', 'Research', 'Learning mentor', 'Move into social care', 'Supported employment job coach', 'Not sure yet'],
      (v) => parseAspiration(typeof v === 'string' ? v : null), (r) => r ?? 'blank (not recorded)'),
    '### Lists', '',
    ...examples('Specialisms cell', ['Autism; BSL / dyslexia, ESOL', 'ASD, Makaton', 'D/deaf; Speech, language and communication needs', 'Music', 'n/a', 'None'], (v) => readList('specialisms', v), items),
    ...examples('Qualifications or QCF units cell', ['Level 3 Certificate in Learning Support (literacy, language and numeracy); NVQ 2', 'Approaches to learning, Equality and Diversity', 'n/a'],
      (v) => readList('qualifications', v), items),
  ];
}

const items = (r: string[]): string => (r.length ? r.map(code).join(' + ') : 'no items');
// The staff table's own reader for the field, so the example is what a staff row gives.
const readList = (field: 'specialisms' | 'qualifications', v: CellValue): string[] => {
  const read = STAFF_FIELD_READERS[field](v, '2026-09-01').value;
  return Array.isArray(read) ? read.map(String) : [];
};

function specialisms(): string[] {
  return [
    '## Specialisms', '',
    'Each item of the Specialisms column (and each need on the Learner needs sheet) is matched to one of these, as whole words; anything else is kept as written (a curriculum area such as music).', '',
    '| specialism | also written as |', '| --- | --- |',
    ...Object.entries(SPECIALISM_SYNONYMS).map(([name, syn]) => `| ${name} | ${list(syn)} |`),
    '',
  ];
}

const OPTIONAL: [OptionalSheet, string, Record<string, readonly string[]> | null, string][] = [
  ['pdp', 'PDP', PDP_COLUMNS, 'one row per development-plan objective; checked by the SMART rules'],
  ['units', 'Units', UNIT_COLUMNS, 'one row per QCF unit achieved (the long form of the QCF units column)'],
  ['cpd', 'CPD log', CPD_COLUMNS, 'one row per CPD activity; when present, CPD hours, joint training and network come from it (with the staff table\'s columns). Its optional Reflection and Impact columns (what the person learned, what changed in their practice) are read by the reflection check: on the Reflection Check sheet and for O23'],
  ['practice', 'Practice log', PRACTICE_COLUMNS, 'one row per session of learning support practice (hours, subject, observed and for how many minutes); when present, Qualifications gains a Practice column checked against the certificate\'s practice rules'],
  ['reflective', 'Reflective log', REFLECTIVE_LOG_COLUMNS, 'one row per reflective entry (staff, date, entry and, optionally, the CPD activity it reflects on); each entry is read for Gibbs\' stages and its depth on the Reflection Check sheet (not for O23, which reads the CPD log)'],
  ['observations', 'Observations', OBSERVATION_COLUMNS, 'one row per observation of practice (staff, date, observer, outcome, follow-up action, follow-up done as a date or Yes); the latest date counts for O18 with the staff table\'s Last observation column; O24 and the follow-up need come from it. "n/a" or "-" as the action is no action recorded'],
  ['learnerNeeds', 'Learner needs', NEED_COLUMNS, 'one row per need (a specialism) with its number of learners; used by O11'],
  ['targets', 'Targets', TARGET_COLUMNS, 'overrides the default targets, by LSA level and standard or by LSA level and criterion'],
  ['settings', 'Settings', SETTINGS_LABELS, 'label and value pairs; a label naming a compliance course and "renewal" (or years, expiry, valid) sets its renewal period'],
];

function optionalSheets(): string[] {
  const out = ['## Optional sheets', '', 'Found by sheet name (case, spaces and punctuation ignored). Staff are named on them by a staff ID, a "Staff" column (an ID or a name), or a name.', ''];
  for (const [kind, title, columns, what] of OPTIONAL) {
    out.push(`### ${title}`, '', `Sheet names: ${list(OPTIONAL_SHEET_NAMES[kind])}. ${what[0].toUpperCase()}${what.slice(1)}.`, '');
    if (columns) {
      out.push(`| ${kind === 'settings' ? 'setting' : 'column'} | ${kind === 'settings' ? 'labels' : 'header synonyms'} |`, '| --- | --- |');
      for (const [key, names] of Object.entries(columns)) out.push(`| \`${key}\` | ${list(names)} |`);
      out.push('');
    }
  }
  // A kind of optional sheet the code reads but this page does not describe yet: its names at least, and the test fails.
  for (const kind of optionalKindsNotDescribed()) {
    out.push(`### ${kind}`, '', `Sheet names: ${list(OPTIONAL_SHEET_NAMES[kind])}. NOT DESCRIBED: add it to OPTIONAL in scripts/docs/columnsDoc.ts.`, '');
  }
  return out;
}

/** Kinds of optional sheet in the code (sheetNames.ts) with no entry in OPTIONAL (the test fails on any). */
export function optionalKindsNotDescribed(): OptionalSheet[] {
  return (Object.keys(OPTIONAL_SHEET_NAMES) as OptionalSheet[]).filter((k) => !OPTIONAL.some(([kind]) => kind === k));
}

function matching(): string[] {
  const samples = ['Specialism(s)', 'Health & Safety', 'STAFF ID', 'Date of last appraisal', 'Hours of training', 'Contracted hrs/wk'];
  return [
    '## How headers are matched', '',
    'The staff table is found on any sheet: the first row whose cells match at least two known fields is its header row. A header is',
    'compared after lower-casing it, reading `&` as "and", and dropping spaces and punctuation. An exact synonym is a sure match;',
    'a synonym inside a longer header ("Date of last appraisal") is a partial match, with a confidence that grows with the share of',
    'the header it covers. The task pane shows every match before it is trusted, and a mapping saved there is used by the command line.',
    'A match is corrected in the pane, or on the command line by the field\'s name or key: `--map "LSA level=Grade"`. Every column',
    'of the header row is either mapped or listed as not used, with the reason.', '',
    `These synonyms only count as the whole header, never inside a longer one: ${list([...NO_PARTIAL_MATCH].map(code))}.`, '',
    '| header | compared as | matched to |', '| --- | --- | --- |',
    ...samples.map((h) => {
      const m = matchHeader(h);
      return `| ${code(h)} | ${code(normaliseHeader(h))} | ${m ? `\`${m.field}\` (confidence ${m.confidence})` : 'nothing'} |`;
    }),
    '',
  ];
}

/**
 * The whole of docs/columns.md.
 * @example columnsMarkdown().startsWith('# Columns the audit reads') // true
 */
export function columnsMarkdown(): string {
  return [
    '# Columns the audit reads', '',
    '<!-- Generated by `npm run docs:columns` (scripts/docs/columnsDoc.ts) from the code\'s synonym tables and parsers. Do not edit by hand. -->', '',
    'Every field a manager can map, the header texts recognised for it, and what the audit makes of the cells. Headers and values',
    'below are taken from the code itself ([src/core/parse/fieldSynonyms.ts](../src/core/parse/fieldSynonyms.ts) and the parsers',
    'in [src/core/parse](../src/core/parse)), so this page is always what the product reads. The rules that use these fields are in [rules.md](rules.md).', '',
    ...matching(),
    '## The staff table', '',
    'One row per member of staff. Only a name is required; a rule whose column is missing gives no verdict (its indicator says No data and names the column to add).', '',
    ...staffTable(),
    ...ratingHeaders(),
    ...complianceTable(),
    ...valueFormats(),
    ...specialisms(),
    ...optionalSheets(),
  ].join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
