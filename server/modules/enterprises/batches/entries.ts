import { and, eq } from 'drizzle-orm';
import { type EntryOutcome, entriesEditable, entryOutcomeLabels, entryOutcomeProblem } from '../../../../domain/enterprise/batches';
import { funnelMoveProblem } from '../../../../domain/enterprise/funnel';
import { enterpriseBatchEntries } from '../../../db/schema';
import { type Actor, recordAudit } from '../../../platform/audit/audit';
import type { Scope } from '../../../platform/authz/scope';
import type { AppContext } from '../../../platform/context';
import { AppError, notFound } from '../../../platform/errors';
import { invalid, invalidTransition } from '../common/errors';
import { todayOf } from '../common/today';
import { moveInFunnel } from '../funnel/service';
import { lockEnterprise } from '../master/repo';
import { addTier } from '../tiers/service';
import { entryOf, presentEntry } from './repo';
import { managedBatch } from './service';

const entryAudit = (enterpriseId: string, action: string, details: Record<string, unknown>) =>
  ({ action: `enterprise.batch_entry.${action}`, objectType: 'enterprise', objectId: enterpriseId, details });

export async function addEntry(ctx: AppContext, scope: Scope, actor: Actor, batchId: string, enterpriseId: string) {
  const id = await ctx.database.db.transaction(async (tx) => {
    const batch = await managedBatch(tx, scope, batchId);
    if (!entriesEditable(batch.status)) throw invalidTransition('批次已进入评审，不能再增加推荐企业');
    const ent = await lockEnterprise(tx, scope, enterpriseId);
    if (!ent || !ent.regionCode.startsWith(batch.regionCode)) throw invalid('enterpriseId', '企业', '不存在或不在本批次的地区范围内');
    const [dup] = await tx.select({ id: enterpriseBatchEntries.id }).from(enterpriseBatchEntries)
      .where(and(eq(enterpriseBatchEntries.batchId, batchId), eq(enterpriseBatchEntries.enterpriseId, enterpriseId)));
    if (dup) throw new AppError('DUPLICATE', `${ent.name}已在本批次中`);
    const [row] = await tx.insert(enterpriseBatchEntries).values({ batchId, enterpriseId }).returning({ id: enterpriseBatchEntries.id });
    await recordAudit(tx, actor, entryAudit(enterpriseId, 'add', { batchId, batchName: batch.name }));
    return row!.id;
  });
  return presentEntry((await entryOf(ctx.database.db, batchId, id))!);
}

async function lockedEntry(tx: Parameters<typeof lockEnterprise>[0], batchId: string, entryId: string) {
  const [e] = await tx.select().from(enterpriseBatchEntries)
    .where(and(eq(enterpriseBatchEntries.id, entryId), eq(enterpriseBatchEntries.batchId, batchId))).for('update');
  if (!e) throw notFound('批次企业');
  return e;
}

export async function removeEntry(ctx: AppContext, scope: Scope, actor: Actor, batchId: string, entryId: string) {
  await ctx.database.db.transaction(async (tx) => {
    const batch = await managedBatch(tx, scope, batchId);
    const e = await lockedEntry(tx, batchId, entryId);
    if (!entriesEditable(batch.status)) throw invalidTransition('批次已进入评审，不能再移除推荐企业');
    await tx.delete(enterpriseBatchEntries).where(eq(enterpriseBatchEntries.id, entryId));
    await recordAudit(tx, actor, entryAudit(e.enterpriseId, 'remove', { batchId, batchName: batch.name }));
  });
}

export interface OutcomeInput { outcome: EntryOutcome; reason?: string; certificate?: { number: string; issuedOn?: string } }

/**
 * Records an enterprise's outcome in a batch. 认定 creates the tier (高企 certificate or 科小
 * registration) and, for 高企, moves the enterprise to the 高新技术企业 funnel stage.
 */
export async function setOutcome(ctx: AppContext, scope: Scope, actor: Actor, batchId: string, entryId: string, input: OutcomeInput) {
  const today = todayOf(ctx);
  await ctx.database.db.transaction(async (tx) => {
    const batch = await managedBatch(tx, scope, batchId);
    const e = await lockedEntry(tx, batchId, entryId);
    const problem = entryOutcomeProblem(batch.status, e.outcome, input.outcome);
    if (problem) throw invalidTransition(problem);
    let tierId: string | null = null;
    if (input.outcome === 'recognised') {
      if (!input.certificate) throw invalid('certificate.number', '认定证书', batch.kind === 'hnte' ? '请填写高企证书编号和发证日期' : '请填写科小入库登记编号');
      const tier = await addTier(tx, actor, e.enterpriseId, batch.kind === 'hnte'
        ? { kind: 'hnte', number: input.certificate.number, issuedOn: input.certificate.issuedOn }
        : { kind: 'tech_sme', number: input.certificate.number, year: batch.year, issuedOn: input.certificate.issuedOn }, batchId);
      tierId = tier.id;
      const ent = await lockEnterprise(tx, scope, e.enterpriseId);
      if (batch.kind === 'hnte' && ent && ent.funnelStage !== 'hnte' && tier.validFrom <= today
        && !funnelMoveProblem({ from: ent.funnelStage, to: 'hnte', hasValidHnte: true })) {
        await moveInFunnel(tx, actor, ent, 'hnte', `${batch.name}认定`, today);
      }
    }
    await tx.update(enterpriseBatchEntries).set({ outcome: input.outcome, reason: input.reason ?? e.reason, tierId: tierId ?? e.tierId, updatedAt: new Date() })
      .where(eq(enterpriseBatchEntries.id, entryId));
    await recordAudit(tx, actor, entryAudit(e.enterpriseId, 'outcome', {
      batchId, batchName: batch.name, before: { outcome: e.outcome }, after: { outcome: input.outcome, label: entryOutcomeLabels[input.outcome], reason: input.reason ?? null, tierId },
    }));
  });
  return presentEntry((await entryOf(ctx.database.db, batchId, entryId))!);
}
