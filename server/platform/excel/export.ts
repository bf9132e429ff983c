import type { Writable } from 'node:stream';
import { maskIdNumber, maskMobile } from '../../../domain/masking';
import { dateForCell } from './dates';
import type { ResolvedDictionary } from './dictionary';
import { bufferSink } from './sink';
import type { ColumnDef, Sheet } from './sheet';
import { type XlsxValue, XlsxSheetWriter } from './xlsx-writer';

export interface ExportOptions<R extends Record<string, unknown>> {
  sheet: Sheet<R>;
  /** Rows in the import shape: codes, YYYY-MM-DD dates, decimal strings. Read one at a time. */
  rows: AsyncIterable<Partial<R>>;
  /** Dictionaries for turning codes back into labels (see resolveDictionaries). */
  dicts: Map<string, ResolvedDictionary>;
  /** Personal data (mobile, masked columns) in clear; only when the caller may see it. Default: masked. */
  showPersonalData?: boolean;
  /** Write here instead of returning a Buffer. */
  stream?: Writable;
  onRow?(count: number): Promise<void> | void;
}

export const isPersonal = (c: ColumnDef) => c.masked === true || c.kind === 'mobile' || c.kind === 'phone';

function cellOf(c: ColumnDef, v: unknown, dict: ResolvedDictionary | undefined, clear: boolean): XlsxValue {
  if (v === null || v === undefined || v === '') return null;
  if (isPersonal(c) && !clear) return c.kind === 'mobile' || c.kind === 'phone' ? maskMobile(String(v)) : maskIdNumber(String(v));
  switch (c.kind) {
    case 'enum':
    case 'region':
      return dict?.labelOf(String(v)) ?? String(v);
    case 'boolean':
      return v ? '是' : '否';
    case 'date':
      return v instanceof Date ? v : dateForCell(String(v).slice(0, 10));
    case 'integer':
    case 'decimal':
      return Number(v);
    default:
      return String(v);
  }
}

/** Number format of a column's cells: real dates, and decimals shown with their scale. */
function numFmtOf(c: ColumnDef): string | undefined {
  if (c.kind === 'date') return 'yyyy-mm-dd';
  if (c.kind !== 'decimal') return undefined;
  const scale = c.scale ?? 2;
  return scale > 0 ? `0.${'0'.repeat(scale)}` : '0';
}

/**
 * Streams rows into an .xlsx with the sheet's own headers, so an export can be edited and imported
 * again. Only the current row is in memory; the result is a Buffer unless a stream is given.
 * Written by XlsxSheetWriter rather than ExcelJS: building ExcelJS's Row and Cell objects and
 * rendering their XML took most of a 100,000-row export.
 */
export async function exportToXlsx<R extends Record<string, unknown>>(o: ExportOptions<R>): Promise<{ rows: number; buffer: Buffer | null }> {
  const sink = o.stream ? null : bufferSink();
  const cols = o.sheet.columns;
  const writer = await XlsxSheetWriter.open({
    out: o.stream ?? sink!.stream,
    sheetName: o.sheet.name,
    creator: 'Kejiju 科技局工作平台',
    columns: cols.map((c) => ({ width: c.width ?? Math.max(12, c.header.length * 2 + 4), numFmt: numFmtOf(c) })),
    header: cols.map((c) => c.header),
  });
  const dicts = cols.map((c) => o.dicts.get(c.key));
  const clear = o.showPersonalData === true;
  const values: XlsxValue[] = new Array<XlsxValue>(cols.length);
  let n = 0;
  try {
    for await (const row of o.rows) {
      for (let i = 0; i < cols.length; i++) values[i] = cellOf(cols[i]!, row[cols[i]!.key as keyof R], dicts[i], clear);
      const flushed = writer.writeRow(values);
      if (flushed) await flushed;
      n++;
      if (o.onRow && n % 1000 === 0) await o.onRow(n);
    }
    await writer.finish();
  } catch (err) {
    writer.abort();
    throw err;
  }
  return { rows: n, buffer: sink ? await sink.done : null };
}

/** Keyset paging for exports: fetches page after page until a short page, never OFFSET. */
export async function* pagedRows<T, C>(fetchPage: (after: C | null, limit: number) => Promise<T[]>, cursorOf: (row: T) => C, limit = 1000): AsyncGenerator<T> {
  let after: C | null = null;
  for (;;) {
    const page = await fetchPage(after, limit);
    yield* page;
    if (page.length < limit) return;
    after = cursorOf(page[page.length - 1]!);
  }
}
