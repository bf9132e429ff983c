import { and, eq, inArray } from 'drizzle-orm';
import { serviceTypeLabels } from '../../../../domain/commissioners/vocabulary';
import { files } from '../../../db/schema';
import { commissioners } from '../../../db/schema/commissioners';
import { serviceLogs } from '../../../db/schema/commissioner-work';
import type { DbOrTx } from '../../../db/client';
import { type Actor, recordAudit } from '../../../platform/audit/audit';
import { inRegion, type Scope } from '../../../platform/authz/scope';
import type { AppContext } from '../../../platform/context';
import { forbidden, notFound, staleVersion } from '../../../platform/errors';
import { canManage, isCommissionerUser } from '../access';
import { assertVillage, beforeOf, invalid, presentKeys, today } from '../common';
import { ownCommissioner } from '../roster/repo';
import { findByDraft, findLog, type LogRecord } from './repo';
import type { CreateLog, LogRow, UpdateLog } from './schemas';

export const photoPurpose = 'commissioner.log-photo';

export const presentLog = (r: LogRecord): LogRow => ({
  id: r.l.id, commissioner: { id: r.l.commissionerId, code: r.cCode, name: r.cName }, serviceDate: r.l.serviceDate,
  villageCode: r.l.villageCode, villageName: r.villageName, place: r.l.place, type: r.l.type, typeLabel: serviceTypeLabels[r.l.type],
  content: r.l.content, beneficiaries: r.l.beneficiaries, trained: r.l.trained, varieties: r.l.varieties, technologies: r.l.technologies,
  problemsSolved: r.l.problemsSolved, photoFileIds: r.l.photoFileIds, clientDraftId: r.l.clientDraftId,
  createdAt: r.l.createdAt.toISOString(), isDemo: r.l.isDemo, version: r.l.version,
});

export async function loadLog(ctx: AppContext, scope: Scope, id: string) {
  const row = await findLog(ctx.database.db, scope, id);
  if (!row) throw notFound('服务日志');
  return row;
}

/** Whose log this is: staff name the commissioner; a commissioner user always writes their own. */
export async function actingCommissioner(db: DbOrTx, scope: Scope, requested?: string) {
  if (canManage(scope)) {
    if (!requested) throw invalid('commissionerId', '科技特派员', '请选择科技特派员');
    const [c] = await db.select({ id: commissioners.id, regionCode: commissioners.regionCode, status: commissioners.status }).from(commissioners)
      .where(and(eq(commissioners.id, requested), inRegion(scope, commissioners.regionCode)));
    if (!c) throw invalid('commissionerId', '科技特派员', '不存在或超出管辖范围');
    return c;
  }
  if (!isCommissionerUser(scope)) throw forbidden('您的角色不能填写服务日志');
  const own = await ownCommissioner(db, scope.userId);
  if (!own) throw forbidden('您的账号尚未关联科技特派员档案，请联系科技局');
  if (requested && requested !== own.id) throw notFound('科技特派员');
  if (own.status !== 'active') throw forbidden('您已不在岗，不能再填写服务日志');
  return own;
}

async function assertPhotos(db: DbOrTx, scope: Scope, ids: readonly string[], already: readonly string[] = []) {
  const fresh = ids.filter((id) => !already.includes(id));
  if (fresh.length === 0) return;
  const found = await db.select({ id: files.id }).from(files)
    .where(and(inArray(files.id, fresh), eq(files.uploadedBy, scope.userId), eq(files.purpose, photoPurpose)));
  if (found.length !== new Set(fresh).size) throw invalid('photoFileIds', '照片', '照片不存在或不是您上传的');
}

function assertDate(ctx: AppContext, date: string) {
  if (date > today(ctx)) throw invalid('serviceDate', '服务日期', '不能晚于今天');
}

/** Creates a log; a re-sent offline draft (same clientDraftId) returns the row already stored. */
export async function createLog(ctx: AppContext, scope: Scope, actor: Actor, input: CreateLog): Promise<{ row: LogRecord; created: boolean }> {
  const { db } = ctx.database;
  const c = await actingCommissioner(db, scope, input.commissionerId);
  if (input.clientDraftId) {
    const existing = await findByDraft(db, scope, c.id, input.clientDraftId);
    if (existing) return { row: existing, created: false };
  }
  assertDate(ctx, input.serviceDate);
  if (input.villageCode) await assertVillage(db, c.regionCode, input.villageCode);
  await assertPhotos(db, scope, input.photoFileIds);
  const { commissionerId: _ignored, ...fields } = input;
  const values = { ...fields, villageCode: input.villageCode ?? null, clientDraftId: input.clientDraftId ?? null, commissionerId: c.id, regionCode: c.regionCode, createdBy: scope.userId };
  const id = await db.transaction(async (tx) => {
    const [row] = await tx.insert(serviceLogs).values(values).onConflictDoNothing().returning({ id: serviceLogs.id });
    if (!row) return null; // the same draft arrived twice at once: the other request stored it
    await recordAudit(tx, actor, { action: 'service_log.create', objectType: 'service_log', objectId: row.id, details: { after: values } });
    return row.id;
  });
  if (!id) return { row: (await findByDraft(db, scope, c.id, input.clientDraftId!))!, created: false };
  return { row: await loadLog(ctx, scope, id), created: true };
}

function assertCanWrite(scope: Scope) {
  if (!canManage(scope) && !isCommissionerUser(scope)) throw forbidden('您的角色不能修改服务日志');
}

export async function updateLog(ctx: AppContext, scope: Scope, actor: Actor, id: string, input: UpdateLog) {
  const before = await loadLog(ctx, scope, id);
  assertCanWrite(scope);
  const { db } = ctx.database;
  if (input.serviceDate) assertDate(ctx, input.serviceDate);
  if (input.villageCode) await assertVillage(db, before.l.regionCode, input.villageCode);
  if (input.photoFileIds) await assertPhotos(db, scope, input.photoFileIds, before.l.photoFileIds);
  const changes = presentKeys(input, ['serviceDate', 'villageCode', 'place', 'type', 'content', 'beneficiaries', 'trained', 'varieties', 'technologies', 'problemsSolved', 'photoFileIds']);
  await db.transaction(async (tx) => {
    const done = await tx.update(serviceLogs).set({ ...changes, version: input.version + 1, updatedAt: ctx.now() })
      .where(and(eq(serviceLogs.id, id), eq(serviceLogs.version, input.version))).returning({ id: serviceLogs.id });
    if (done.length === 0) throw staleVersion('服务日志');
    await recordAudit(tx, actor, { action: 'service_log.update', objectType: 'service_log', objectId: id, details: { before: beforeOf(before.l, changes), after: changes } });
  });
  return loadLog(ctx, scope, id);
}

export async function deleteLog(ctx: AppContext, scope: Scope, actor: Actor, id: string) {
  const before = await loadLog(ctx, scope, id);
  assertCanWrite(scope);
  await ctx.database.db.transaction(async (tx) => {
    await tx.delete(serviceLogs).where(eq(serviceLogs.id, id));
    await recordAudit(tx, actor, { action: 'service_log.delete', objectType: 'service_log', objectId: id, details: { before: before.l } });
  });
}
