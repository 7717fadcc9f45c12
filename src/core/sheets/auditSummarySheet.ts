import type { Audit } from '../audit';
import type { Indicator } from '../organisation/indicator';
import { excelDate } from './excelDate';
import { DATE_FORMAT, styleKey, type CellStyle, type OutputChart, type OutputSheet, type OutputValue } from './outputSheet';
import { BAD, GOOD, NEUTRAL, NONE, statusStyle } from './_palette';
import { StyleGrid } from './_lib/styleGrid';
import { sheetRows } from './sheetRows';
import { SOURCE_DOCUMENTS, shortCitation } from './sourceDocuments';

export const AUDIT_SUMMARY_HEADERS = ['Indicator ID', 'Indicator', 'Value', 'Target', 'Status', 'Basis', 'Recommendation', 'Source', 'Note'];

/** The other output sheets, listed and linked from the summary's contents block (their final names are the writers'). */
const CONTENTS = [
  'Skills Profile', 'Skills Matrix', 'Training Needs', 'Team Training Plan', 'Qualifications',
  'Workforce Profile', 'PDP Check', 'Reflection Check', 'Personal Plans', 'Audit Issues', 'Audit History',
];

// Designed for one A4 landscape page at 80% or more (SPEC 4.2, 9.3: 24 indicators): about 150 characters of width, long texts wrapped.
const WIDTHS = [10, 19, 5, 16, 6, 19, 49, 17, 26];
const PRINTED_COLUMNS = WIDTHS.length;
// The chart data sits right of the printed columns, after one empty column.
const DATA_COLUMN = PRINTED_COLUMNS + 1;
/** The second column of source titles starts under Recommendation. */
const RIGHT_HALF = 6;
const BOLD: CellStyle = { bold: true };
const SMALL_NOTE: CellStyle = { italic: true };

/** The number a percentage target starts with: ">= 90% (Amber >= 70%)" gives 90; null for targets that are not %. */
function percentTarget(ind: Indicator): number | null {
  const m = /^\s*>?=?\s*(\d+(?:\.\d+)?)%/.exec(ind.target);
  return m ? Number(m[1]) : null;
}

function preambleOf(audit: Audit): { preamble: OutputValue[][]; styles: Map<string, CellStyle> } {
  const s = audit.summary;
  const styles = new Map<string, CellStyle>();
  const date = excelDate(s.auditDate);
  const preamble: OutputValue[][] = [
    ['LSA Workforce Audit', null, 'Contents'],
    ['Organisation', s.organisation || 'Not set (add it on a Settings sheet)'],
    ['Audit date', date ?? s.auditDate],
    ['Staff audited', s.staffAudited],
    ['Green', s.green],
    ['Amber', s.amber],
    ['Red', s.red],
    ['No data', s.noData],
    ['Data issues', s.issues],
  ];
  // The contents list runs beside the block (and its blank last row): with more sheets than that, the block grows.
  preamble.push([]);
  while (preamble.length < 1 + CONTENTS.length) preamble.push([]);
  styles.set(styleKey(0, 0), BOLD);
  styles.set(styleKey(0, 2), BOLD);
  if (date !== null) styles.set(styleKey(2, 1), { numberFormat: DATE_FORMAT });
  [GOOD, NEUTRAL, BAD, NONE].forEach((style, i) => styles.set(styleKey(4 + i, 0), style));
  CONTENTS.forEach((name, i) => {
    // Ten sheets run one row past the header block, into the blank row under it.
    const row = (preamble[1 + i] ??= []);
    while (row.length < 2) row.push(null);
    row[2] = name;
    styles.set(styleKey(1 + i, 2), { link: name, fontColor: '0563C1' });
  });
  return { preamble, styles };
}

