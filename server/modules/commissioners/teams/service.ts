import { and, eq, inArray } from 'drizzle-orm';
import { levelLabels, teamKindLabels } from '../../../../domain/commissioners/vocabulary';
import { commissioners, commissionerTeamMembers, commissionerTeams } from '../../../db/schema/commissioners';
import type { DbOrTx } from '../../../db/client';
import { type Actor, recordAudit } from '../../../platform/audit/audit';
import { inRegion, type Scope } from '../../../platform/authz/scope';
import type { AppContext } from '../../../platform/context';
import { notFound, staleVersion } from '../../../platform/errors';
import { assertManager } from '../access';
import { beforeOf, invalid, presentKeys } from '../common';
import { listTeams, type TeamRecord } from './repo';
import type { TeamInput, TeamRow, TeamUpdate } from './schemas';

export const presentTeam = (t: TeamRecord): TeamRow => ({
  id: t.id, name: t.name, kind: t.kind, kindLabel: teamKindLabels[t.kind], level: t.level, levelLabel: levelLabels[t.level],
  field: t.field, leadUnit: t.leadUnit, adminHead: t.adminHead, formedOn: t.formedOn, isDemo: t.isDemo, version: t.version,
  members: t.members.map((m) => ({ id: m.id, name: m.name, code: m.code, field: m.field, role: m.role })),
});

export async function loadTeam(ctx: AppContext, scope: Scope, id: string) {
  const [team] = await listTeams(ctx.database.db, scope, id);
  if (!team) throw notFound('科技特派团');
  return team;
}

async function replaceMembers(tx: DbOrTx, scope: Scope, teamId: string, members: TeamInput['members']) {
  const ids = [...new Set(members.map((m) => m.commissionerId))];
  if (ids.length !== members.length) throw invalid('members', '成员', '同一人不能重复加入');
  if (members.filter((m) => m.role === 'technical_head').length > 1) throw invalid('members', '成员', '技术团长只能有一位');
  if (ids.length) {
    const found = await tx.select({ id: commissioners.id }).from(commissioners)
      .where(and(inArray(commissioners.id, ids), inRegion(scope, commissioners.regionCode)));
    if (found.length !== ids.length) throw invalid('members', '成员', '包含不存在或超出管辖范围的科技特派员');
  }
  await tx.delete(commissionerTeamMembers).where(eq(commissionerTeamMembers.teamId, teamId));
  if (members.length) await tx.insert(commissionerTeamMembers).values(members.map((m) => ({ teamId, commissionerId: m.commissionerId, role: m.role })));
}

export async function createTeam(ctx: AppContext, scope: Scope, actor: Actor, input: TeamInput) {
  assertManager(scope);
  const { members, ...fields } = input;
  const id = await ctx.database.db.transaction(async (tx) => {
    const [row] = await tx.insert(commissionerTeams).values({ ...fields, regionCode: scope.regionCode }).returning({ id: commissionerTeams.id });
    await replaceMembers(tx, scope, row!.id, members);
    await recordAudit(tx, actor, { action: 'commissioner_team.create', objectType: 'commissioner_team', objectId: row!.id, details: { after: input } });
    return row!.id;
  });
  return loadTeam(ctx, scope, id);
}

export async function updateTeam(ctx: AppContext, scope: Scope, actor: Actor, id: string, input: TeamUpdate) {
  const before = await loadTeam(ctx, scope, id);
  assertManager(scope);
  const changes = presentKeys(input, ['name', 'kind', 'level', 'field', 'leadUnit', 'adminHead', 'formedOn']);
  await ctx.database.db.transaction(async (tx) => {
    const done = await tx.update(commissionerTeams).set({ ...changes, version: input.version + 1, updatedAt: ctx.now() })
      .where(and(eq(commissionerTeams.id, id), eq(commissionerTeams.version, input.version))).returning({ id: commissionerTeams.id });
    if (done.length === 0) throw staleVersion('科技特派团');
    if (input.members) await replaceMembers(tx, scope, id, input.members);
    const memberChange = input.members ? { members: input.members } : {};
    const oldMembers = input.members ? { members: before.members.map((m) => ({ commissionerId: m.id, role: m.role })) } : {};
    await recordAudit(tx, actor, { action: 'commissioner_team.update', objectType: 'commissioner_team', objectId: id,
      details: { before: { ...beforeOf(before, changes), ...oldMembers }, after: { ...changes, ...memberChange } } });
  });
  return loadTeam(ctx, scope, id);
}
