import { sql, type SQLWrapper } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { compileSql } from '../../db/fast-sql';

/** Lists count their rows exactly up to this many; beyond it the total is the planner's estimate. */
export const exactTotalLimit = 10_000;

export interface ListTotal {
  total: number;
  /** false: more than `exactTotalLimit` rows match and `total` is an estimate. */
  totalExact: boolean;
}

/** How long a planner estimate is reused for the same query on the same database handle. */
export const estimateTtlMs = 60_000;
const estimatesKept = 500;
const estimates = new WeakMap<object, Map<string, { rows: number; until: number }>>();

/**
 * The planner's row estimate of `rows`. It changes only when the table statistics do (ANALYZE),
 * so paging through a big list plans the EXPLAIN once a minute instead of on every page: that
 * planning was a third of PostgreSQL's work for a province-wide list page (docs/BENCHMARKS.md).
 * Kept per database handle (a transaction never reuses one), at most `estimatesKept` queries.
 */
async function plannerEstimate(db: DbOrTx, rows: SQLWrapper): Promise<number> {
  const now = Date.now();
  const query = compileSql(rows.getSQL());
  const key = `${query.sql}\u0000${JSON.stringify(query.params)}`;
  let kept = estimates.get(db);
  if (!kept) estimates.set(db, (kept = new Map()));
  const hit = kept.get(key);
  if (hit && hit.until > now) return hit.rows;
  const plan = await db.execute<{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }>(sql`explain (format json) ${rows}`);
  const estimate = Math.round(plan.rows[0]?.['QUERY PLAN'][0].Plan['Plan Rows'] ?? 0);
  kept.delete(key);
  if (kept.size >= estimatesKept) kept.delete(kept.keys().next().value!);
  kept.set(key, { rows: estimate, until: now + estimateTtlMs });
  return estimate;
}

/**
 * The total of a list without counting a province's worth of rows on every page. `rows` is the
 * list's `select 1 … where …`. The planner's estimate comes first (EXPLAIN plans, it does not
 * run); when it is clearly past the limit that is the answer, otherwise at most limit + 1 rows are
 * counted, and a count past the limit again falls back to the estimate (never below the limit).
 */
export async function listTotal(db: DbOrTx, rows: SQLWrapper): Promise<ListTotal> {
  const estimate = await plannerEstimate(db, rows);
  const overLimit = { total: Math.max(estimate, exactTotalLimit + 1), totalExact: false };
  if (estimate > exactTotalLimit) return overLimit;
  const counted = await db.execute<{ n: number }>(sql`select count(*)::int as n from (${rows} limit ${exactTotalLimit + 1}) as capped`);
  const n = Number(counted.rows[0]?.n ?? 0);
  return n <= exactTotalLimit ? { total: n, totalExact: true } : overLimit;
}

/** Every row of `select 1 … where …` counted: for a task's progress bar, never for a list page. */
export async function exactCount(db: DbOrTx, rows: SQLWrapper): Promise<number> {
  const counted = await db.execute<{ n: number }>(sql`select count(*)::int as n from (${rows}) as matching`);
  return Number(counted.rows[0]?.n ?? 0);
}