/** The full titles of the documents cited, once, at the foot (SPEC 4.1), in two columns; the % chart's data right of the print area. */
function notesOf(
  cited: readonly string[], percents: readonly Indicator[], outsideExpertise: readonly string[] = [],
): { notes: OutputValue[][]; styles: Map<string, CellStyle> } {
  const docs = Object.values(SOURCE_DOCUMENTS).filter((d) => cited.some((c) => c.includes(d.short)));
  const titles = docs.map((d) => `${d.short}: ${d.title}`);
  const half = Math.ceil(titles.length / 2);
  const styles = new Map<string, CellStyle>();
  const lines: OutputValue[][] = [];
  if (outsideExpertise.length) {
    // SPEC 9.2: the criteria nobody in the team can support, where specialist expertise comes from outside.
    const row: OutputValue[] = new Array<OutputValue>(RIGHT_HALF + 1).fill(null);
    row[0] = `Outside expertise needed (nobody in the team can support): ${outsideExpertise.join(', ')} (ELS report 2010, rec. 7)`;
    styles.set(styleKey(0, 0), SMALL_NOTE);
    lines.push(row);
  }
  const first = lines.length;
  for (let r = 0; r < half; r++) {
    const row: OutputValue[] = new Array<OutputValue>(RIGHT_HALF + 1).fill(null);
    row[0] = r === 0 ? `Sources: ${titles[r]}` : titles[r];
    row[RIGHT_HALF] = titles[half + r] ?? null;
    lines.push(row);
    styles.set(styleKey(first + r, 0), SMALL_NOTE);
    if (row[RIGHT_HALF] !== null) styles.set(styleKey(first + r, RIGHT_HALF), SMALL_NOTE);
  }
  const data: OutputValue[][] = [['Indicator', 'Value %', 'Target %'], ...percents.map((ind): OutputValue[] => [ind.id, ind.value, percentTarget(ind)])];
  const rows = Math.max(lines.length, data.length);
  const notes: OutputValue[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: OutputValue[] = new Array<OutputValue>(DATA_COLUMN + 3).fill(null);
    (lines[r] ?? []).forEach((v, c) => (row[c] = v));
    (data[r] ?? []).forEach((v, c) => (row[DATA_COLUMN + c] = v));
    notes.push(row);
  }
  return { notes, styles };
}

function chartsOf(notesRow: number, percents: number): OutputChart[] {
  const charts: OutputChart[] = [
    {
      kind: 'bar',
      title: 'Indicators by status',
      categories: { row: 4, column: 0, rows: 3, columns: 1 },
      series: [{ name: 'Indicators', values: { row: 4, column: 1, rows: 3, columns: 1 }, pointColors: ['00B050', 'FFC000', 'C00000'] }],
      anchor: { from: { row: 0, column: 5 }, to: { row: 10, column: 6 } },
    },
  ];
  if (percents > 0) {
    charts.push({
      kind: 'column',
      title: 'Percentage indicators against their targets',
      categories: { row: notesRow + 1, column: DATA_COLUMN, rows: percents, columns: 1 },
      series: [
        { name: 'Value %', values: { row: notesRow + 1, column: DATA_COLUMN + 1, rows: percents, columns: 1 }, color: '4472C4' },
        { name: 'Target %', values: { row: notesRow + 1, column: DATA_COLUMN + 2, rows: percents, columns: 1 }, color: 'A5A5A5' },
      ],
      anchor: { from: { row: 0, column: 6 }, to: { row: 10, column: PRINTED_COLUMNS } },
      max: 100,
    });
  }
  return charts;
}

/**
 * The one-page Audit Summary for inspection (SPEC 4, 4.2): a header block with the contents and two charts beside it,
 * one row per indicator with its source in short form, and the sources' full titles at the foot.
 * @example auditSummarySheet(audit).rows[0][0] // 'O1'
 */
export function auditSummarySheet(audit: Audit): OutputSheet {
  const styles = new StyleGrid();
  const cited: string[] = [];
  const rows = audit.indicators.map((ind, r) => {
    const style = statusStyle(ind.status);
    if (style) styles.set(r, 4, style);
    const source = shortCitation(ind.source);
    cited.push(source);
    return [ind.id, ind.name, ind.value, ind.target, ind.status, ind.basis, ind.status === 'Green' ? null : ind.recommendation, source, ind.note];
  });
  const percents = audit.indicators.filter((ind) => ind.value !== null && percentTarget(ind) !== null);
  const { preamble, styles: preambleStyles } = preambleOf(audit);
  const outside = audit.outsideExpertise ?? [];
  if (outside.length) cited.push('ELS report 2010');
  const { notes, styles: notesStyles } = notesOf(cited, percents, outside);
  const { notesRow } = sheetRows({ preamble, rows });
  return {
    name: 'Audit Summary',
    preamble,
    preambleStyles,
    headers: AUDIT_SUMMARY_HEADERS,
    rows,
    styles,
    notes,
    notesStyles,
    columnWidths: WIDTHS,
    wrapColumns: [1, 3, 5, 6, 7, 8],
    charts: chartsOf(notesRow, percents.length),
    fontSize: 8,
    print: {
      landscape: true,
      fitToWidth: true,
      fitToHeight: true,
      printColumns: PRINTED_COLUMNS,
      margins: { left: 0.25, right: 0.25, top: 0.35, bottom: 0.35, header: 0.15, footer: 0.15 },
    },
  };
}
