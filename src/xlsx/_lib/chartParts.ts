import { columnLetters } from '../../core/_lib/columnLetters';
import type { OutputChart, SheetRange } from '../../core/sheets/outputSheet';

// DrawingML parts for native charts (ECMA-376 Part 1, 21.2 charts and 20.5 spreadsheet drawing), written by hand:
// exceljs cannot write charts, and the parts are small, fixed-shape XML (see README, "Charts in the command line").

/** A cell's value as the chart caches it (Excel and LibreOffice redraw from the cells; the cache shows until then). */
export type ValueAt = (row: number, column: number) => string | number | boolean | null | undefined;

const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
export const REL_DRAWING = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
export const REL_CHART = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';
export const TYPE_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';
export const TYPE_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function esc(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch] as string);
}


/**
 * An absolute A1 reference to a range on a sheet, as chart formulas name it.
 * @example rangeRef('Audit Summary', { row: 4, column: 1, rows: 3, columns: 1 }) // "'Audit Summary'!$B$5:$B$7"
 */
export function rangeRef(sheet: string, r: SheetRange): string {
  const from = `$${columnLetters(r.column + 1)}$${r.row + 1}`;
  const to = `$${columnLetters(r.column + r.columns)}$${r.row + r.rows}`;
  return `'${sheet.replace(/'/g, "''")}'!${from}${r.rows * r.columns > 1 ? `:${to}` : ''}`;
}

function cellsOf(r: SheetRange, valueAt: ValueAt): (string | number | boolean | null | undefined)[] {
  const out = [];
  for (let i = 0; i < r.rows; i++) for (let j = 0; j < r.columns; j++) out.push(valueAt(r.row + i, r.column + j));
  return out;
}

function strCache(values: readonly unknown[]): string {
  const pts = values.map((v, i) => (v === null || v === undefined ? '' : `<c:pt idx="${i}"><c:v>${esc(String(v))}</c:v></c:pt>`)).join('');
  return `<c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache>`;
}

function numCache(values: readonly unknown[]): string {
  const pts = values.map((v, i) => (typeof v === 'number' && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : '')).join('');
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache>`;
}

const fill = (hex: string): string => `<a:solidFill><a:srgbClr val="${hex}"/></a:solidFill>`;

function richText(text: string, size: number, bold: boolean): string {
  const b = bold ? ' b="1"' : ' b="0"';
  return `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}"${b}/></a:pPr><a:r><a:rPr lang="en-GB" sz="${size}"${b}/><a:t>${esc(text)}</a:t></a:r></a:p></c:rich></c:tx>`;
}

function seriesXml(chart: OutputChart, sheet: string, valueAt: ValueAt): string {
  const categories = cellsOf(chart.categories, valueAt);
  const line = chart.kind === 'line';
  return chart.series.map((s, i) => {
    const color = s.color ?? ['4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47'][i % 6];
    const shape = line
      ? `<c:spPr><a:ln w="28575">${fill(color)}</a:ln></c:spPr><c:marker><c:symbol val="circle"/><c:size val="6"/><c:spPr>${fill(color)}</c:spPr></c:marker>`
      : `<c:spPr>${fill(color)}</c:spPr><c:invertIfNegative val="0"/>`;
    const points = (s.pointColors ?? []).map((p, k) =>
      `<c:dPt><c:idx val="${k}"/>${line ? '' : '<c:invertIfNegative val="0"/><c:bubble3D val="0"/>'}<c:spPr>${fill(p)}</c:spPr></c:dPt>`).join('');
    const labels = '<c:dLbls><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>';
    return `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${esc(s.name)}</c:v></c:tx>${shape}${points}${chart.series.length === 1 ? labels : ''}`
      + `<c:cat><c:strRef><c:f>${esc(rangeRef(sheet, chart.categories))}</c:f>${strCache(categories)}</c:strRef></c:cat>`
      + `<c:val><c:numRef><c:f>${esc(rangeRef(sheet, s.values))}</c:f>${numCache(cellsOf(s.values, valueAt))}</c:numRef></c:val>`
      + `${line ? '<c:smooth val="0"/>' : ''}</c:ser>`;
  }).join('');
}

