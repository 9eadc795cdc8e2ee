import { columnLetter } from './spreadsheet-error.ts';
import { MAX_CELL_CHARS, type Cell } from './types.ts';
import { escapeCellText, escapeXmlAttribute } from './xml-text.ts';

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

/** Style 1 is the bold header. Excel insists on the two fills, one border and the cellStyleXfs. */
const STYLES = `<styleSheet xmlns="${MAIN_NS}">
<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>`;

/** The fixed parts of a one-sheet workbook, keyed by part name. */
export function workbookParts(sheetName: string): Array<[string, string]> {
  const parts: Array<[string, string]> = [
    ['[Content_Types].xml', `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="${CONTENT_TYPE}.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CONTENT_TYPE}.worksheet+xml"/>
<Override PartName="/xl/styles.xml" ContentType="${CONTENT_TYPE}.styles+xml"/>
</Types>`],
    ['_rels/.rels', `<Relationships xmlns="${PACKAGE_REL_NS}">
<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/>
</Relationships>`],
    ['xl/workbook.xml', `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">
<sheets><sheet name="${escapeXmlAttribute(sheetName)}" sheetId="1" r:id="rId1"/></sheets>
</workbook>`],
    ['xl/_rels/workbook.xml.rels', `<Relationships xmlns="${PACKAGE_REL_NS}">
<Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="${REL_NS}/styles" Target="styles.xml"/>
</Relationships>`],
    ['xl/styles.xml', STYLES],
  ];
  return parts.map(([name, xml]) => [name, DECLARATION + xml]);
}

export const SHEET_PART = 'xl/worksheets/sheet1.xml';

/** The header row stays in view while scrolling (a frozen pane below row 1). */
export const SHEET_START = `${DECLARATION}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">
<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>
<sheetData>`;

export const SHEET_END = '</sheetData></worksheet>';

const HEADER_STYLE = 1;

export function rowXml(rowNumber: number, cells: readonly Cell[], isHeader = false): string {
  let xml = `<row r="${rowNumber}">`;
  cells.forEach((cell, column) => {
    xml += cellXml(`${columnLetter(column)}${rowNumber}`, cell, isHeader);
  });
  return `${xml}</row>`;
}

function cellXml(reference: string, cell: Cell, isHeader: boolean): string {
  const style = isHeader ? ` s="${HEADER_STYLE}"` : '';
  if (cell === null) return '';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) throw new RangeError(`Cell ${reference}: cannot write ${cell} to a spreadsheet`);
    return `<c r="${reference}"${style}><v>${cell}</v></c>`;
  }
  if (typeof cell === 'boolean') return `<c r="${reference}"${style} t="b"><v>${cell ? 1 : 0}</v></c>`;
  if (cell.length > MAX_CELL_CHARS) {
    throw new RangeError(`Cell ${reference}: text longer than ${MAX_CELL_CHARS} characters does not fit in an Excel cell`);
  }
  // Without xml:space="preserve" Excel drops leading and trailing spaces.
  const space = /^\s|\s$/.test(cell) ? ' xml:space="preserve"' : '';
  return `<c r="${reference}"${style} t="inlineStr"><is><t${space}>${escapeCellText(cell)}</t></is></c>`;
}

/** Excel's rules for sheet names; breaking them makes Excel "repair" the file. */
export function checkSheetName(name: string): string {
  const valid = name.length >= 1 && name.length <= 31 && !/[[\]:*?/\\]/.test(name) && !/^'|'$/.test(name);
  if (!valid) {
    throw new RangeError(`"${name}" cannot be a sheet name: 1–31 characters, none of [ ] : * ? / \\, not starting or ending with '`);
  }
  return name;
}
