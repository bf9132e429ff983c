import type { RawCell } from './cell';
import type { ResolvedDictionary } from './dictionary';
import type { HeaderMap } from './header';
import type { CellIssue } from './issues';
import { parseCell } from './kinds';
import type { SheetRow } from './reader';
import type { AnySheet } from './sheet';

export type RowCheck<R> = { ok: true; value: R } | { ok: false; issues: CellIssue[] };

/**
 * Turns raw rows into typed rows for one upload: every cell by its column kind, then the sheet's
 * cross-field rules, then duplicate keys across the whole file (the upsert key must be unique).
 */
export class RowValidator<R extends Record<string, unknown>> {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly sheet: AnySheet,
    private readonly dicts: Map<string, ResolvedDictionary>,
    private readonly header: HeaderMap,
    private readonly date1904: boolean,
  ) {}

  private headerOf(i: number): string {
    const col = this.header.positions[i]!;
    return this.header.texts.get(col) ?? this.sheet.columns[i]!.header;
  }

  check(row: SheetRow): RowCheck<R> {
    const issues: CellIssue[] = [];
    const value: Record<string, unknown> = {};
    const columns = this.sheet.columns;
    for (let i = 0; i < columns.length; i++) {
      const col = columns[i]!;
      const parsed = parseCell(col, row.cells[i] as RawCell, this.dicts.get(col.key), this.date1904);
      if (parsed.ok) value[col.key] = parsed.value;
      else issues.push({ row: row.rowNumber, columnIndex: this.header.positions[i]!, header: this.headerOf(i), message: parsed.message });
    }
    if (issues.length) return { ok: false, issues };
    for (const rule of this.sheet.rowRules?.(value) ?? []) {
      const i = rule.column ? this.sheet.columns.findIndex((c) => c.key === rule.column) : -1;
      issues.push({ row: row.rowNumber, columnIndex: i >= 0 ? this.header.positions[i]! : 0, header: i >= 0 ? this.headerOf(i) : '', message: rule.message });
    }
    const dup = this.duplicateOf(value, row.rowNumber);
    if (dup) issues.push(dup);
    return issues.length ? { ok: false, issues } : { ok: true, value: value as R };
  }

  private duplicateOf(value: Record<string, unknown>, rowNumber: number): CellIssue | null {
    const keys = this.sheet.uniqueBy;
    if (!keys?.length) return null;
    // Each value as JSON, so "1" and 1 (or "null" and null) stay apart.
    let key = '';
    for (const k of keys) key += `${JSON.stringify(value[k])}\u0000`;
    const first = this.seen.get(key);
    if (first === undefined) {
      this.seen.set(key, rowNumber);
      return null;
    }
    const i = this.sheet.columns.findIndex((c) => c.key === keys[0]);
    const names = keys.map((k) => this.sheet.columns.find((c) => c.key === k)!.header).join(' + ');
    return { row: rowNumber, columnIndex: this.header.positions[i]!, header: this.headerOf(i), message: `与第 ${first} 行重复（${names} 相同）` };
  }
}
