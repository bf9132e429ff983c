import { getTableColumns, type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { BatchCounts } from './import-task';

type ColumnKey<T extends PgTable> = keyof T['_']['columns'] & string;

function dbName<T extends PgTable>(table: T, key: ColumnKey<T>): string {
  const col = getTableColumns(table)[key];
  if (!col) throw new Error(`no column ${key}`);
  return col.name;
}

/** `set` of an idempotent upsert: each listed column takes the incoming (excluded) value. */
export function excludedSet<T extends PgTable>(table: T, keys: readonly ColumnKey<T>[]): Record<string, SQL> {
  return Object.fromEntries(keys.map((k) => [k, sql.raw(`excluded."${dbName(table, k)}"`)]));
}

/**
 * `setWhere` of an idempotent upsert: only rows whose values really change are updated, so a
 * re-import of the same file touches nothing (no version bump, no history revision).
 */
export function changedWhere<T extends PgTable>(table: T, keys: readonly ColumnKey<T>[]): SQL {
  const names = keys.map((k) => dbName(table, k));
  const mine = sql.join(names.map((n) => sql`${table}.${sql.identifier(n)}`), sql`, `);
  const incoming = sql.raw(names.map((n) => `excluded."${n}"`).join(', '));
  return sql`(${mine}) is distinct from (${incoming})`;
}

/**
 * `returning` of an upsert that tells inserts from updates (PostgreSQL sets xmax = 0 on a fresh
 * row); rows skipped by `changedWhere` return nothing and count as unchanged.
 */
export const insertedFlag = { inserted: sql<boolean>`(xmax = 0)` };

export function countsOf(returned: readonly { inserted: boolean }[], attempted: number): BatchCounts & { inserted: number; updated: number; unchanged: number } {
  const inserted = returned.filter((r) => r.inserted).length;
  return { inserted, updated: returned.length - inserted, unchanged: attempted - returned.length };
}

/** Last row per key: one entity repeated on several rows (e.g. an enterprise with several years). */
export function lastByKey<T>(rows: readonly T[], keyOf: (row: T) => string): T[] {
  return [...new Map(rows.map((r) => [keyOf(r), r])).values()];
}
