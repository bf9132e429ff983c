import { and, asc, count, desc, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { regions } from '../../../db/schema';
import { commissionerAgreements, commissionerAssignments, commissioners } from '../../../db/schema/commissioners';
import type { Scope } from '../../../platform/authz/scope';
import { likeContains, offsetOf } from '../../../platform/http/paging';
import { commissionerRowScope } from '../access';
import { outer } from '../common';
import type { AssignmentFilter } from './schemas';

const a = commissionerAssignments;
export const assignmentScope = (scope: Scope) => commissionerRowScope(scope, { region: a.regionCode, commissioner: a.commissionerId });
export const isActiveOn = (day: string): SQL => sql`(${a.startsOn} <= ${day} and (${a.endsOn} is null or ${a.endsOn} >= ${day}))`;

const columns = (day: string) => ({
  a: commissionerAssignments,
  cCode: commissioners.code,
  cName: commissioners.name,
  cField: commissioners.field,
  townName: sql<string | null>`(select t.name from ${regions} t where t.code = left(${outer(a.villageCode)}, 9))`,
  active: sql<boolean>`${isActiveOn(day)}`,
  agreement: sql<{ id: string; status: string } | null>`(select json_build_object('id', g.id, 'status', g.status) from ${commissionerAgreements} g where g.assignment_id = ${outer(a.id)} order by g.created_at desc limit 1)`,
});
export type AssignmentRecord = Awaited<ReturnType<typeof findAssignment>> & object;

function where(scope: Scope, f: Partial<AssignmentFilter>, day: string) {
  return and(
    assignmentScope(scope),
    f.commissionerId ? eq(a.commissionerId, f.commissionerId) : undefined,
    f.targetKind ? eq(a.targetKind, f.targetKind) : undefined,
    f.regionPrefix ? sql`${a.villageCode} like ${`${f.regionPrefix}%`}` : undefined,
    f.active === 'true' ? isActiveOn(day) : f.active === 'false' ? sql`not ${isActiveOn(day)}` : undefined,
    f.q ? or(ilike(a.targetName, likeContains(f.q)), ilike(commissioners.name, likeContains(f.q))) : undefined,
  );
}

const base = (db: DbOrTx, day: string) => db.select(columns(day)).from(a).innerJoin(commissioners, eq(commissioners.id, a.commissionerId));

export async function listAssignments(db: DbOrTx, scope: Scope, f: AssignmentFilter, day: string) {
  const w = where(scope, f, day);
  const [items, [total]] = await Promise.all([
    base(db, day).where(w).orderBy(asc(a.villageCode), asc(commissioners.code), desc(a.startsOn)).limit(f.pageSize).offset(offsetOf(f)),
    db.select({ n: count() }).from(a).innerJoin(commissioners, eq(commissioners.id, a.commissionerId)).where(w),
  ]);
  return { items, total: total?.n ?? 0 };
}

/** The filtered assignments as `select 1 …` (export: a file at once, or a task). */
export const assignmentMatching = (db: DbOrTx, scope: Scope, f: Partial<AssignmentFilter>, day: string) =>
  db.select({ one: sql`1` }).from(a).innerJoin(commissioners, eq(commissioners.id, a.commissionerId)).where(where(scope, f, day));

export interface AssignmentCursor { village: string; code: string; id: string }

const villageKey = sql`coalesce(${a.villageCode}, '')`;

/** One page of the filtered assignments by village, commissioner and id after `after` (exports). */
export async function assignmentChunk(db: DbOrTx, scope: Scope, f: Partial<AssignmentFilter>, day: string, after: AssignmentCursor | null, limit: number) {
  const from = after ? sql`(${villageKey}, ${commissioners.code}, ${a.id}) > (${after.village}, ${after.code}, ${after.id}::uuid)` : undefined;
  return base(db, day).where(and(where(scope, f, day), from)).orderBy(villageKey, asc(commissioners.code), asc(a.id)).limit(limit);
}

export async function findAssignment(db: DbOrTx, scope: Scope, id: string, day: string) {
  const [row] = await base(db, day).where(and(eq(a.id, id), assignmentScope(scope)));
  return row ?? null;
}
