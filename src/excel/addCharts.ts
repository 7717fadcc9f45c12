import type { OutputChart, OutputSheet, SheetRange } from '../core/sheets/outputSheet';
import { sheetRows } from '../core/sheets/sheetRows';
import type { XlRange, XlWorksheet } from './excelApi';
import type { BatchPiece } from './_lib/syncBatch';

const KIND = { column: 'ColumnClustered', bar: 'BarClustered', line: 'LineMarkers' } as const;

function rangeOf(ws: XlWorksheet, r: SheetRange): XlRange {
  return ws.getRangeByIndexes(r.row, r.column, r.rows, r.columns);
}

/**
 * An appended sheet's charts over all its rows: the ranges grow to `dataRows` rows under the header and the charts move
 * down with the table; none below the chart's minimum of rows (Audit History draws its trend from two audits on).
 * @example growCharts(history, 3)[0].categories.rows // 3
 */
export function growCharts(sheet: OutputSheet, dataRows: number): OutputChart[] {
  const { firstDataRow } = sheetRows(sheet);
  const shift = dataRows - sheet.rows.length;
  return (sheet.charts ?? []).flatMap((chart) => {
    if (!chart.growsWithTable) return [chart];
    if (dataRows < chart.growsWithTable.minRows) return [];
    const grow = (r: SheetRange): SheetRange => ({ ...r, row: firstDataRow, rows: dataRows });
    const { from, to } = chart.anchor;
    return [{
      ...chart,
      categories: grow(chart.categories),
      series: chart.series.map((s) => ({ ...s, values: grow(s.values) })),
      anchor: { from: { ...from, row: from.row + shift }, to: { ...to, row: to.row + shift } },
    }];
  });
}

/**
 * Native charts through Office.js's chart API (SPEC 4.2), drawn from the same chart data as the command line's
 * DrawingML parts: type, series from the sheet's cells, categories, colours, title, axis maximum, and position.
 * @example for (const p of chartPieces(ws, growCharts(history, 2))) await batch.add(p)
 */
export function chartPieces(ws: XlWorksheet, charts: readonly OutputChart[]): BatchPiece[] {
  return charts.map((chart) => ({
    bytes: 600 + 200 * chart.series.length,
    queue() {
      const [first, ...rest] = chart.series;
      const added = ws.charts.add(KIND[chart.kind], rangeOf(ws, first.values), first.values.rows > 1 ? 'Columns' : 'Rows');
      added.title.text = chart.title;
      const series = [added.series.getItemAt(0), ...rest.map((s) => added.series.add(s.name))];
      chart.series.forEach((spec, i) => {
        const s = series[i];
        s.name = spec.name;
        if (i > 0) s.setValues(rangeOf(ws, spec.values));
        s.setXAxisValues(rangeOf(ws, chart.categories));
        if (spec.color) {
          if (chart.kind === 'line') s.format.line.color = `#${spec.color}`;
          else s.format.fill.setSolidColor(`#${spec.color}`);
        }
        (spec.pointColors ?? []).forEach((color, k) => s.points.getItemAt(k).format.fill.setSolidColor(`#${color}`));
      });
      if (chart.max !== undefined) added.axes.valueAxis.maximum = chart.max;
      if (chart.valueAxisTitle) added.axes.valueAxis.title.text = chart.valueAxisTitle;
      if (chart.series.length === 1) {
        added.legend.visible = false;
        added.dataLabels.showValue = true;
      } else added.legend.position = 'Bottom';
      const { from, to } = chart.anchor;
      added.setPosition(ws.getRangeByIndexes(from.row, from.column, 1, 1),
        ws.getRangeByIndexes(Math.max(from.row, to.row - 1), Math.max(from.column, to.column - 1), 1, 1));
    },
  }));
}
