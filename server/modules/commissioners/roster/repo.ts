import { and, asc, count, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { users } from '../../../db/schema';
import { commissionerAssignments, commissionerRounds, commissioners, commissionerTeamMembers, commissionerTeams } from '../../../db/schema/commissioners';
import type { Scope } from '../../../platform/authz/scope';
import { likeContains, offsetOf } from '../../../platform/http/paging';
import { commissionerRowScope } from '../access';
import { outer } from '../common';
import type { RosterFilter } from './schemas';

export const rosterScope = (scope: Scope): SQL => commissionerRowScope(scope, { region: commissioners.regionCode, commissioner: commissioners.id });

const activeAssignment = (today: string) =>
  sql`${commissionerAssignments.commissionerId} = ${outer(commissioners.id)} and ${commissionerAssignments.startsOn} <= ${today} and (${commissionerAssignments.endsOn} is null or ${commissionerAssignments.endsOn} >= ${today})`;

const columns = (today: string) => ({
  c: commissioners,
  roundName: commissionerRounds.name,
  username: users.username,
  teams: sql<string[]>`coalesce((select array_agg(t.name order by t.name) from ${commissionerTeamMembers} m join ${commissionerTeams} t on t.id = m.team_id where m.commissioner_id = ${outer(commissioners.id)}), '{}')`,
  activeAssignments: sql<number>`(select count(*)::int from ${commissionerAssignments} where ${activeAssignment(today)})`,
  activeVillages: sql<number>`(select count(distinct ${commissionerAssignments.villageCode})::int from ${commissionerAssignments} where ${activeAssignment(today)})`,
});

export type RosterRecord = Awaited<ReturnType<typeof findCommissioner>> & object;

function filterOf(scope: Scope, f: Partial<RosterFilter>, today: string): SQL | undefined {
  return and(
    rosterScope(scope),
    f.q ? or(ilike(commissioners.name, likeContains(f.q)), ilike(commissioners.code, likeContains(f.q)), ilike(commissioners.workUnit, likeContains(f.q))) : undefined,
    f.level ? eq(commissioners.level, f.level) : undefined,
    f.form ? eq(commissioners.form, f.form) : undefined,
    f.status ? eq(commissioners.status, f.status) : undefined,
    f.field ? ilike(commissioners.field, likeContains(f.field)) : undefined,
    f.isStudent ? eq(commissioners.isStudent, f.isStudent === 'true') : undefined,
    f.roundId ? eq(commissioners.roundId, f.roundId) : undefined,
    f.townCode ? sql`exists (select 1 from ${commissionerAssignments} where ${activeAssignment(today)} and ${commissionerAssignments.villageCode} like ${`${f.townCode}%`})` : undefined,
  );
}

const base = (db: DbOrTx, today: string) => db.select(columns(today)).from(commissioners)
  .leftJoin(commissionerRounds, eq(commissionerRounds.id, commissioners.roundId))
  .leftJoin(users, eq(users.id, commissioners.userId));

export async function listCommissioners(db: DbOrTx, scope: Scope, f: RosterFilter, today: string) {
  const where = filterOf(scope, f, today);
  const [items, [total]] = await Promise.all([
    base(db, today).where(where).orderBy(asc(commissioners.code)).limit(f.pageSize).offset(offsetOf(f)),
    db.select({ n: count() }).from(commissioners).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

/** The filtered roster as `select 1 …` (export: a file at once, or a task). */
export const rosterMatching = (db: DbOrTx, scope: Scope, f: Partial<RosterFilter>, today: string) =>
  db.select({ one: sql`1` }).from(commissioners).where(filterOf(scope, f, today));

export interface RosterCursor { code: string; id: string }

/** One page of the filtered roster by (code, id) after `after`: exports read every row, page by page. */
export async function rosterChunk(db: DbOrTx, scope: Scope, f: Partial<RosterFilter>, today: string, after: RosterCursor | null, limit: number) {
  const from = after ? sql`(${commissioners.code}, ${commissioners.id}) > (${after.code}, ${after.id}::uuid)` : undefined;
  return base(db, today).where(and(filterOf(scope, f, today), from)).orderBy(asc(commissioners.code), asc(commissioners.id)).limit(limit);
}

export async function findCommissioner(db: DbOrTx, scope: Scope, id: string, today: string) {
  const [row] = await base(db, today).where(and(eq(commissioners.id, id), rosterScope(scope)));
  return row ?? null;
}

/** The commissioner record of a commissioner user, or null. */
export async function ownCommissioner(db: DbOrTx, userId: string) {
  const [row] = await db.select({ id: commissioners.id, regionCode: commissioners.regionCode, status: commissioners.status })
    .from(commissioners).where(eq(commissioners.userId, userId)).limit(1);
  return row ?? null;
}
