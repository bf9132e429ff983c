import { and, asc, desc, eq, gte, or, type Placeholder, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { type SummaryMetric, summaryMetrics } from '../../../../domain/commissioners/log-summary';
import { commissioners } from '../../../db/schema/commissioners';
import { commissionerLogCountyYears, commissionerLogYears } from '../../../db/schema/commissioner-log-years';
import type { DbOrTx } from '../../../db/client';
import { CompiledSelect, orderByClause, selectBuilder, whereClause } from '../../../db/compiled-select';
import { inRegion, type Scope } from '../../../platform/authz/scope';
import { offsetOf, pageOf, pagingQuery } from '../../../platform/http/paging';
import { listTotal } from '../../../platform/http/total';
import { isRegionReader } from '../access';
import { rosterScope } from '../roster/repo';

const summarySorts = ['code', ...summaryMetrics, 'lastDate'] as const;

export const summaryQuery = z.object({
  ...pagingQuery,
  year: z.coerce.number().int().min(2000).max(2100).meta({ title: '年度' }),
  commissionerId: z.uuid().optional().meta({ title: '科技特派员' }),
  sort: z.enum(summarySorts).default('code').meta({ title: '排序' }),
  order: z.enum(['asc', 'desc']).default('asc').meta({ title: '顺序' }),
});
type SummaryQuery = z.infer<typeof summaryQuery>;

const metricsShape = Object.fromEntries(summaryMetrics.map((m) => [m, z.number().int()])) as Record<SummaryMetric, z.ZodNumber>;
export const summaryRow = z.object({
  commissionerId: z.uuid(), code: z.string(), name: z.string(), level: z.string(), status: z.string(),
  ...metricsShape, firstDate: z.string().nullable(), lastDate: z.string().nullable(),
});
/** One page of commissioners; `totals` sum every commissioner of the filtered set, not just the page. */
export const summaryPage = pageOf(summaryRow).extend({ year: z.number().int(), totals: z.object(metricsShape) });

const c = commissioners;
const y = commissionerLogYears;

/**
 * A commissioner's figures of the year come from `commissioner_log_years` (one row per
 * commissioner and year, kept by triggers on the logs; no row = no log that year). The summary
 * is scoped through the commissioner: a log carries its commissioner's region (set when written,
 * never changed), so the roster scope is the logs' scope.
 */
const yearRow = (year: number | Placeholder) => and(eq(y.commissionerId, c.id), eq(y.year, year));
const figure = (m: SummaryMetric) => sql<number>`coalesce(${y[m]}, 0)`;
const figures = {
  ...Object.fromEntries(summaryMetrics.map((m) => [m, figure(m)])) as Record<SummaryMetric, SQL<number>>,
  firstDate: sql<string | null>`${y.firstDate}::text`, lastDate: sql<string | null>`${y.lastDate}::text`,
};

const rowColumns = { commissionerId: c.id, code: c.code, name: c.name, level: c.level, status: c.status, ...figures };
/** A commissioner with the year's figures, compiled once (compiled-select.ts). */
const summaryRows = new CompiledSelect(rowColumns, selectBuilder.select(rowColumns).from(c).leftJoin(y, yearRow(sql.placeholder('year'))));

/** Who belongs in a year's summary: commissioners active now, anyone who left during or after the year, anyone who logged in it. */
const yearCommissioners = (scope: Scope, f: SummaryQuery) => and(rosterScope(scope), f.commissionerId ? eq(c.id, f.commissionerId) : undefined,
  or(eq(c.status, 'active'), gte(c.exitedOn, `${f.year}-01-01`), sql`${y.commissionerId} is not null`));

const sumsOf = (table: typeof y | typeof commissionerLogCountyYears) =>
  Object.fromEntries(summaryMetrics.map((m) => [m, sql<number>`coalesce(sum(${table[m]}), 0)::int`])) as Record<SummaryMetric, SQL<number>>;

/**
 * Totals sum the per-commissioner rows, as `totalOf` does: a day two people served counts twice.
 * Everyone with a log of the year is in the set and the others add nothing, so the year's rows of
 * commissioners in scope are enough. A county or wider region reads them summed per county
 * (migration 0019: a province adds a hundred rows, not 20,000); a finer scope, a commissioner's
 * own scope or one commissioner sums their rows.
 */
function totalsOf(db: DbOrTx, scope: Scope, f: SummaryQuery) {
  if (isRegionReader(scope) && scope.regionCode.length <= 6 && !f.commissionerId) {
    const k = commissionerLogCountyYears;
    return db.select(sumsOf(k)).from(k).where(and(eq(k.year, f.year), inRegion(scope, k.countyCode)));
  }
  return db.select(sumsOf(y)).from(y).innerJoin(c, eq(c.id, y.commissionerId))
    .where(and(eq(y.year, f.year), rosterScope(scope), f.commissionerId ? eq(c.id, f.commissionerId) : undefined));
}

/** One page of per-commissioner summaries, sorted by code or a figure, with the totals of the whole set. */
export async function summaryPageOf(db: DbOrTx, scope: Scope, f: SummaryQuery) {
  const people = yearCommissioners(scope, f);
  const direction = f.order === 'desc' ? desc : asc;
  const sortKey = f.sort === 'code' ? [direction(c.code)]
    : [f.order === 'desc' ? sql`${figures[f.sort]} desc nulls last` : sql`${figures[f.sort]} asc nulls first`, asc(c.code)];
  const [items, total, [totals]] = await Promise.all([
    summaryRows.run(db, { year: f.year }, sql`${whereClause(people)} ${orderByClause([...sortKey, asc(c.id)])} limit ${f.pageSize} offset ${offsetOf(f)}`),
    listTotal(db, db.select({ one: sql`1` }).from(c).leftJoin(y, yearRow(f.year)).where(people)),
    totalsOf(db, scope, f),
  ]);
  return { year: f.year, items, ...total, page: f.page, pageSize: f.pageSize, totals: totals! };
}
