import type { OutputValue } from '../../core/sheets/outputSheet';
import { plainSheetXml } from './sheetXml';
import { escapeAttr } from './xmlText';
import { storedZip } from './zipWriter';

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG = 'http://schemas.openxmlformats.org/package/2006';

/**
 * A minimal .xlsx package holding plain sheets of values (none for the group audit's new workbook, the staff table for a
 * CSV input), for the audit's sheets to be added to as to any workbook.
 * @example basePackage([{ name: 'team', rows: [['Staff ID', 'Name'], ['S1', 'Ann Lee']] }])
 */
export function basePackage(sheets: readonly { name: string; rows: readonly (readonly OutputValue[])[] }[]): Buffer {
  const sheetParts = sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, text: plainSheetXml(s.rows) }));
  const types = `${XML_HEAD}<Types xmlns="${NS_PKG}/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>`
    + '<Default Extension="xml" ContentType="application/xml"/>'
    + '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    + sheetParts.map((p) => `<Override PartName="/${p.name}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')
    + '</Types>';
  const rootRels = `${XML_HEAD}<Relationships xmlns="${NS_PKG}/relationships"><Relationship Id="rId1" Type="${NS_R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const bookRels = `${XML_HEAD}<Relationships xmlns="${NS_PKG}/relationships">`
    + sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${NS_R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')
    + '</Relationships>';
  const book = `${XML_HEAD}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${NS_R}">`
    + '<bookViews><workbookView activeTab="0"/></bookViews><sheets>'
    + sheets.map((s, i) => `<sheet name="${escapeAttr(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')
    + '</sheets></workbook>';
  return storedZip([
    { name: '[Content_Types].xml', text: types },
    { name: '_rels/.rels', text: rootRels },
    { name: 'xl/workbook.xml', text: book },
    { name: 'xl/_rels/workbook.xml.rels', text: bookRels },
    ...sheetParts,
  ]);
}
