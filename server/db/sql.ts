import { type AnyColumn, getTableName, type SQL, sql } from 'drizzle-orm';

/**
 * A column as "table"."column". Drizzle leaves columns unqualified in single-table selects, so an
 * outer column inside a correlated subquery must be written with this to mean the outer row.
 */
export const outer = (c: AnyColumn): SQL => sql`${sql.identifier(getTableName(c.table))}.${sql.identifier(c.name)}`;
