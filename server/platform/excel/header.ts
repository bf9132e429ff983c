import { AppError, type ErrorDetail } from '../errors';
import { cellPrimitive } from './cell';
import { columnLetter } from './columns';
import type { AnySheet, ColumnDef } from './sheet';
import { headerKey, normalizeText } from './text';

/** Where each declared column sits in the uploaded sheet. */
export interface HeaderMap {
  rowNumber: number;
  /** Column index (1-based) per declared column, in declaration order; 0 when the file lacks it. */
  positions: number[];
  /** Header text as written in the file, per column index. */
  texts: Map<number, string>;
  /** Right-most non-empty header cell. */
  lastColumn: number;
}

function keysOf(sheet: AnySheet): Map<string, number> {
  const keys = new Map<string, number>();
  sheet.columns.forEach((c, i) => {
    for (const h of [c.header, ...(c.aliases ?? [])]) keys.set(headerKey(h), i);
  });
  return keys;
}

/**
 * Reads one row as a candidate header. It counts as the header when it names at least half of
 * the required columns (and at least one column); extra and reordered columns are fine.
 */
export function matchHeader(sheet: AnySheet, rowNumber: number, values: unknown[]): HeaderMap | null {
  const keys = keysOf(sheet);
  const positions = sheet.columns.map(() => 0);
  const texts = new Map<number, string>();
  const dupes: ErrorDetail[] = [];
  let matched = 0;
  let lastColumn = 0;
  values.forEach((v, col) => {
    const raw = cellPrimitive(v);
    if (typeof raw !== 'string' && typeof raw !== 'number') return;
    const text = normalizeText(String(raw));
    // Shown in messages as the user wrote it (full-width parentheses stay).
    texts.set(col, String(raw).replace(/[\s\u3000]+/g, ' ').trim());
    lastColumn = Math.max(lastColumn, col);
    const i = keys.get(headerKey(text));
    if (i === undefined) return;
    if (positions[i]) {
      const c = sheet.columns[i]!;
      dupes.push({ row: rowNumber, column: `${c.header}（${columnLetter(col)} 列）`, message: `“${c.header}”列出现了两次（${columnLetter(positions[i]!)} 列和 ${columnLetter(col)} 列）` });
      return;
    }
    positions[i] = col;
    matched++;
  });
  const required = sheet.columns.filter((c) => c.required).length || sheet.columns.length;
  if (matched < Math.max(1, Math.ceil(required / 2))) return null;
  if (dupes.length) throw new AppError('VALIDATION_FAILED', dupes.map((d) => d.message).join('；'), dupes);
  return { rowNumber, positions, texts, lastColumn };
}

/** Required columns the file lacks: the import cannot start without them. */
export function assertRequiredColumns(sheet: AnySheet, header: HeaderMap): void {
  const missing = sheet.columns.filter((c, i) => c.required && !header.positions[i]);
  if (!missing.length) return;
  const names = missing.map((c: ColumnDef) => `“${c.header}”`).join('、');
  throw new AppError('VALIDATION_FAILED', `第 ${header.rowNumber} 行表头缺少必填列：${names}。请使用下载的导入模板。`,
    missing.map((c) => ({ row: header.rowNumber, column: c.header, message: `缺少必填列“${c.header}”` })));
}

export function noHeaderError(sheet: AnySheet, scanned: number): AppError {
  const wanted = sheet.columns.filter((c) => c.required).slice(0, 4).map((c) => `“${c.header}”`).join('、');
  return new AppError('VALIDATION_FAILED', `在每个工作表的前 ${scanned} 行都没有找到表头（应包含 ${wanted} 等列）。请使用下载的导入模板。`);
}
