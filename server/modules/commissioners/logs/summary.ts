import { type AnyColumn, and, asc, desc, eq, gte, lte, or, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { type SummaryMetric, summaryMetrics } from '../../../../domain/commissioners/log-summary';
import { commissioners } from '../../../db/schema/commissioners';
import { serviceLogs } from '../../../db/schema/commissioner-work';
import type { DbOrTx } from '../../../db/client';
import { outer } from '../../../db/sql';
import type { Scope } from '../../../platform/authz/scope';
import { offsetOf, pageOf, pagingQuery } from '../../../platform/http/paging';
import { listTotal } from '../../../platform/http/total';
import { rosterScope } from '../roster/repo';
import { logScope } from './repo';

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

const l = serviceLogs;
const c = commissioners;
const inYear = (year: number) => and(gte(l.serviceDate, `${year}-01-01`), lte(l.serviceDate, `${year}-12-31`));
const count = (filter?: SQL) => (filter ? sql<number>`(count(*) filter (where ${filter}))::int` : sql<number>`count(*)::int`);
const sum = (column: SQL | typeof l.trained) => sql<number>`coalesce(sum(${column}), 0)::int`;

/**
 * The figures of `domain/commissioners/log-summary.ts` as SQL aggregates over service logs.
 * serviceDays and villagesServed count distinct values per commissioner; over many commissioners
 * they count distinct (commissioner, value) pairs, so a day two people served counts twice, as in
 * `totalOf`.
 */
function metricAggregates(perCommissioner: boolean): Record<SummaryMetric, SQL<number>> {
  const distinct = (column: typeof l.serviceDate | typeof l.villageCode) => (perCommissioner
    ? sql<number>`count(distinct ${column})::int`
    : sql<number>`(count(distinct (${l.commissionerId}, ${column})) filter (where ${column} is not null))::int`);
  return {
    serviceDays: distinct(l.serviceDate),
    services: count(),
    onsiteVisits: count(sql`${l.type} = 'onsite'`),
    villagesServed: distinct(l.villageCode),
    trainings: count(sql`${l.type} = 'training'`),
    trainedPeople: sum(l.trained),
    beneficiaries: sum(l.beneficiaries),
    varieties: sum(l.varieties),
    technologies: sum(l.technologies),
    problemsSolved: sum(l.problemsSolved),
  };
}

/** The logs a summary counts: in the reader's scope, of the year, optionally of one commissioner. */
const countedLogs = (scope: Scope, f: SummaryQuery) =>
  and(logScope(scope), inYear(f.year), f.commissionerId ? eq(l.commissionerId, f.commissionerId) : undefined);

/**
 * Who belongs in a year's summary: commissioners active now, anyone who left during or after the
 * year, and anyone who logged that year. The last test probes the (commissioner, date) index for
 * one row; LIMIT 1 keeps PostgreSQL from hashing every log of the year up front instead.
 */
function yearCommissioners(db: DbOrTx, scope: Scope, f: SummaryQuery): SQL | undefined {
  const loggedThatYear = db.select({ one: sql`1` }).from(l).where(and(eq(l.commissionerId, outer(c.id)), inYear(f.year))).limit(1);
  return and(rosterScope(scope), f.commissionerId ? eq(c.id, f.commissionerId) : undefined,
    or(eq(c.status, 'active'), gte(c.exitedOn, `${f.year}-01-01`), sql`exists (${loggedThatYear})`));
}

/**
 * A commissioner's figures of the year, joined laterally to each listed commissioner: an aggregate
 * over their logs through the index on (commissioner, date). Logs carry their commissioner's region
 * (set when written, never changed), so the listed commissioner being in scope is the logs' scope
 * (here and in `yearCommissioners`); a region filter on the logs would steer the planner to the
 * region index, which reads the whole county's logs for every commissioner.
 */
function figuresOf(db: DbOrTx, commissionerId: SQL | AnyColumn, year: number) {
  const metrics = metricAggregates(true);
  return db.select({
    ...Object.fromEntries(summaryMetrics.map((m) => [m, metrics[m].as(m)])) as Record<SummaryMetric, SQL.Aliased<number>>,
    firstDate: sql<string | null>`min(${l.serviceDate})::text`.as('firstDate'),
    lastDate: sql<string | null>`max(${l.serviceDate})::text`.as('lastDate'),
  }).from(l).where(and(eq(l.commissionerId, commissionerId), inYear(year))).as('s');
}
type Figures = ReturnType<typeof figuresOf>;
const figureColumns = (s: Figures) => ({
  ...Object.fromEntries(summaryMetrics.map((m) => [m, s[m]])) as { [M in SummaryMetric]: Figures[M] },
  firstDate: s.firstDate, lastDate: s.lastDate,
});

const personColumns = { commissionerId: c.id, code: c.code, name: c.name, level: c.level, status: c.status };

/** Sorted by code: the page of commissioners is cut first and only its rows are aggregated. */
async function pageByCode(db: DbOrTx, people: SQL | undefined, f: SummaryQuery) {
  const direction = f.order === 'desc' ? desc : asc;
  const page = db.select(personColumns).from(c).where(people).orderBy(direction(c.code), asc(c.id)).limit(f.pageSize).offset(offsetOf(f)).as('p');
  const figures = figuresOf(db, sql`${sql.identifier('p')}.${sql.identifier(c.id.name)}`, f.year);
  return db.select({ ...page._.selectedFields, ...figureColumns(figures) }).from(page).leftJoinLateral(figures, sql`true`)
    .orderBy(f.order === 'desc' ? desc(page.code) : asc(page.code), asc(page.commissionerId));
}

/** Sorted by a figure: every commissioner in scope is aggregated before the page can be cut. */
async function pageByFigure(db: DbOrTx, people: SQL | undefined, f: SummaryQuery & { sort: Exclude<SummaryQuery['sort'], 'code'> }) {
  const figures = figuresOf(db, outer(c.id), f.year);
  const byFigure = f.order === 'desc' ? sql`${figures[f.sort]} desc nulls last` : sql`${figures[f.sort]} asc nulls first`;
  return db.select({ ...personColumns, ...figureColumns(figures) }).from(c).leftJoinLateral(figures, sql`true`).where(people)
    .orderBy(byFigure, asc(c.code), asc(c.id)).limit(f.pageSize).offset(offsetOf(f));
}

/** One page of per-commissioner summaries with the totals of everyone in the filtered set. */
export async function summaryPageOf(db: DbOrTx, scope: Scope, f: SummaryQuery) {
  const people = yearCommissioners(db, scope, f);
  const [items, total, totals] = await Promise.all([
    f.sort === 'code' ? pageByCode(db, people, f) : pageByFigure(db, people, { ...f, sort: f.sort }),
    listTotal(db, db.select({ one: sql`1` }).from(c).where(people)),
    summaryTotals(db, scope, f),
  ]);
  return { year: f.year, items, ...total, page: f.page, pageSize: f.pageSize, totals };
}

/**
 * Sums over every commissioner of the set in one aggregate. Everyone with a log of the year is in
 * the set and the others add nothing, so the logs of commissioners in the roster scope are enough.
 */
async function summaryTotals(db: DbOrTx, scope: Scope, f: SummaryQuery): Promise<Record<SummaryMetric, number>> {
  const [row] = await db.select(metricAggregates(false)).from(l).innerJoin(c, eq(c.id, l.commissionerId))
    .where(and(countedLogs(scope, f), rosterScope(scope)));
  return row!;
}
