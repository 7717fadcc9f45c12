import type { GroupAudit } from '../groupAudit';
import { excelDate, ukDates } from './excelDate';
import { DATE_FORMAT, styleKey, type CellStyle, type OutputChart, type OutputSheet, type OutputValue } from './outputSheet';
import { NARROW_MARGINS, OUTPUT_TAB_COLOR } from './presentSheets';
import { statusStyle } from './_palette';
import { sheetRows } from './sheetRows';
import { StyleGrid } from './_lib/styleGrid';

export const GROUP_SUMMARY_SHEET = 'Group Summary';

/**
 * The Group Summary (SPEC 6, a group of workbooks): one column per site and one for the group; staff counts, each
 * indicator's value and status (the group's over all its staff), and the training needs most common across the sites.
 * @example groupSummarySheet(group).headers // ['Measure', 'North', 'South', 'Group', 'Group basis']
 */
export function groupSummarySheet(group: GroupAudit): OutputSheet {
  const { sites, summary } = group;
  const styles = new StyleGrid();
  const rows: OutputValue[][] = [];
  const groupColumn = sites.length + 1;
  const bold = (r: number) => {
    for (let c = 0; c <= groupColumn + 1; c++) styles.set(r, c, { bold: true });
  };
  const counts: [string, (s: GroupAudit['summary']) => number][] = [
    ['Staff audited', (s) => s.staffAudited], ['Green indicators', (s) => s.green], ['Amber indicators', (s) => s.amber],
    ['Red indicators', (s) => s.red], ['No data indicators', (s) => s.noData], ['Data issues', (s) => s.issues],
  ];
  for (const [label, of] of counts) rows.push([label, ...sites.map((s) => of(s.audit.summary)), of(summary), null]);

  group.indicators.forEach(({ indicator }, k) => {
    const perSite = sites.map((s) => s.audit.indicators[k]);
    const valueRow = rows.length;
    rows.push([`${indicator.id} ${indicator.name}`, ...perSite.map((i) => i?.value ?? null), indicator.value, indicator.note ? `${indicator.basis}${indicator.basis ? '; ' : ''}${indicator.note}` : indicator.basis]);
    const statusRow = rows.length;
    rows.push([`${indicator.id} status (target ${indicator.target})`, ...perSite.map((i) => i?.status ?? 'No data'), indicator.status, null]);
    // StyleGrid takes cells row by row: the value row's colours, then the status row's.
    const styled = [...perSite.map((i) => i?.status ?? 'No data'), indicator.status].map(statusStyle);
    for (const row of [valueRow, statusRow]) {
      styled.forEach((style, c) => {
        if (style) styles.set(row, c + 1, style);
      });
    }
  });

  rows.push([]);
  bold(rows.length);
  rows.push(['Most common training needs (staff with the need)', ...sites.map((s) => s.site), 'Group', 'Sites']);
  if (group.needs.length === 0) rows.push(['No training needs found at any site.']);
  for (const n of group.needs) rows.push([`${n.need} (${n.category})`, ...n.perSite, n.staffCount, `${n.sites} of ${sites.length} sites`]);

  const preamble: OutputValue[][] = [
      ['LSA Workforce Audit: group summary'],
      ['Organisation', group.organisation || 'Not set (use --org)'],
      ['Audit date', excelDate(group.auditDate) ?? group.auditDate],
      ['Sites audited', sites.length],
      ['Sites not read', group.failures.length],
      ...group.failures.map((f) => ['Not read', `${f.site}: ${f.reason}`]),
      ['Group', 'each indicator worked out over all the group\'s staff, not an average of the sites'],
  ];
  // A real date, shown dd/mm/yyyy (SPEC 4.2); the title bold.
  const preambleStyles = new Map<string, CellStyle>([[styleKey(0, 0), { bold: true }], [styleKey(2, 1), { numberFormat: DATE_FORMAT }]]);
  const organisation = (group.organisation || 'Organisation not set').replace(/&/g, '&&');
  return {
    name: GROUP_SUMMARY_SHEET,
    preamble,
    preambleStyles,
    tabColor: OUTPUT_TAB_COLOR,
    wrapColumns: [0, sites.length + 2],
    charts: [statusChart(sheetRows({ preamble, rows }).headerRow, sites.length, rows.length)],
    headers: ['Measure', ...sites.map((s) => s.site), 'Group', 'Group basis'],
    rows,
    styles,
    columnWidths: [46, ...sites.map((s) => Math.min(24, Math.max(10, s.site.length + 2))), 10, 44],
    print: {
      landscape: true,
      fitToWidth: true,
      margins: NARROW_MARGINS,
      header: { left: organisation, center: '&A', right: `Audit date ${ukDates(group.auditDate)}` },
      footer: { left: 'LSA Workforce Audit', center: '', right: 'Page &P of &N' },
    },
  };
}

/** The Green, Amber and Red counts per site and for the group, drawn from the count rows, below the table (SPEC 4.2). */
function statusChart(headerRow: number, sites: number, dataRows: number): OutputChart {
  const columns = sites + 1;
  // The count rows are the table's second to fourth (after Staff audited).
  const row = (k: number) => ({ row: headerRow + 1 + k, column: 1, rows: 1, columns });
  const top = headerRow + dataRows + 2;
  return {
    kind: 'column',
    title: 'Indicators by status, per site and for the group',
    categories: { row: headerRow, column: 1, rows: 1, columns },
    series: [
      { name: 'Green', values: row(1), color: '00B050' },
      { name: 'Amber', values: row(2), color: 'FFC000' },
      { name: 'Red', values: row(3), color: 'C00000' },
    ],
    anchor: { from: { row: top, column: 0 }, to: { row: top + 18, column: Math.min(columns + 2, 12) } },
    valueAxisTitle: 'Indicators',
  };
}
