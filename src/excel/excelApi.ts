// The subset of the Excel JavaScript API the adapter uses, as structural types.
// Excel.RequestContext is assignable to XlContext (checked in test/excel/excelApi.test.ts), and the test fake
// (test/excel/_lib/fakeExcel.ts) implements exactly this, so the adapter cannot use an API the fake lacks.

/** Anything that can be loaded: properties are readable only after the next sync. */
export interface XlLoadable {
  load(propertyNames: string): unknown;
}

export interface XlFont {
  bold: boolean;
  color: string;
  italic?: boolean;
  underline?: string;
  size?: number;
  name?: string;
}

export interface XlFill {
  color: string;
}

export interface XlRangeFormat {
  font: XlFont;
  fill: XlFill;
  columnWidth: number;
  wrapText: boolean;
  verticalAlignment?: string;
  rowHeight?: number;
  autofitRows?(): void;
}

export interface XlConditionalFormat {
  custom: { rule: { formula: string }; format: { font: XlFont; fill: XlFill } };
  textComparison: { rule: { operator: string; text: string }; format: { font: XlFont; fill: XlFill } };
}

export interface XlRange extends XlLoadable {
  values: any[][];
  numberFormat: any[][];
  formulas: any[][];
  address: string;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
  isNullObject: boolean;
  format: XlRangeFormat;
  /** ExcelApi 1.7: a link to a place in this workbook ("'Sheet'!A1"). */
  hyperlink?: { documentReference?: string; textToDisplay?: string };
  conditionalFormats: { add(type: any): XlConditionalFormat; clearAll(): void };
  /** "All" clears values, formulas and formats (ExcelApi 1.1). */
  clear(applyTo?: any): void;
  /** ExcelApi 1.13: used only where Office.context.requirements says the host has it (src/excel/hostSupports.ts). */
  getMergedAreasOrNullObject(): XlLoadable & { address: string; isNullObject: boolean };
}

export interface XlChartFill {
  setSolidColor(color: string): void;
}

export interface XlChartSeries {
  name: string;
  /** ExcelApi 1.7. */
  setValues(range: XlRange): void;
  setXAxisValues(range: XlRange): void;
  format: { fill: XlChartFill; line: { color: string } };
  points: { getItemAt(index: number): { format: { fill: XlChartFill } } };
}

export interface XlChart {
  title: { text: string };
  setPosition(startCell: XlRange | string, endCell?: XlRange | string): void;
  series: { getItemAt(index: number): XlChartSeries; add(name?: string): XlChartSeries };
  axes: { valueAxis: { maximum?: number; minimum?: number; title: { text: string } } };
  legend: { visible: boolean; position: string };
  dataLabels: { showValue: boolean };
}

/** One band of a printed page header or footer (ExcelApi 1.9). */
export interface XlHeaderFooter {
  leftHeader: string;
  centerHeader: string;
  rightHeader: string;
  leftFooter: string;
  centerFooter: string;
  rightFooter: string;
}

/** The page layout of a worksheet (ExcelApi 1.9): margins are in points. */
export interface XlPageLayout {
  orientation: any;
  paperSize?: any;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  leftMargin?: number;
  rightMargin?: number;
  topMargin?: number;
  bottomMargin?: number;
  headerMargin?: number;
  footerMargin?: number;
  headersFooters?: { defaultForAllPages: XlHeaderFooter };
  setPrintTitleRows(rows: string): void;
  setPrintTitleColumns?(columns: string): void;
  setPrintArea?(area: string): void;
}

export interface XlTable extends XlLoadable {
  name: string;
  worksheet: XlLoadable & { name: string };
  getRange(): XlRange;
}

export interface XlWorksheet extends XlLoadable {
  name: string;
  visibility: string;
  isNullObject: boolean;
  delete(): void;
  activate(): void;
  getRange(address?: string): XlRange;
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): XlRange;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  /** Several areas at once ("B2:C2,E5"); Excel refuses address strings much over 8,000 characters. */
  getRanges(address: string): { format: XlRangeFormat };
  freezePanes: { freezeRows(count?: number): void; unfreeze(): void };
  charts: XlLoadable & { items: { delete(): void }[]; add(type: any, sourceData: XlRange, seriesBy?: any): XlChart };
  pageLayout: XlPageLayout;
  /** ExcelApi 1.7, '#RRGGBB'. */
  tabColor?: string;
  /** ExcelApi 1.9: a manual page break above the range's first row. */
  horizontalPageBreaks?: { add(pageBreakRange: XlRange | string): unknown };
}

export interface XlWorksheetCollection extends XlLoadable {
  items: XlWorksheet[];
  getItem(name: string): XlWorksheet;
  getItemOrNullObject(name: string): XlWorksheet;
  getActiveWorksheet(): XlWorksheet;
  add(name?: string): XlWorksheet;
}

export interface XlContext {
  workbook: {
    worksheets: XlWorksheetCollection;
    tables: XlLoadable & { items: XlTable[] };
    application: { suspendApiCalculationUntilNextSync(): void; suspendScreenUpdatingUntilNextSync(): void };
  };
  sync(): Promise<unknown>;
}
