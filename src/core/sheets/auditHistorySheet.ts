import type { Audit } from '../audit';
import { excelDate } from './excelDate';
import { DATE_FORMAT, type OutputChart, type OutputSheet } from './outputSheet';
import { StyleGrid } from './_lib/styleGrid';

/** The indicators drawn on the trend chart: one each for review, self-assessment, CPD, the standard and safeguarding. */
const KEY_INDICATORS = ['O1', 'O2', 'O7', 'O10', 'O17'];
const CHART_ROWS = 16;

function trendCharts(audit: Audit): OutputChart[] {
  const categories = { row: 1, column: 0, rows: 1, columns: 1 };
  const below = { row: 3, rows: CHART_ROWS };
  const key = audit.indicators
    .map((ind, i) => ({ ind, column: 6 + i }))
    .filter(({ ind }) => KEY_INDICATORS.includes(ind.id) && ind.target.includes('%'));
  const charts: OutputChart[] = [
    {
      kind: 'line',
      title: 'Green, Amber and Red indicators across audits',
      categories,
      series: [
        { name: 'Green', values: { row: 1, column: 3, rows: 1, columns: 1 }, color: '00B050' },
        { name: 'Amber', values: { row: 1, column: 4, rows: 1, columns: 1 }, color: 'FFC000' },
        { name: 'Red', values: { row: 1, column: 5, rows: 1, columns: 1 }, color: 'C00000' },
      ],
      anchor: { from: { row: below.row, column: 0 }, to: { row: below.row + below.rows, column: 6 } },
      valueAxisTitle: 'Indicators',
      growsWithTable: { minRows: 2 },
    },
  ];
  if (key.length > 0) {
    charts.push({
      kind: 'line',
      title: 'Key indicators across audits (%)',
      categories,
      series: key.map(({ ind, column }) => ({ name: `${ind.id} ${ind.name}`, values: { row: 1, column, rows: 1, columns: 1 } })),
      anchor: { from: { row: below.row, column: 6 }, to: { row: below.row + below.rows, column: 14 } },
      valueAxisTitle: '%',
      max: 100,
      growsWithTable: { minRows: 2 },
    });
  }
  return charts;
}

/**
 * One row for this run, appended by the adapters to the rows already there; a re-run for an audit date already in the
 * history replaces that date's row (SPEC 4). Dates are real dates; the trend charts appear from two audits on.
 * @example auditHistorySheet(audit, '2026-09-01 10:00').rows.length // 1
 */
export function auditHistorySheet(audit: Audit, runAt: string): OutputSheet {
  const s = audit.summary;
  const styles = new StyleGrid();
  const date = excelDate(s.auditDate);
  const at = excelDate(runAt);
  if (date !== null) styles.set(0, 0, { numberFormat: DATE_FORMAT });
  if (at !== null) styles.set(0, 1, { numberFormat: `${DATE_FORMAT} hh:mm` });
  return {
    name: 'Audit History',
    preamble: [],
    headers: ['Audit date', 'Run at', 'Staff', 'Green', 'Amber', 'Red', ...audit.indicators.map((i) => `${i.id} ${i.name}`)],
    rows: [[date ?? s.auditDate, at ?? runAt, s.staffAudited, s.green, s.amber, s.red, ...audit.indicators.map((i) => i.value)]],
    styles,
    append: true,
    columnWidths: [11, 15, 7, 7, 7, 7, ...audit.indicators.map(() => 10)],
    wrapColumns: [],
    charts: trendCharts(audit),
    print: { landscape: true, fitToWidth: true, titleColumns: 1 },
  };
}
