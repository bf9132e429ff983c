import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import { commissionerRounds, commissioners } from '../../../db/schema/commissioners';
import { type Actor, recordAudit } from '../../../platform/audit/audit';
import { inRegion, type Scope } from '../../../platform/authz/scope';
import type { AppContext } from '../../../platform/context';
import { AppError, notFound } from '../../../platform/errors';
import { assertManager, regionRowScope } from '../access';
import { invalid, outer } from '../common';

const columns = {
  id: commissionerRounds.id, year: commissionerRounds.year, name: commissionerRounds.name, status: commissionerRounds.status,
  quota: commissionerRounds.quota, decidedOn: commissionerRounds.decidedOn, isDemo: commissionerRounds.isDemo,
  selected: sql<number>`(select count(*)::int from ${commissioners} c where c.round_id = ${outer(commissionerRounds.id)})`,
};

export async function listRounds(ctx: AppContext, scope: Scope, id?: string) {
  return ctx.database.db.select(columns).from(commissionerRounds)
    .where(and(regionRowScope(scope, commissionerRounds.regionCode), id ? eq(commissionerRounds.id, id) : undefined))
    .orderBy(sql`${commissionerRounds.year} desc`, asc(commissionerRounds.name));
}

async function loadRound(ctx: AppContext, scope: Scope, id: string) {
  const [row] = await listRounds(ctx, scope, id);
  if (!row) throw notFound('选聘批次');
  return row;
}

export async function createRound(ctx: AppContext, scope: Scope, actor: Actor, input: { year: number; name: string; quota?: number | null }) {
  assertManager(scope);
  const id = await ctx.database.db.transaction(async (tx) => {
    const [row] = await tx.insert(commissionerRounds).values({ ...input, quota: input.quota ?? null, regionCode: scope.regionCode }).returning({ id: commissionerRounds.id });
    await recordAudit(tx, actor, { action: 'commissioner_round.create', objectType: 'commissioner_round', objectId: row!.id, details: { after: input } });
    return row!.id;
  });
  return loadRound(ctx, scope, id);
}

/** 选聘: candidates from the 备选库 become active commissioners of this round. */
export async function selectCandidates(ctx: AppContext, scope: Scope, actor: Actor, id: string, input: { commissionerIds: string[]; selectedOn: string }) {
  const round = await loadRound(ctx, scope, id);
  assertManager(scope);
  if (round.status === 'closed') throw new AppError('INVALID_TRANSITION', '该选聘批次已结束，不能再选聘');
  const ids = [...new Set(input.commissionerIds)];
  await ctx.database.db.transaction(async (tx) => {
    const rows = await tx.select({ id: commissioners.id, status: commissioners.status, name: commissioners.name }).from(commissioners)
      .where(and(inArray(commissioners.id, ids), inRegion(scope, commissioners.regionCode))).for('update');
    if (rows.length !== ids.length) throw invalid('commissionerIds', '人选', '包含不存在或超出管辖范围的人员');
    const notCandidate = rows.filter((r) => r.status !== 'candidate');
    if (notCandidate.length) throw invalid('commissionerIds', '人选', `${notCandidate.map((r) => r.name).join('、')} 不在备选库中`);
    const [{ n } = { n: 0 }] = await tx.select({ n: count() }).from(commissioners).where(eq(commissioners.roundId, id));
    if (round.quota !== null && n + ids.length > round.quota) throw invalid('commissionerIds', '人选', `超出本批次名额（${round.quota} 名，已选 ${n} 名）`);
    await tx.update(commissioners).set({ status: 'active', roundId: id, selectedOn: input.selectedOn, updatedAt: ctx.now(), version: sql`${commissioners.version} + 1` })
      .where(inArray(commissioners.id, ids));
    await recordAudit(tx, actor, { action: 'commissioner_round.select', objectType: 'commissioner_round', objectId: id,
      details: { before: { status: 'candidate' }, after: { status: 'active', commissionerIds: ids, selectedOn: input.selectedOn } } });
  });
  return loadRound(ctx, scope, id);
}

export async function closeRound(ctx: AppContext, scope: Scope, actor: Actor, id: string, decidedOn: string) {
  const round = await loadRound(ctx, scope, id);
  assertManager(scope);
  if (round.status === 'closed') throw new AppError('INVALID_TRANSITION', '该选聘批次已结束');
  await ctx.database.db.transaction(async (tx) => {
    await tx.update(commissionerRounds).set({ status: 'closed', decidedOn, updatedAt: ctx.now() }).where(eq(commissionerRounds.id, id));
    await recordAudit(tx, actor, { action: 'commissioner_round.close', objectType: 'commissioner_round', objectId: id, details: { before: { status: 'open' }, after: { status: 'closed', decidedOn } } });
  });
  return loadRound(ctx, scope, id);
}
