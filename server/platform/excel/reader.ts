import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { AppError } from '../errors';
import { cellPrimitive, type RawCell } from './cell';
import { openFastWorkbook, type WorkbookRow } from './fast-reader';
import { utf8SafeWorkbookReader } from './utf8-reader';
import { UnsupportedZip } from './zip';
import { assertRequiredColumns, type HeaderMap, matchHeader, noHeaderError } from './header';
import type { AnySheet } from './sheet';

export interface SheetRow {
  /** Excel row number, as the user sees it. */
  rowNumber: number;
  /** One value per declared column, in declaration order. */
  cells: RawCell[];
  /** The row's raw values by column index, for the error report. */
  values: unknown[];
}

export interface ReadResult {
  header: HeaderMap;
  /** Workbook uses the 1904 date system (some Mac files). */
  date1904: boolean;
  rows: AsyncGenerator<SheetRow>;
}

const headerScanRows = 30;

interface ReaderInternals {
  properties?: { model?: { date1904?: boolean } };
}

async function openReader(content: Buffer): Promise<ExcelJS.stream.xlsx.WorkbookReader> {
  // styles: 'cache' lets ExcelJS turn date-formatted numbers into Dates; shared strings are cached
  // (they are needed to read any cell), worksheet rows are not.
  const Reader = await utf8SafeWorkbookReader();
  return new Reader(Readable.from(content), {
    sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore',
  });
}

/** Worksheets, each an iterable of rows; `date1904` is known once the first worksheet is reached. */
interface WorkbookSource {
  worksheets: AsyncIterator<AsyncIterable<WorkbookRow>>;
  date1904(): boolean;
}

/** The fast reader (fast-reader.ts), or ExcelJS's streaming reader for zips it does not handle. */
async function openSource(content: Buffer): Promise<WorkbookSource> {
  try {
    const fast = await openFastWorkbook(content);
    return { worksheets: fast.worksheets(), date1904: () => fast.date1904 };
  } catch (err) {
    if (!(err instanceof UnsupportedZip)) throw err;
  }
  const reader = await openReader(content);
  return {
    worksheets: reader[Symbol.asyncIterator]() as AsyncIterator<AsyncIterable<WorkbookRow>>,
    date1904: () => Boolean((reader as unknown as ReaderInternals).properties?.model?.date1904),
  };
}

/**
 * Streams the data rows of the first worksheet whose header matches the sheet definition. Only
 * the current row is held; other worksheets (instructions, dictionaries) are skipped.
 */
export async function readSheet(content: Buffer, sheet: AnySheet): Promise<ReadResult> {
  if (content.subarray(0, 2).toString('latin1') !== 'PK') {
    throw new AppError('VALIDATION_FAILED', '文件不是 .xlsx 格式（旧版 .xls 或 .csv 请先用 Excel/WPS 另存为 .xlsx）');
  }
  let header: HeaderMap | null = null;
  let rowsOfData: AsyncIterator<WorkbookRow> | null = null;
  let source: WorkbookSource;
  try {
    source = await openSource(content);
    while (!header) {
      // Never ask for the next worksheet while rows of the current one are still wanted.
      const ws = await source.worksheets.next();
      if (ws.done) break;
      const rows = ws.value[Symbol.asyncIterator]();
      for (let r = await rows.next(); !r.done; r = await rows.next()) {
        if (r.value.number > headerScanRows) break;
        header = matchHeader(sheet, r.value.number, r.value.values);
        if (header) {
          rowsOfData = rows;
          break;
        }
      }
      if (!header) await drain(rows);
    }
  } catch (err) {
    throw unreadable(err);
  }
  if (!header || !rowsOfData) throw noHeaderError(sheet, headerScanRows);
  assertRequiredColumns(sheet, header);
  return { header, date1904: source.date1904(), rows: dataRows(rowsOfData, source.worksheets, header) };
}

async function drain(it: AsyncIterator<unknown>): Promise<void> {
  for (let r = await it.next(); !r.done; r = await it.next()) { /* skip */ }
}

function unreadable(err: unknown): Error {
  if (err instanceof AppError) return err;
  console.warn(`[kejiju] 无法读取上传的 .xlsx：${err instanceof Error ? err.message : String(err)}`);
  return new AppError('VALIDATION_FAILED', '无法读取该文件：文件已损坏或不是有效的 .xlsx 工作簿');
}

async function* dataRows(rows: AsyncIterator<WorkbookRow>, worksheets: AsyncIterator<unknown>, header: HeaderMap): AsyncGenerator<SheetRow> {
  try {
    for (let r = await rows.next(); !r.done; r = await rows.next()) {
      const values = r.value.values;
      const cells = header.positions.map((col) => (col ? cellPrimitive(values[col]) : null));
      if (cells.every((c) => c === null)) continue;
      yield { rowNumber: r.value.number, cells, values };
    }
    // Let the reader finish the zip so temporary files it made are cleaned up.
    for (let ws = await worksheets.next(); !ws.done; ws = await worksheets.next()) {
      await drain((ws.value as AsyncIterable<unknown>)[Symbol.asyncIterator]());
    }
  } catch (err) {
    throw unreadable(err);
  }
}
