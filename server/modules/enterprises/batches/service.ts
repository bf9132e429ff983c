import { and, eq } from 'drizzle-orm';
import { batchAdvanceProblem, type BatchStatus, entriesEditable } from '../../../../domain/enterprise/batches';
import type { DbOrTx } from '../../../db/client';
import { enterpriseBatchEntries, enterpriseBatches } from '../../../db/schema';
import { type Actor, recordAudit } from '../../../platform/audit/audit';
import type { Scope } from '../../../platform/authz/scope';
import type { AppContext } from '../../../platform/context';
import { forbidden, notFound, staleVersion } from '../../../platform/errors';
import { invalidTransition } from '../common/errors';
import { canManageEnterprises } from '../policy';
import { type EntryFilter, entryPage, findBatch, presentBatch, presentEntry } from './repo';

const audit = (tx: DbOrTx, actor: Actor, batchId: string, action: string, details: Record<string, unknown>) =>
  recordAudit(tx, actor, { action: `enterprise.batch.${action}`, objectType: 'enterprise_batch', objectId: batchId, details });

/** Loads a batch in scope for a write, locked; 404 outside the scope, 403 for readers. */
export async function managedBatch(tx: DbOrTx, scope: Scope, id: string) {
  const batch = await findBatch(tx, scope, id, true);
  if (!batch) throw notFound('申报批次');
  if (!canManageEnterprises(scope)) throw forbidden('只有科技局业务人员可以管理申报批次');
  return batch;
}

export async function loadBatchDetail(db: DbOrTx, scope: Scope, id: string) {
  const batch = await findBatch(db, scope, id);
  if (!batch) throw notFound('申报批次');
  const manage = canManageEnterprises(scope);
  return {
    ...presentBatch(batch),
    abilities: { update: manage, advance: manage && batch.status !== 'recognised', addEntries: manage && entriesEditable(batch.status) },
  };
}

/** A page of the batch's enterprises; 404 for a batch outside the scope. */
export async function listEntries(db: DbOrTx, scope: Scope, batchId: string, f: EntryFilter) {
  if (!(await findBatch(db, scope, batchId))) throw notFound('申报批次');
  const { items, total } = await entryPage(db, batchId, f);
  return { items: items.map(presentEntry), total, page: f.page, pageSize: f.pageSize };
}

export async function createBatch(ctx: AppContext, scope: Scope, actor: Actor, input: { kind: 'hnte' | 'tech_sme'; year: number; name: string; notes?: string }) {
  if (!canManageEnterprises(scope)) throw forbidden('只有科技局业务人员可以管理申报批次');
  const id = await ctx.database.db.transaction(async (tx) => {
    const [row] = await tx.insert(enterpriseBatches).values({ ...input, regionCode: scope.regionCode, createdBy: actor.userId }).returning({ id: enterpriseBatches.id });
    await audit(tx, actor, row!.id, 'create', { after: { ...input, regionCode: scope.regionCode } });
    return row!.id;
  });
  return loadBatchDetail(ctx.database.db, scope, id);
}

export async function updateBatch(ctx: AppContext, scope: Scope, actor: Actor, id: string, input: { version: number; name?: string; notes?: string | null }) {
  await ctx.database.db.transaction(async (tx) => {
    const b = await managedBatch(tx, scope, id);
    if (b.version !== input.version) throw staleVersion('申报批次');
    const changes = { ...(input.name !== undefined ? { name: input.name } : {}), ...(input.notes !== undefined ? { notes: input.notes } : {}) };
    await tx.update(enterpriseBatches).set({ ...changes, version: b.version + 1, updatedAt: new Date() }).where(eq(enterpriseBatches.id, id));
    await audit(tx, actor, id, 'update', { before: { name: b.name, notes: b.notes }, after: changes });
  });
  return loadBatchDetail(ctx.database.db, scope, id);
}

export async function advanceBatch(ctx: AppContext, scope: Scope, actor: Actor, id: string, input: { version: number; to: BatchStatus }) {
  await ctx.database.db.transaction(async (tx) => {
    const b = await managedBatch(tx, scope, id);
    if (b.version !== input.version) throw staleVersion('申报批次');
    const problem = batchAdvanceProblem(b.status, input.to);
    if (problem) throw invalidTransition(problem);
    await tx.update(enterpriseBatches).set({ status: input.to, version: b.version + 1, updatedAt: new Date() })
      .where(and(eq(enterpriseBatches.id, id), eq(enterpriseBatches.version, b.version)));
    await audit(tx, actor, id, 'advance', { before: { status: b.status }, after: { status: input.to } });
  });
  return loadBatchDetail(ctx.database.db, scope, id);
}

export async function deleteBatch(ctx: AppContext, scope: Scope, actor: Actor, id: string) {
  await ctx.database.db.transaction(async (tx) => {
    const b = await managedBatch(tx, scope, id);
    if (!entriesEditable(b.status)) throw invalidTransition('批次已进入评审，不能删除');
    const entries = await tx.select({ enterpriseId: enterpriseBatchEntries.enterpriseId }).from(enterpriseBatchEntries).where(eq(enterpriseBatchEntries.batchId, id));
    await tx.delete(enterpriseBatches).where(eq(enterpriseBatches.id, id));
    await audit(tx, actor, id, 'delete', { before: { ...presentBatch(b), enterprises: entries.map((e) => e.enterpriseId) } });
  });
}
