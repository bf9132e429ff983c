import { type AnyColumn, getTableColumns, getTableName, type SQL, sql, type Table } from 'drizzle-orm';

/**
 * A column as "table"."column". Drizzle leaves columns unqualified in single-table selects, so an
 * outer column inside a correlated subquery must be written with this to mean the outer row.
 */
export const outer = (c: AnyColumn): SQL => sql`${sql.identifier(getTableName(c.table))}.${sql.identifier(c.name)}`;

/**
 * `"column" as "key", …` of a table's columns, for raw reads (`db.execute`) whose rows keep the
 * schema's property names without Drizzle mapping every value of every row: bulk exports, where
 * that mapping was a measurable share of the time. Values come as node-postgres gives them (dates,
 * timestamps and numerics as strings, integers as numbers).
 */
export function columnsAs<T extends Table>(table: T, keys: readonly (keyof T['_']['columns'] & string)[]): SQL {
  const all = getTableColumns(table) as Record<string, AnyColumn>;
  return sql.join(keys.map((k) => sql`${outer(all[k]!)} as ${sql.identifier(k)}`), sql`, `);
}
