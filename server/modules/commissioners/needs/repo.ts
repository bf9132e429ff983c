import { and, asc, count, desc, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { regions, users } from '../../../db/schema';
import { commissioners } from '../../../db/schema/commissioners';
import { commissionerNeedEvents, commissionerNeeds } from '../../../db/schema/commissioner-work';
import type { Scope } from '../../../platform/authz/scope';
import { likeContains, offsetOf } from '../../../platform/http/paging';
import { commissionerRowScope } from '../access';
import { outer } from '../common';
import type { NeedFilter } from './schemas';

const n = commissionerNeeds;

/** Region readers and the commissioner a need is dispatched to, plus the enterprise that raised it. */
export function needScope(scope: Scope): SQL {
  if (scope.reach === 'organisation') return eq(n.organisationId, scope.organisationId);
  return commissionerRowScope(scope, { region: n.regionCode, commissioner: n.commissionerId });
}

const columns = {
  n: commissionerNeeds,
  cCode: commissioners.code,
  cName: commissioners.name,
  villageName: sql<string | null>`(select r.name from ${regions} r where r.code = ${outer(n.villageCode)})`,
};
export type NeedRecord = Awaited<ReturnType<typeof findNeed>> & object;

const base = (db: DbOrTx) => db.select(columns).from(n).leftJoin(commissioners, eq(commissioners.id, n.commissionerId));

export async function listNeeds(db: DbOrTx, scope: Scope, f: NeedFilter) {
  const w = and(
    needScope(scope),
    f.status ? eq(n.status, f.status) : undefined,
    f.commissionerId ? eq(n.commissionerId, f.commissionerId) : undefined,
    f.regionPrefix ? sql`${n.regionCode} like ${`${f.regionPrefix}%`}` : undefined,
    f.q ? or(ilike(n.title, likeContains(f.q)), ilike(n.requesterName, likeContains(f.q))) : undefined,
  );
  const [items, [total]] = await Promise.all([
    base(db).where(w).orderBy(desc(n.createdAt)).limit(f.pageSize).offset(offsetOf(f)),
    db.select({ n: count() }).from(n).where(w),
  ]);
  return { items, total: total?.n ?? 0 };
}

/** Scope null: the row the caller just changed (a commissioner who declined no longer sees it). */
export async function findNeed(db: DbOrTx, scope: Scope | null, id: string) {
  const [row] = await base(db).where(and(eq(n.id, id), scope ? needScope(scope) : undefined));
  return row ?? null;
}

export async function needEvents(db: DbOrTx, needId: string) {
  const e = commissionerNeedEvents;
  return db.select({ e, commissionerName: commissioners.name, username: users.username }).from(e)
    .leftJoin(commissioners, eq(commissioners.id, e.commissionerId)).leftJoin(users, eq(users.id, e.userId))
    .where(eq(e.needId, needId)).orderBy(asc(e.id));
}
