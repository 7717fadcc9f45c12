import * as zlib from 'zlib';
import { chartXml } from '../../../src/xlsx/_lib/chartParts';
import { entryData, zipEntries } from '../../../src/xlsx/_lib/zipEntries';
import { buildZip, part } from '../../xlsx/_lib/buildZip';

// Hand-built parts of what managers' workbooks carry and exceljs does not model (ECMA-376 Part 1 shapes, kept small).
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const T = 'application/vnd.openxmlformats-officedocument';
// A 1x1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** Every part of a package, inflated, by name (in zip order). */
export function unpack(bytes: Buffer): Map<string, Buffer> {
  const parts = new Map<string, Buffer>();
  for (const e of zipEntries(bytes)) {
    const raw = entryData(bytes, e);
    parts.set(e.name, e.method === 0 ? Buffer.from(raw) : zlib.inflateRawSync(raw));
  }
  return parts;
}

function pack(parts: Map<string, Buffer>): Buffer {
  return buildZip([...parts].map(([name, data]) => part(name, data)));
}

const rels = (list: string[]) => `${HEAD}<Relationships xmlns="${PKG_RELS}">${list.join('')}</Relationships>`;
const rel = (id: string, type: string, target: string, external = false) =>
  `<Relationship Id="${id}" Type="${type.startsWith('http') ? type : `${R}/${type}`}" Target="${target}"${external ? ' TargetMode="External"' : ''}/>`;
const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

function addText(parts: Map<string, Buffer>, name: string, text: string): void {
  parts.set(name, Buffer.from(text, 'utf8'));
}

function edit(parts: Map<string, Buffer>, name: string, change: (text: string) => string): void {
  parts.set(name, Buffer.from(change(parts.get(name)!.toString('utf8')), 'utf8'));
}

/**
 * The sample team workbook with, on extra sheets of the user's: a chart and an image in a drawing, an Excel table with a
 * style, data validation, conditional formats, notes and threaded comments, a pivot table and its cache; a hidden and a
 * very hidden sheet; workbook- and sheet-scoped defined names; an external link; a custom XML part; and, for an .xlsm,
 * a macro part. `tabSelected` marks the staff sheet as the selected tab (as Excel saves it).
 * @example const bytes = losslessWorkbook(readFileSync('assets/sample-team.xlsx'), { macros: true })
 */
