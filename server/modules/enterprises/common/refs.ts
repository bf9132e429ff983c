import { sql } from 'drizzle-orm';

/**
 * Fully qualified outer-row references for correlated subqueries. Drizzle leaves columns
 * unqualified in single-table queries, where `"id"` inside a subquery would bind to the inner row.
 */
export const enterpriseIdRef = sql.raw('"enterprises"."id"');
export const batchIdRef = sql.raw('"enterprise_batches"."id"');
