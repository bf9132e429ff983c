import { entryString, entryText, UnsupportedZip, type ZipEntry, zipEntries } from './zip';
import { attr, decodeXml, type Element, nextElement, streamElements, stringItemText } from './xml-scan';

/** A worksheet row as ExcelJS's streaming reader gives it: values by 1-based column, holes for empty cells. */
export interface WorkbookRow {
  number: number;
  values: unknown[];
}

export interface FastWorkbook {
  date1904: boolean;
  /** The worksheets in the workbook's order (tab order), each a stream of rows. */
  worksheets(): AsyncGenerator<AsyncGenerator<WorkbookRow>>;
}

/** ExcelJS's test for a date number format: date letters outside quotes and brackets. */
export function isDateFormat(code: string | undefined): boolean {
  if (!code) return false;
  return /[ymdhMsb]+/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** Built-in formats ExcelJS knows without a <numFmt> (the others it treats as numbers too). */
const builtInDateIds = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

function dateStyles(xml: string): (styleIndex: number) => boolean {
  const custom = new Map<number, string>();
  const fmts = nextElement(xml, 'numFmts', 0);
  for (let e = fmts && nextElement(fmts.inner, 'numFmt', 0); e; e = nextElement(fmts!.inner, 'numFmt', e.end)) {
    custom.set(Number(attr(e.tag, 'numFmtId')), attr(e.tag, 'formatCode') ?? '');
  }
  const dates: boolean[] = [];
  const xfs = nextElement(xml, 'cellXfs', 0);
  for (let e = xfs && nextElement(xfs.inner, 'xf', 0); e; e = nextElement(xfs!.inner, 'xf', e.end)) {
    const id = Number(attr(e.tag, 'numFmtId') ?? 0);
    dates.push(id !== 0 && (custom.has(id) ? isDateFormat(custom.get(id)) : builtInDateIds.has(id)));
  }
  return (i) => dates[i] === true;
}

async function sharedStrings(content: Buffer, entry: ZipEntry | undefined): Promise<string[]> {
  const out: string[] = [];
  if (entry) for await (const si of streamElements(entryText(content, entry), 'si')) out.push(stringItemText(si.inner));
  return out;
}

const excelToDate = (serial: number, date1904: boolean) => new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));

function columnOf(ref: string | undefined, previous: number): number {
  if (!ref) return previous + 1;
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  return col || previous + 1;
}

interface CellContext {
  shared: readonly string[];
  isDate(styleIndex: number): boolean;
  date1904: boolean;
}

/** The cell's value in the shape ExcelJS gives it (formula objects, errors, Dates for date styles). */
function cellValue(c: Element, x: CellContext): unknown {
  const t = attr(c.tag, 't');
  const f = c.inner.includes('<f') ? nextElement(c.inner, 'f', 0) : null;
  const v = nextElement(c.inner, 'v', 0);
  if (f) return v ? { formula: decodeXml(f.inner), result: t === 'str' ? decodeXml(v.inner) : parseFloat(v.inner) } : { formula: decodeXml(f.inner) };
  if (t === 'inlineStr') {
    const is = nextElement(c.inner, 'is', 0);
    return is ? stringItemText(is.inner) : v ? decodeXml(v.inner) : undefined;
  }
  if (!v) return undefined;
  switch (t) {
    case 's': return x.shared[parseInt(v.inner, 10)];
    case 'str': return decodeXml(v.inner);
    case 'e': return { error: decodeXml(v.inner) };
    case 'b': return parseInt(v.inner, 10) !== 0;
    case 'd': return new Date(decodeXml(v.inner));
    default: {
      const n = parseFloat(v.inner);
      const s = Number(attr(c.tag, 's') ?? 0);
      return s && x.isDate(s) ? excelToDate(n, x.date1904) : n;
    }
  }
}

async function* sheetRows(content: Buffer, entry: ZipEntry, x: CellContext): AsyncGenerator<WorkbookRow> {
  let number = 0;
  for await (const row of streamElements(entryText(content, entry), 'row')) {
    number = Number(attr(row.tag, 'r') ?? number + 1);
    const values: unknown[] = [];
    let col = 0;
    for (let c = nextElement(row.inner, 'c', 0); c; c = nextElement(row.inner, 'c', c.end)) {
      col = columnOf(attr(c.tag, 'r'), col);
      const value = cellValue(c, x);
      if (value !== undefined) values[col] = value;
    }
    yield { number, values };
  }
}

/** Worksheet parts in tab order (workbook.xml through its rels); by sheet number where that fails. */
async function sheetOrder(content: Buffer, byName: Map<string, ZipEntry>, workbookXml: string): Promise<ZipEntry[]> {
  const relsEntry = byName.get('xl/_rels/workbook.xml.rels');
  const rels = relsEntry ? await entryString(content, relsEntry) : '';
  const targets = new Map<string, string>();
  for (let e = nextElement(rels, 'Relationship', 0); e; e = nextElement(rels, 'Relationship', e.end)) {
    const target = attr(e.tag, 'Target') ?? '';
    targets.set(attr(e.tag, 'Id') ?? '', target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const ordered: ZipEntry[] = [];
  for (let e = nextElement(workbookXml, 'sheet', 0); e; e = nextElement(workbookXml, 'sheet', e.end)) {
    const part = byName.get(targets.get(attr(e.tag, 'r:id') ?? '') ?? '');
    if (part && !ordered.includes(part)) ordered.push(part);
  }
  if (ordered.length) return ordered;
  const numbered = [...byName.values()].filter((e) => /^xl\/worksheets\/sheet\d+\.xml$/.test(e.name));
  return numbered.sort((a, b) => Number(/\d+/.exec(a.name.slice(14))![0]) - Number(/\d+/.exec(b.name.slice(14))![0]));
}

/**
 * Opens an .xlsx held in memory for reading rows fast (2–4× ExcelJS's streaming reader): the
 * zip's central directory, shared strings and styles up front, worksheets inflated and scanned a
 * chunk at a time. Throws UnsupportedZip for what it does not read; the caller then uses ExcelJS.
 */
export async function openFastWorkbook(content: Buffer): Promise<FastWorkbook> {
  const entries = zipEntries(content);
  const byName = new Map(entries.map((e) => [e.name, e]));
  const book = byName.get('xl/workbook.xml');
  if (!book) throw new UnsupportedZip('no xl/workbook.xml');
  const workbookXml = await entryString(content, book);
  const pr = nextElement(workbookXml, 'workbookPr', 0);
  const date1904 = pr ? ['1', 'true'].includes(attr(pr.tag, 'date1904') ?? '') : false;
  const styles = byName.get('xl/styles.xml');
  const x: CellContext = {
    shared: await sharedStrings(content, byName.get('xl/sharedStrings.xml')),
    isDate: styles ? dateStyles(await entryString(content, styles)) : () => false,
    date1904,
  };
  const sheets = await sheetOrder(content, byName, workbookXml);
  return {
    date1904,
    async *worksheets() {
      for (const s of sheets) yield sheetRows(content, s, x);
    },
  };
}
