import type { Writable } from 'node:stream';
import { type ZipEntryWriter, ZipWriter } from './zip-writer';

/** A cell as written: text, number, date (a whole day, read in UTC) or nothing. */
export type XlsxValue = string | number | Date | null | undefined;

export interface XlsxColumn {
  width: number;
  /** Excel number format of the column's cells ('yyyy-mm-dd', '0.00'); none: General. */
  numFmt?: string;
}

export interface XlsxSheetOptions {
  out: Writable;
  sheetName: string;
  creator: string;
  columns: readonly XlsxColumn[];
  /** Bold, frozen first row. */
  header: readonly string[];
  now?: Date;
}

const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const relNs = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const pkgRelNs = 'http://schemas.openxmlformats.org/package/2006/relationships';
const decl = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

// Characters XML 1.0 cannot carry at all, even escaped: the cell keeps the rest of its text.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const illegal = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g;
// eslint-disable-next-line no-control-regex -- as above
const special = /[&<>"\r\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/;
// A raw CR would come back as LF (XML normalises line ends); a reference survives.
const entity: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\r': '&#13;' };

/** Text for element content or a double-quoted attribute; most cells need nothing done. */
export function escapeXml(s: string): string {
  if (!special.test(s)) return s;
  return s.replace(illegal, '').replace(/[&<>"\r]/g, (c) => entity[c]!);
}

/** 1 → A, 26 → Z, 27 → AA, 16384 → XFD. */
export function columnLetters(n: number): string {
  let out = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(65 + ((k - 1) % 26)) + out;
  return out;
}

const dayMs = 86_400_000;
const epoch1900 = Date.UTC(1899, 11, 30);

/**
 * Serial day number in the 1900 date system as ExcelJS writes it, so a UTC-midnight Date
 * (dateForCell) becomes a whole day and reads back as the same Date.
 */
export const excelSerial = (d: Date) => (d.getTime() - epoch1900) / dayMs;

/** Formats Excel knows by id; any other gets a custom id from 164 up. */
const builtInFormats: Record<string, number> = { '0': 1, '0.00': 2 };

interface Styles {
  xml: string;
  /** cellXfs index per column (0: General). */
  columnStyle: number[];
  headerStyle: number;
}

/** cellXfs: 0 default, 1 bold header, then one per distinct number format of the columns. */
function buildStyles(columns: readonly XlsxColumn[]): Styles {
  const formats: string[] = [];
  for (const c of columns) if (c.numFmt && !formats.includes(c.numFmt)) formats.push(c.numFmt);
  const custom = formats.filter((f) => builtInFormats[f] === undefined);
  const idOf = (f: string) => builtInFormats[f] ?? 164 + custom.indexOf(f);
  const xfs = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>', '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'];
  for (const f of formats) xfs.push(`<xf numFmtId="${idOf(f)}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`);
  const numFmts = custom.length
    ? `<numFmts count="${custom.length}">${custom.map((f) => `<numFmt numFmtId="${idOf(f)}" formatCode="${escapeXml(f)}"/>`).join('')}</numFmts>`
    : '';
  const font = '<sz val="11"/><name val="Calibri"/><family val="2"/>';
  const xml = `${decl}<styleSheet xmlns="${ns}">${numFmts}`
    + `<fonts count="2"><font>${font}</font><font><b/>${font}</font></fonts>`
    + '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
    + '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    + `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>`
    + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/></styleSheet>';
  return { xml, columnStyle: columns.map((c) => (c.numFmt ? 2 + formats.indexOf(c.numFmt) : 0)), headerStyle: 1 };
}

const type = (t: string) => `application/vnd.openxmlformats-officedocument.${t}`;

function packageParts(o: XlsxSheetOptions, styles: string): [string, string][] {
  const rel = (id: string, t: string, target: string) => `<Relationship Id="${id}" Type="${t}" Target="${target}"/>`;
  const at = (o.now ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  // Excel refuses longer sheet names; ExcelJS cut them the same way.
  const name = escapeXml(o.sheetName.slice(0, 31));
  return [
    ['[Content_Types].xml', `${decl}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
      + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
      + `<Override PartName="/xl/workbook.xml" ContentType="${type('spreadsheetml.sheet.main+xml')}"/>`
      + `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${type('spreadsheetml.worksheet+xml')}"/>`
      + `<Override PartName="/xl/styles.xml" ContentType="${type('spreadsheetml.styles+xml')}"/>`
      + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
      + `<Override PartName="/docProps/app.xml" ContentType="${type('extended-properties+xml')}"/></Types>`],
    ['_rels/.rels', `${decl}<Relationships xmlns="${pkgRelNs}">${rel('rId1', `${relNs}/officeDocument`, 'xl/workbook.xml')}`
      + `${rel('rId2', 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', 'docProps/core.xml')}`
      + `${rel('rId3', `${relNs}/extended-properties`, 'docProps/app.xml')}</Relationships>`],
    ['docProps/app.xml', `${decl}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" `
      + 'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application>'
      + '<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs>'
      + `<TitlesOfParts><vt:vector size="1" baseType="lpstr"><vt:lpstr>${name}</vt:lpstr></vt:vector></TitlesOfParts></Properties>`],
    ['docProps/core.xml', `${decl}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" `
      + 'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
      + `<dc:creator>${escapeXml(o.creator)}</dc:creator><cp:lastModifiedBy>${escapeXml(o.creator)}</cp:lastModifiedBy>`
      + `<dcterms:created xsi:type="dcterms:W3CDTF">${at}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${at}</dcterms:modified></cp:coreProperties>`],
    ['xl/workbook.xml', `${decl}<workbook xmlns="${ns}" xmlns:r="${relNs}"><workbookPr/><bookViews><workbookView/></bookViews>`
      + `<sheets><sheet name="${name}" sheetId="1" r:id="rId1"/></sheets></workbook>`],
    ['xl/_rels/workbook.xml.rels', `${decl}<Relationships xmlns="${pkgRelNs}">${rel('rId1', `${relNs}/worksheet`, 'worksheets/sheet1.xml')}`
      + `${rel('rId2', `${relNs}/styles`, 'styles.xml')}</Relationships>`],
    ['xl/styles.xml', styles],
  ];
}

/** Text cells keep leading/trailing spaces and line breaks only when marked. */
const textCell = (ref: string, s: string, style: string) =>
  `<c r="${ref}"${style} t="inlineStr"><is>${/^\s|\s$/.test(s) ? '<t xml:space="preserve">' : '<t>'}${escapeXml(s)}</t></is></c>`;

/**
 * One-sheet .xlsx written row by row: the worksheet part is deflated as the rows come, so memory
 * stays flat however many rows there are. Cells are inline strings, numbers and date serials.
 */
export class XlsxSheetWriter {
  private rowNumber = 1;
  private constructor(
    private readonly zip: ZipWriter,
    private readonly sheet: ZipEntryWriter,
    private readonly letters: string[],
    private readonly styleAttr: string[],
  ) {}

  static async open(o: XlsxSheetOptions): Promise<XlsxSheetWriter> {
    const zip = new ZipWriter(o.out, o.now);
    const styles = buildStyles(o.columns);
    for (const [name, xml] of packageParts(o, styles.xml)) await zip.add(name, xml);
    const sheet = await zip.stream('xl/worksheets/sheet1.xml');
    const cols = o.columns.map((c, i) => {
      const s = styles.columnStyle[i] ? ` style="${styles.columnStyle[i]}"` : '';
      return `<col min="${i + 1}" max="${i + 1}" width="${c.width}"${s} customWidth="1"/>`;
    }).join('');
    await sheet.write(`${decl}<worksheet xmlns="${ns}" xmlns:r="${relNs}"><sheetViews><sheetView workbookViewId="0">`
      + '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>'
      + `</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>${cols ? `<cols>${cols}</cols>` : ''}<sheetData>`);
    const letters = o.columns.map((_, i) => columnLetters(i + 1));
    const writer = new XlsxSheetWriter(zip, sheet, letters, styles.columnStyle.map((s) => (s ? ` s="${s}"` : '')));
    const head = o.header.map((h, i) => (h ? textCell(`${columnLetters(i + 1)}1`, h, ` s="${styles.headerStyle}"`) : '')).join('');
    await sheet.write(`<row r="1">${head}</row>`);
    return writer;
  }

  /**
   * Appends the next row, one value per column (null, undefined and '' leave the cell out).
   * Awaiting the result matters only now and then: it resolves once the buffered XML went out.
   */
  writeRow(values: readonly XlsxValue[]): Promise<void> | undefined {
    const r = ++this.rowNumber;
    let xml = `<row r="${r}">`;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v === null || v === undefined || v === '') continue;
      const ref = (this.letters[i] ?? columnLetters(i + 1)) + r;
      const s = this.styleAttr[i] ?? '';
      if (typeof v === 'string') xml += textCell(ref, v, s);
      else if (typeof v === 'number') xml += Number.isFinite(v) ? `<c r="${ref}"${s}><v>${v}</v></c>` : textCell(ref, String(v), s);
      else if (!Number.isNaN(v.getTime())) xml += `<c r="${ref}"${s}><v>${excelSerial(v)}</v></c>`;
    }
    return this.sheet.write(`${xml}</row>`);
  }

  /** After a failure mid-export: frees the compressor; the output is left as it is, incomplete. */
  abort(): void {
    this.sheet.abort();
  }

  /** Closes the sheet and the zip, and ends the output stream. */
  async finish(): Promise<void> {
    await this.sheet.write('</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>');
    await this.sheet.end();
    await this.zip.finish();
  }
}
