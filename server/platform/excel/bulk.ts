import { getTableColumns, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client';

export type ColumnKey<T extends PgTable> = keyof T['_']['columns'] & string;
export type BulkRow<T extends PgTable> = Partial<Record<ColumnKey<T>, unknown>>;

function columnsOf<T extends PgTable>(table: T, keys: readonly ColumnKey<T>[]): PgColumn[] {
  const all = getTableColumns(table) as Record<string, PgColumn>;
  return keys.map((k) => {
    const col = all[k];
    if (!col) throw new Error(`no column ${k}`);
    return col;
  });
}

/**
 * `json_to_recordset($1) as u(c1 type, c2 type, …)`: any number of rows as one JSON parameter.
 * JSON.stringify runs natively, where node-postgres turned one array per column into an array
 * literal value by value (with Drizzle's mapping before it): ≈3 s of a 100,000-row import. Each
 * value is what Drizzle would send (timestamps as ISO text, dates and numerics as strings, so
 * nothing passes through a binary float), jsonb as the JSON itself; PostgreSQL converts it with
 * the column type's own input function. Null stays null.
 */
export function unnestRows<T extends PgTable>(table: T, keys: readonly ColumnKey<T>[], rows: readonly BulkRow<T>[]): SQL {
  const cols = columnsOf(table, keys);
  const json = cols.map((col) => col.getSQLType() === 'jsonb' || col.getSQLType() === 'json');
  const records = rows.map((r) => {
    const out: Record<string, unknown> = {};
    cols.forEach((col, i) => {
      const v = r[keys[i]!];
      if (v !== null && v !== undefined) out[col.name] = json[i] ? v : col.mapToDriverValue(v);
    });
    return out;
  });
  const types = sql.join(cols.map((c) => sql`${sql.identifier(c.name)} ${sql.raw(c.getSQLType())}`), sql`, `);
  return sql`json_to_recordset(${JSON.stringify(records)}::json) as u(${types})`;
}

/** INSERT … SELECT FROM a JSON row set: one statement for the whole batch. */
export async function bulkInsert<T extends PgTable>(tx: DbOrTx, table: T, keys: readonly ColumnKey<T>[], rows: readonly BulkRow<T>[]): Promise<void> {
  if (!rows.length) return;
  const names = sql.join(columnsOf(table, keys).map((c) => sql.identifier(c.name)), sql`, `);
  await tx.execute(sql`insert into ${table} (${names}) select * from ${unnestRows(table, keys, rows)}`);
}

/**
 * UPDATE … FROM a JSON row set: each row matched by `idKey` takes the given columns; `extra` adds set
 * clauses that refer to the stored row as `t` (e.g. version = t.version + 1).
 */
export async function bulkUpdate<T extends PgTable>(
  tx: DbOrTx, table: T, idKey: ColumnKey<T>, keys: readonly ColumnKey<T>[], rows: readonly BulkRow<T>[], extra?: SQL,
): Promise<void> {
  if (!rows.length) return;
  const [id, ...cols] = columnsOf(table, [idKey, ...keys]);
  const sets = cols.map((c) => sql`${sql.identifier(c.name)} = u.${sql.identifier(c.name)}`);
  if (extra) sets.push(extra);
  await tx.execute(sql`update ${table} as t set ${sql.join(sets, sql`, `)} from ${unnestRows(table, [idKey, ...keys], rows)}
    where t.${sql.identifier(id!.name)} = u.${sql.identifier(id!.name)}`);
}