export function losslessWorkbook(sample: Buffer, options: { macros?: boolean; tabSelected?: boolean } = {}): Buffer {
  const parts = unpack(sample);
  const sheets = [...parts.keys()].filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n)).length;
  const extras = `xl/worksheets/sheet${sheets + 1}.xml`;
  const pivotSheet = `xl/worksheets/sheet${sheets + 2}.xml`;
  const hidden = `xl/worksheets/sheet${sheets + 3}.xml`;
  const veryHidden = `xl/worksheets/sheet${sheets + 4}.xml`;
  const rows = `<row r="1">${inline('A1', 'Day')}${inline('B1', 'Hours')}</row><row r="2">${inline('A2', 'Mon')}<c r="B2"><v>7</v></c></row><row r="3">${inline('A3', 'Tue')}<c r="B3"><v>6</v></c></row>`;
  addText(parts, extras, `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${R}"><sheetData>${rows}</sheetData>`
    + '<conditionalFormatting sqref="B2:B3"><cfRule type="cellIs" priority="1" operator="greaterThan"><formula>6</formula></cfRule></conditionalFormatting>'
    + '<dataValidations count="1"><dataValidation type="whole" allowBlank="1" showErrorMessage="1" sqref="B2:B3"><formula1>0</formula1><formula2>24</formula2></dataValidation></dataValidations>'
    + '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="rId1"/><legacyDrawing r:id="rId3"/>'
    + '<tableParts count="1"><tablePart r:id="rId2"/></tableParts></worksheet>');
  addText(parts, `xl/worksheets/_rels/sheet${sheets + 1}.xml.rels`, rels([
    rel('rId1', 'drawing', '../drawings/drawing1.xml'), rel('rId2', 'table', '../tables/table2.xml'),
    rel('rId3', 'vmlDrawing', '../drawings/vmlDrawing1.vml'), rel('rId4', 'comments', '../comments1.xml'),
    rel('rId5', 'http://schemas.microsoft.com/office/2017/10/relationships/threadedComment', '../threadedComments/threadedComment1.xml'),
  ]));
  addText(parts, 'xl/tables/table2.xml', `${HEAD}<table xmlns="${MAIN}" id="2" name="Hours" displayName="Hours" ref="A1:B3"><autoFilter ref="A1:B3"/>`
    + '<tableColumns count="2"><tableColumn id="1" name="Day"/><tableColumn id="2" name="Hours"/></tableColumns>'
    + '<tableStyleInfo name="TableStyleMedium9" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>');
  const chart = chartXml({ kind: 'column', title: 'Hours by day', categories: { row: 1, column: 0, rows: 2, columns: 1 }, series: [{ name: 'Hours', values: { row: 1, column: 1, rows: 2, columns: 1 } }], anchor: { from: { row: 4, column: 0 }, to: { row: 18, column: 6 } } }, 'Extras', (r, c) => [['Day', 'Hours'], ['Mon', 7], ['Tue', 6]][r]?.[c]);
  addText(parts, 'xl/charts/chart1.xml', chart);
  parts.set('xl/media/image1.png', PNG);
  const anchor = (r0: number, r1: number) => `<xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r0}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>`;
  addText(parts, 'xl/drawings/drawing1.xml', `${HEAD}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">`
    + `<xdr:twoCellAnchor>${anchor(4, 18)}<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>`
    + `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${R}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    + `<xdr:twoCellAnchor editAs="oneCell">${anchor(20, 24)}<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="3" name="Picture 1"/><xdr:cNvPicPr/></xdr:nvPicPr>`
    + `<xdr:blipFill><a:blip xmlns:r="${R}" r:embed="rId2"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="95250" cy="95250"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`);
  addText(parts, 'xl/drawings/_rels/drawing1.xml.rels', rels([rel('rId1', 'chart', '../charts/chart1.xml'), rel('rId2', 'image', '../media/image1.png')]));
  addText(parts, 'xl/comments1.xml', `${HEAD}<comments xmlns="${MAIN}"><authors><author>tc={00000000-0000-0000-0000-000000000001}</author></authors><commentList>`
    + '<comment ref="B2" authorId="0"><text><t>[Threaded comment] Check Monday\'s hours</t></text></comment></commentList></comments>');
  addText(parts, 'xl/drawings/vmlDrawing1.vml', '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">'
    + '<v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;visibility:hidden" fillcolor="#ffffe1"><v:textbox/><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Row>1</x:Row><x:Column>1</x:Column></x:ClientData></v:shape></xml>');
  addText(parts, 'xl/threadedComments/threadedComment1.xml', `${HEAD}<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments">`
    + '<threadedComment ref="B2" dT="2026-08-01T10:00:00.00" personId="{00000000-0000-0000-0000-0000000000AA}" id="{00000000-0000-0000-0000-000000000001}"><text>Check Monday\'s hours</text></threadedComment></ThreadedComments>');
  addText(parts, 'xl/persons/person.xml', `${HEAD}<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments">`
    + '<person displayName="Jo Manager" id="{00000000-0000-0000-0000-0000000000AA}" userId="jo@example.com" providerId="None"/></personList>');

  // A pivot table over the Extras table, with its cache.
  addText(parts, pivotSheet, `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${R}"><sheetData><row r="3">${inline('A3', 'Row Labels')}${inline('B3', 'Sum of Hours')}</row>`
    + `<row r="4">${inline('A4', 'Mon')}<c r="B4"><v>7</v></c></row><row r="5">${inline('A5', 'Tue')}<c r="B5"><v>6</v></c></row></sheetData>`
    + '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>');
  addText(parts, `xl/worksheets/_rels/sheet${sheets + 2}.xml.rels`, rels([rel('rId1', 'pivotTable', '../pivotTables/pivotTable1.xml')]));
  addText(parts, 'xl/pivotCache/pivotCacheDefinition1.xml', `${HEAD}<pivotCacheDefinition xmlns="${MAIN}" xmlns:r="${R}" r:id="rId1" refreshOnLoad="0" recordCount="2">`
    + '<cacheSource type="worksheet"><worksheetSource ref="A1:B3" sheet="Extras"/></cacheSource><cacheFields count="2">'
    + '<cacheField name="Day" numFmtId="0"><sharedItems count="2"><s v="Mon"/><s v="Tue"/></sharedItems></cacheField>'
    + '<cacheField name="Hours" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="6" maxValue="7"/></cacheField></cacheFields></pivotCacheDefinition>');
  addText(parts, 'xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels', rels([rel('rId1', 'pivotCacheRecords', 'pivotCacheRecords1.xml')]));
  addText(parts, 'xl/pivotCache/pivotCacheRecords1.xml', `${HEAD}<pivotCacheRecords xmlns="${MAIN}" count="2"><r><x v="0"/><n v="7"/></r><r><x v="1"/><n v="6"/></r></pivotCacheRecords>`);
  addText(parts, 'xl/pivotTables/pivotTable1.xml', `${HEAD}<pivotTableDefinition xmlns="${MAIN}" name="HoursPivot" cacheId="7" dataCaption="Values" updatedVersion="6" createdVersion="6" indent="0" outline="1" outlineData="1">`
    + '<location ref="A3:B5" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="2"><pivotField axis="axisRow" showAll="0"><items count="3"><item x="0"/><item x="1"/><item t="default"/></items></pivotField><pivotField dataField="1" showAll="0"/></pivotFields>'
    + '<rowFields count="1"><field x="0"/></rowFields><rowItems count="2"><i><x/></i><i><x v="1"/></i></rowItems><colItems count="1"><i/></colItems>'
    + '<dataFields count="1"><dataField name="Sum of Hours" fld="1" baseField="0" baseItem="0"/></dataFields><pivotTableStyleInfo name="PivotStyleLight16" showRowHeaders="1" showColHeaders="1" showRowStripes="0" showColStripes="0" showLastColumn="1"/></pivotTableDefinition>');
  addText(parts, 'xl/pivotTables/_rels/pivotTable1.xml.rels', rels([rel('rId1', 'pivotCacheDefinition', '../pivotCache/pivotCacheDefinition1.xml')]));
  const plain = (text: string) => `${HEAD}<worksheet xmlns="${MAIN}"><sheetData><row r="1">${inline('A1', text)}</row></sheetData></worksheet>`;
  addText(parts, hidden, plain('Lists kept out of sight'));
  addText(parts, veryHidden, plain('Very hidden workings'));
  addText(parts, 'xl/externalLinks/externalLink1.xml', `${HEAD}<externalLink xmlns="${MAIN}" xmlns:r="${R}"><externalBook r:id="rId1"><sheetNames><sheetName val="Budget"/></sheetNames></externalBook></externalLink>`);
  addText(parts, 'xl/externalLinks/_rels/externalLink1.xml.rels', rels([rel('rId1', 'externalLinkPath', 'budget.xlsx', true)]));
  addText(parts, 'customXml/item1.xml', `${HEAD}<lsaCustom xmlns="urn:example:custom">kept as it is</lsaCustom>`);
  if (options.macros) parts.set('xl/vbaProject.bin', Buffer.from('\xd0\xcf\x11\xe0 a macro project, never run', 'latin1'));

  edit(parts, 'xl/_rels/workbook.xml.rels', (x) => x.replace('</Relationships>', [
    rel('rIdX1', 'worksheet', `worksheets/sheet${sheets + 1}.xml`), rel('rIdX2', 'worksheet', `worksheets/sheet${sheets + 2}.xml`),
    rel('rIdX3', 'worksheet', `worksheets/sheet${sheets + 3}.xml`), rel('rIdX4', 'worksheet', `worksheets/sheet${sheets + 4}.xml`),
    rel('rIdX5', 'pivotCacheDefinition', 'pivotCache/pivotCacheDefinition1.xml'), rel('rIdX6', 'externalLink', 'externalLinks/externalLink1.xml'),
    rel('rIdX7', 'http://schemas.microsoft.com/office/2017/10/relationships/person', 'persons/person.xml'), rel('rIdX8', 'customXml', '../customXml/item1.xml'),
    ...(options.macros ? [rel('rIdX9', 'http://schemas.microsoft.com/office/2006/relationships/vbaProject', 'vbaProject.bin')] : []),
  ].join('') + '</Relationships>'));
  edit(parts, 'xl/workbook.xml', (x) => x
    .replace('</sheets>', '<sheet name="Extras" sheetId="101" r:id="rIdX1"/><sheet name="Pivot" sheetId="102" r:id="rIdX2"/>'
      + '<sheet name="Lists" sheetId="103" state="hidden" r:id="rIdX3"/><sheet name="Workings" sheetId="104" state="veryHidden" r:id="rIdX4"/></sheets>'
      + '<externalReferences><externalReference r:id="rIdX6"/></externalReferences>'
      + `<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">'LSA Team'!$A$1:$H$20</definedName><definedName name="Budget">[1]Budget!$A$1</definedName>`
      + `<definedName name="TeamFirst" localSheetId="${sheets + 1}">Pivot!$A$3</definedName><definedName name="WeekHours">Extras!$B$2:$B$3</definedName></definedNames>`)
    .replace('</workbook>', '<pivotCaches><pivotCache cacheId="7" r:id="rIdX5"/></pivotCaches></workbook>'));
  edit(parts, '[Content_Types].xml', (x) => x.replace('</Types>', [
    ...[sheets + 1, sheets + 2, sheets + 3, sheets + 4].map((n) => `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="${T}.spreadsheetml.worksheet+xml"/>`),
    `<Override PartName="/xl/tables/table2.xml" ContentType="${T}.spreadsheetml.table+xml"/>`,
    `<Override PartName="/xl/charts/chart1.xml" ContentType="${T}.drawingml.chart+xml"/>`,
    `<Override PartName="/xl/drawings/drawing1.xml" ContentType="${T}.drawing+xml"/>`,
    '<Default Extension="png" ContentType="image/png"/><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>',
    `<Override PartName="/xl/comments1.xml" ContentType="${T}.spreadsheetml.comments+xml"/>`,
    '<Override PartName="/xl/threadedComments/threadedComment1.xml" ContentType="application/vnd.ms-excel.threadedcomments+xml"/>',
    '<Override PartName="/xl/persons/person.xml" ContentType="application/vnd.ms-excel.person+xml"/>',
    `<Override PartName="/xl/pivotCache/pivotCacheDefinition1.xml" ContentType="${T}.spreadsheetml.pivotCacheDefinition+xml"/>`,
    `<Override PartName="/xl/pivotCache/pivotCacheRecords1.xml" ContentType="${T}.spreadsheetml.pivotCacheRecords+xml"/>`,
    `<Override PartName="/xl/pivotTables/pivotTable1.xml" ContentType="${T}.spreadsheetml.pivotTable+xml"/>`,
    `<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="${T}.spreadsheetml.externalLink+xml"/>`,
    ...(options.macros ? ['<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'] : []),
  ].join('') + '</Types>')
    .replace(options.macros ? `${T}.spreadsheetml.sheet.main+xml` : '\u0000', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml'));
  if (options.tabSelected) edit(parts, 'xl/worksheets/sheet1.xml', (x) => x.replace('<sheetView workbookViewId="0"', '<sheetView tabSelected="1" workbookViewId="0"'));
  return pack(parts);
}
