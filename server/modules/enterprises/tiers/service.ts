import { and, eq, ne, type SQL } from 'drizzle-orm';
import { tierKindLabels } from '../../../../domain/enterprise/codes';
import { resolveTier, type TierInput } from '../../../../domain/enterprise/tiers';
import type { DbOrTx } from '../../../db/client';
import { enterpriseTiers } from '../../../db/schema';
import { type Actor, recordAudit } from '../../../platform/audit/audit';
import type { Scope } from '../../../platform/authz/scope';
import type { AppContext } from '../../../platform/context';
import { AppError, forbidden, notFound } from '../../../platform/errors';
import { invalid, invalidTransition } from '../common/errors';
import { lockEnterprise } from '../master/repo';
import { canManageEnterprises } from '../policy';
import { tierOf, type TierRecord } from './repo';

const tierLabels: Record<keyof TierInput, string> = { kind: '资质类型', number: '证书/登记编号', year: '年度', issuedOn: '发证/入库日期', validFrom: '生效日期', validUntil: '失效日期' };

/**
 * Adds a tier inside the caller's transaction. A new 高企 certificate supersedes the older active
 * ones; a second active 科小 registration for the same year is refused.
 */
export async function addTier(tx: DbOrTx, actor: Actor, enterpriseId: string, input: TierInput & { note?: string | null }, sourceBatchId: string | null = null) {
  const r = resolveTier(input);
  if (!r.ok) {
    const p = r.problems[0]!;
    throw invalid(p.field, tierLabels[p.field], p.message);
  }
  const { tier } = r;
  const same = and(eq(enterpriseTiers.enterpriseId, enterpriseId), eq(enterpriseTiers.kind, input.kind), eq(enterpriseTiers.status, 'active'));
  if (input.kind === 'tech_sme') {
    const [dup] = await tx.select({ id: enterpriseTiers.id }).from(enterpriseTiers).where(and(same, eq(enterpriseTiers.year, tier.year!)));
    if (dup) throw new AppError('DUPLICATE', `该企业 ${tier.year} 年度已登记为科技型中小企业`);
  }
  const [row] = await tx.insert(enterpriseTiers)
    .values({ enterpriseId, kind: input.kind, ...tier, note: input.note ?? null, sourceBatchId, createdBy: actor.userId })
    .returning();
  const superseded = input.kind === 'hnte' ? await settleOverlaps(tx, actor, row!, same) : [];
  await recordAudit(tx, actor, {
    action: 'enterprise.tier.add', objectType: 'enterprise', objectId: enterpriseId,
    details: { after: { id: row!.id, kind: input.kind, ...tier }, superseded, sourceBatchId },
  });
  return superseded.includes(row!.id) ? (await tierOf(tx, enterpriseId, row!.id))! : row!;
}

/**
 * Two active 高企 certificates whose validity overlaps: the later issue replaces the earlier one,
 * whichever was entered first (a backfilled older certificate does not end the current one).
 */
async function settleOverlaps(tx: DbOrTx, actor: Actor, added: TierRecord, same: SQL | undefined) {
  const others = await tx.select().from(enterpriseTiers).where(and(same, ne(enterpriseTiers.id, added.id)));
  const ended: string[] = [];
  for (const o of others) {
    if (o.validUntil !== null && o.validUntil < added.validFrom) continue;
    if (added.validUntil !== null && added.validUntil < o.validFrom) continue;
    const [loser, winner] = (o.issuedOn ?? o.validFrom) <= (added.issuedOn ?? added.validFrom) ? [o, added] : [added, o];
    await tx.update(enterpriseTiers)
      .set({ status: 'superseded', endedReason: `被新证书 ${winner.number} 替代`, endedAt: new Date(), endedBy: actor.userId })
      .where(eq(enterpriseTiers.id, loser.id));
    ended.push(loser.id);
    if (loser === added) break;
  }
  return ended;
}

async function managed(tx: DbOrTx, scope: Scope, enterpriseId: string) {
  const ent = await lockEnterprise(tx, scope, enterpriseId);
  if (!ent) throw notFound('企业');
  if (!canManageEnterprises(scope)) throw forbidden('只有科技局业务人员可以维护企业资质');
  return ent;
}

export async function createTier(ctx: AppContext, scope: Scope, actor: Actor, enterpriseId: string, input: TierInput & { note?: string }) {
  return ctx.database.db.transaction(async (tx) => {
    await managed(tx, scope, enterpriseId);
    return addTier(tx, actor, enterpriseId, input);
  });
}

/** Ends an active tier as superseded or revoked; the row stays for the history. */
export async function endTier(ctx: AppContext, scope: Scope, actor: Actor, enterpriseId: string, tierId: string, input: { outcome: 'superseded' | 'revoked'; reason: string }) {
  return ctx.database.db.transaction(async (tx) => {
    await managed(tx, scope, enterpriseId);
    const t = await tierOf(tx, enterpriseId, tierId);
    if (!t) throw notFound('资质记录');
    if (t.status !== 'active') throw invalidTransition(`该${tierKindLabels[t.kind]}记录已${t.status === 'revoked' ? '撤销' : '被替代'}`);
    const [row] = await tx.update(enterpriseTiers)
      .set({ status: input.outcome, endedReason: input.reason, endedAt: new Date(), endedBy: actor.userId })
      .where(eq(enterpriseTiers.id, tierId)).returning();
    await recordAudit(tx, actor, {
      action: 'enterprise.tier.end', objectType: 'enterprise', objectId: enterpriseId,
      details: { tierId, before: { status: t.status }, after: { status: input.outcome, reason: input.reason } },
    });
    return row!;
  });
}
