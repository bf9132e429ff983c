import { and, eq } from 'drizzle-orm';
import type { FunnelStage } from '../../../../domain/enterprise/codes';
import { funnelMoveProblem } from '../../../../domain/enterprise/funnel';
import type { DbOrTx } from '../../../db/client';
import { enterpriseFunnelMoves, enterprises } from '../../../db/schema';
import { type Actor, recordAudit } from '../../../platform/audit/audit';
import type { Scope } from '../../../platform/authz/scope';
import type { AppContext } from '../../../platform/context';
import { forbidden, notFound, staleVersion } from '../../../platform/errors';
import { hasValidTier } from '../common/assess';
import { invalidTransition } from '../common/errors';
import { todayOf } from '../common/today';
import { loadEnterpriseDetail } from '../master/detail';
import { lockEnterprise } from '../master/repo';
import { canManageEnterprises } from '../policy';
import { tiersOf } from '../tiers/repo';

/** Moves a (locked) enterprise along the funnel, with history and audit; the caller owns the transaction. */
export async function moveInFunnel(tx: DbOrTx, actor: Actor, ent: { id: string; funnelStage: FunnelStage | null; version: number }, to: FunnelStage | null, reason: string, today: string) {
  const hasValidHnte = hasValidTier(await tiersOf(tx, [ent.id]), 'hnte', today);
  const problem = funnelMoveProblem({ from: ent.funnelStage, to, hasValidHnte });
  if (problem) throw invalidTransition(problem);
  const done = await tx.update(enterprises).set({ funnelStage: to, version: ent.version + 1, updatedAt: new Date() })
    .where(and(eq(enterprises.id, ent.id), eq(enterprises.version, ent.version))).returning({ id: enterprises.id });
  if (done.length === 0) throw staleVersion('企业信息');
  await tx.insert(enterpriseFunnelMoves).values({ enterpriseId: ent.id, fromStage: ent.funnelStage, toStage: to, reason, movedBy: actor.userId });
  await recordAudit(tx, actor, {
    action: 'enterprise.funnel.move', objectType: 'enterprise', objectId: ent.id,
    details: { before: { funnelStage: ent.funnelStage }, after: { funnelStage: to }, reason },
  });
}

export async function moveEnterprise(ctx: AppContext, scope: Scope, actor: Actor, id: string, input: { to: FunnelStage | null; reason: string; version: number }) {
  await ctx.database.db.transaction(async (tx) => {
    const ent = await lockEnterprise(tx, scope, id);
    if (!ent) throw notFound('企业');
    if (!canManageEnterprises(scope)) throw forbidden('只有科技局业务人员可以调整培育阶段');
    if (ent.version !== input.version) throw staleVersion('企业信息');
    await moveInFunnel(tx, actor, ent, input.to, input.reason, todayOf(ctx));
  });
  return loadEnterpriseDetail(ctx, scope, id);
}
