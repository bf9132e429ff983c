import { and, asc, desc, eq, gte, ilike, inArray, lte, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { CompiledSelect, orderByClause, selectBuilder, whereClause } from '../../../db/compiled-select';
import { regions } from '../../../db/schema';
import { commissioners } from '../../../db/schema/commissioners';
import { serviceLogs } from '../../../db/schema/commissioner-work';
import type { Scope } from '../../../platform/authz/scope';
import { deepOffset, likeContains, offsetOf } from '../../../platform/http/paging';
import { listTotal } from '../../../platform/http/total';
import { commissionerRowScope } from '../access';
import { outer } from '../common';
import type { LogFilter } from './schemas';

const l = serviceLogs;
export const logScope = (scope: Scope) => commissionerRowScope(scope, { region: l.regionCode, commissioner: l.commissionerId });

const columns = {
  l: serviceLogs,
  cCode: commissioners.code,
  cName: commissioners.name,
  villageName: sql<string | null>`(select r.name from ${regions} r where r.code = ${outer(l.villageCode)})`,
};
export type LogRecord = Awaited<ReturnType<typeof findLog>> & object;

function where(scope: Scope, f: Partial<LogFilter>) {
  return and(
    logScope(scope),
    f.commissionerId ? eq(l.commissionerId, f.commissionerId) : undefined,
    f.from ? gte(l.serviceDate, f.from) : undefined,
    f.to ? lte(l.serviceDate, f.to) : undefined,
    f.type ? eq(l.type, f.type) : undefined,
    f.regionPrefix ? sql`${l.villageCode} like ${`${f.regionPrefix}%`}` : undefined,
    f.q ? or(ilike(l.content, likeContains(f.q)), ilike(l.place, likeContains(f.q)), ilike(commissioners.name, likeContains(f.q))) : undefined,
  );
}

/** The log with its commissioner and village, compiled once (compiled-select.ts); `rest` is the WHERE and what follows. */
const withCommissioner = eq(commissioners.id, l.commissionerId);
const logRows = new CompiledSelect(columns, selectBuilder.select(columns).from(l).innerJoin(commissioners, withCommissioner));
const base = (db: DbOrTx, where: SQL | undefined, rest: SQL = sql``) => logRows.run(db, {}, sql`${whereClause(where)} ${rest}`);

const idOnly = { id: l.id };
// The join to commissioners only matters for the keyword (every log has its commissioner).
const joinsCommissioner = (f: Partial<LogFilter>) => Boolean(f.q);
// Both forms of logMatching compiled once, for the list's total (compiled-select.ts).
const matchingIds = new CompiledSelect(idOnly, selectBuilder.select(idOnly).from(l));
const matchingIdsJoined = new CompiledSelect(idOnly, selectBuilder.select(idOnly).from(l).innerJoin(commissioners, withCommissioner));
const matchingStatement = (scope: Scope, f: Partial<LogFilter>) =>
  (joinsCommissioner(f) ? matchingIdsJoined : matchingIds).statement({}, whereClause(where(scope, f)));

/** The ids of the filtered logs: totals of the list and of exports, and the list's page. */
export function logMatching(db: DbOrTx, scope: Scope, f: Partial<LogFilter>) {
  const rows = joinsCommissioner(f) ? db.select(idOnly).from(l).innerJoin(commissioners, withCommissioner) : db.select(idOnly).from(l);
  return rows.where(where(scope, f));
}

/** Newest first; the id makes the order total, so rows neither repeat nor go missing across pages. */
const newestFirst = [desc(l.serviceDate), desc(l.createdAt), desc(l.id)];

export async function listLogs(db: DbOrTx, scope: Scope, f: LogFilter) {
  // A deep page's ids are cut first, so the rows skipped on the way are counted off the date index,
  // not joined to their commissioner and village one by one.
  const page = offsetOf(f) < deepOffset
    ? base(db, where(scope, f), sql`${orderByClause(newestFirst)} limit ${f.pageSize} offset ${offsetOf(f)}`)
    : base(db, inArray(l.id, logMatching(db, scope, f).orderBy(...newestFirst).limit(f.pageSize).offset(offsetOf(f))), orderByClause(newestFirst));
  const [items, total] = await Promise.all([
    page,
    listTotal(db, matchingStatement(scope, f)),
  ]);
  return { items, ...total };
}

export interface LogCursor { date: string; id: string }

/**
 * One page of the filtered logs in date order after `after` (exports read a province's million
 * logs page by page). The date bound lets the (service_date, …) index start at the cursor.
 */
export async function logChunk(db: DbOrTx, scope: Scope, f: Partial<LogFilter>, after: LogCursor | null, limit: number) {
  const from = after ? sql`${l.serviceDate} >= ${after.date} and (${l.serviceDate}, ${l.id}) > (${after.date}::date, ${after.id}::uuid)` : undefined;
  return base(db, and(where(scope, f), from), sql`${orderByClause([asc(l.serviceDate), asc(l.id)])} limit ${limit}`);
}

export async function findLog(db: DbOrTx, scope: Scope, id: string) {
  const [row] = await base(db, and(eq(l.id, id), logScope(scope)));
  return row ?? null;
}

export async function findByDraft(db: DbOrTx, scope: Scope, commissionerId: string, draftId: string) {
  const [row] = await base(db, and(eq(l.commissionerId, commissionerId), eq(l.clientDraftId, draftId), logScope(scope)));
  return row ?? null;
}
