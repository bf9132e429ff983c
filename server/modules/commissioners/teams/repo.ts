import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { commissioners, commissionerTeamMembers, commissionerTeams } from '../../../db/schema/commissioners';
import { hasRole, inRegion, type Scope } from '../../../platform/authz/scope';
import { isRegionReader, ownCommissionerIds } from '../access';
import { outer } from '../common';

/** Region readers see the region's teams; a commissioner sees the teams they belong to. */
export function teamScope(scope: Scope) {
  if (isRegionReader(scope)) return inRegion(scope, commissionerTeams.regionCode);
  if (hasRole(scope, 'commissioner')) {
    return sql`exists (select 1 from ${commissionerTeamMembers} m where m.team_id = ${outer(commissionerTeams.id)} and m.commissioner_id in ${ownCommissionerIds(scope)})`;
  }
  return sql`false`;
}

export async function listTeams(db: DbOrTx, scope: Scope, id?: string) {
  const teams = await db.select().from(commissionerTeams)
    .where(and(teamScope(scope), id ? eq(commissionerTeams.id, id) : undefined)).orderBy(asc(commissionerTeams.name));
  if (teams.length === 0) return [];
  const members = await db.select({
    teamId: commissionerTeamMembers.teamId, role: commissionerTeamMembers.role,
    id: commissioners.id, name: commissioners.name, code: commissioners.code, field: commissioners.field,
  }).from(commissionerTeamMembers).innerJoin(commissioners, eq(commissioners.id, commissionerTeamMembers.commissionerId))
    .where(inArray(commissionerTeamMembers.teamId, teams.map((t) => t.id)))
    .orderBy(sql`${commissionerTeamMembers.role} desc`, asc(commissioners.code));
  return teams.map((t) => ({ ...t, members: members.filter((m) => m.teamId === t.id) }));
}

export type TeamRecord = Awaited<ReturnType<typeof listTeams>>[number];