function axesXml(chart: OutputChart): string {
  const horizontal = chart.kind === 'bar';
  const max = chart.max !== undefined ? `<c:max val="${chart.max}"/>` : '';
  const title = chart.valueAxisTitle ? `<c:title>${richText(chart.valueAxisTitle, 900, false)}<c:overlay val="0"/></c:title>` : '';
  const catAx = `<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="${horizontal ? 'maxMin' : 'minMax'}"/></c:scaling><c:delete val="0"/>`
    + `<c:axPos val="${horizontal ? 'l' : 'b'}"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/>`
    + '<c:tickLblPos val="nextTo"/><c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="800"/></a:pPr><a:endParaRPr lang="en-GB"/></a:p></c:txPr>'
    + '<c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>';
  const valAx = `<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/>${max}<c:min val="0"/></c:scaling><c:delete val="0"/>`
    + `<c:axPos val="${horizontal ? 'b' : 'l'}"/><c:majorGridlines><c:spPr><a:ln w="6350">${fill('D9D9D9')}</a:ln></c:spPr></c:majorGridlines>${title}`
    + '<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>'
    + '<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="800"/></a:pPr><a:endParaRPr lang="en-GB"/></a:p></c:txPr>'
    + `<c:crossAx val="500000001"/><c:crosses val="${horizontal ? 'max' : 'autoZero'}"/><c:crossBetween val="between"/></c:valAx>`;
  return catAx + valAx;
}

/**
 * The chart part (xl/charts/chartN.xml) of one chart: its series refer to the sheet's cells, with the values cached.
 * @example chartXml(summaryChart, 'Audit Summary', (r, c) => cells[r][c]).includes('<c:barChart>') // true
 */
export function chartXml(chart: OutputChart, sheet: string, valueAt: ValueAt): string {
  const series = seriesXml(chart, sheet, valueAt);
  const plot = chart.kind === 'line'
    ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/><c:axId val="500000001"/><c:axId val="500000002"/></c:lineChart>`
    : `<c:barChart><c:barDir val="${chart.kind === 'bar' ? 'bar' : 'col'}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}`
      + '<c:gapWidth val="60"/><c:axId val="500000001"/><c:axId val="500000002"/></c:barChart>';
  const legend = chart.series.length > 1 ? '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>' : '';
  return `${XML_HEAD}<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:roundedCorners val="0"/>`
    + `<c:chart><c:title>${richText(chart.title, 1100, true)}<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>`
    + `<c:plotArea><c:layout/>${plot}${axesXml(chart)}</c:plotArea>${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>`
    + `<c:spPr>${fill('FFFFFF')}<a:ln w="6350">${fill('BFBFBF')}</a:ln></c:spPr></c:chartSpace>`;
}

/**
 * The drawing part (xl/drawings/drawingN.xml) placing a sheet's charts, each anchored to cells; chart k is "rId{k+1}".
 * @example drawingXml([summaryChart]).includes('r:id="rId1"') // true
 */
export function drawingXml(charts: readonly OutputChart[]): string {
  const anchors = charts.map((chart, k) => {
    const { from, to } = chart.anchor;
    return '<xdr:twoCellAnchor editAs="oneCell">'
      + `<xdr:from><xdr:col>${from.column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${from.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>`
      + `<xdr:to><xdr:col>${to.column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${to.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>`
      + `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${k + 2}" name="${esc(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>`
      + '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>'
      + `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="rId${k + 1}"/></a:graphicData></a:graphic>`
      + '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>';
  });
  return `${XML_HEAD}<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}">${anchors.join('')}</xdr:wsDr>`;
}

/**
 * The drawing's relationships: rId{k+1} to each chart part.
 * @example drawingRelsXml([3, 4]) // ...Target="../charts/chart3.xml"...
 */
export function drawingRelsXml(chartNumbers: readonly number[]): string {
  const rels = chartNumbers.map((n, k) => `<Relationship Id="rId${k + 1}" Type="${REL_CHART}" Target="../charts/chart${n}.xml"/>`).join('');
  return `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`;
}

/**
 * [Content_Types].xml with overrides for the drawing and chart parts added before its end.
 * @example withChartTypes(types, [1], [1, 2])
 */
export function withChartTypes(contentTypes: string, drawings: readonly number[], charts: readonly number[]): string {
  const overrides = [
    ...drawings.map((n) => `<Override PartName="/xl/drawings/drawing${n}.xml" ContentType="${TYPE_DRAWING}"/>`),
    ...charts.map((n) => `<Override PartName="/xl/charts/chart${n}.xml" ContentType="${TYPE_CHART}"/>`),
  ].join('');
  return contentTypes.replace('</Types>', `${overrides}</Types>`);
}
