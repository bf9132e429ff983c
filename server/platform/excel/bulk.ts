import { getTableColumns, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client';

type ColumnKey<T extends PgTable> = keyof T['_']['columns'] & string;
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
 * `unnest($1::uuid[], $2::text[], …) as u(c1, c2, …)`: any number of rows as one parameter per
 * column, each value mapped the way Drizzle maps it (timestamps, jsonb). Null stays null.
 */
export function unnestRows<T extends PgTable>(table: T, keys: readonly ColumnKey<T>[], rows: readonly BulkRow<T>[]): SQL {
  const cols = columnsOf(table, keys);
  const arrays = cols.map((col, i) => {
    const values = rows.map((r) => {
      const v = r[keys[i]!];
      return v === null || v === undefined ? null : col.mapToDriverValue(v);
    });
    return sql`${sql.param(values)}::${sql.raw(col.getSQLType())}[]`;
  });
  const names = sql.join(cols.map((c) => sql.identifier(c.name)), sql`, `);
  return sql`unnest(${sql.join(arrays, sql`, `)}) as u(${names})`;
}

/** INSERT … SELECT FROM unnest: one statement for the whole batch. */
export async function bulkInsert<T extends PgTable>(tx: DbOrTx, table: T, keys: readonly ColumnKey<T>[], rows: readonly BulkRow<T>[]): Promise<void> {
  if (!rows.length) return;
  const names = sql.join(columnsOf(table, keys).map((c) => sql.identifier(c.name)), sql`, `);
  await tx.execute(sql`insert into ${table} (${names}) select * from ${unnestRows(table, keys, rows)}`);
}

/**
 * UPDATE … FROM unnest: each row matched by `idKey` takes the given columns; `extra` adds set
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
