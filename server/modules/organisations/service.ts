import { and, eq } from 'drizzle-orm';
import { checkUscc } from '../../../domain/uscc';
import { organisations, regions } from '../../db/schema';
import type { DbOrTx } from '../../db/client';
import { type Actor, recordAudit } from '../../platform/audit/audit';
import type { Scope } from '../../platform/authz/scope';
import type { AppContext } from '../../platform/context';
import { AppError, forbidden, notFound, staleVersion } from '../../platform/errors';
import { canManageOrganisations, regionWithinScope } from './policy';
import { findOrganisation } from './repo';
import type { z } from 'zod';
import type { createBody, updateBody } from './schemas';

function assertManager(scope: Scope) {
  if (!canManageOrganisations(scope)) throw forbidden('只有系统管理员可以维护单位信息');
}

function normalisedUscc(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const result = checkUscc(raw);
  if (!result.valid) throw new AppError('VALIDATION_FAILED', `统一社会信用代码：${result.reason}`, [{ field: 'uscc', message: result.reason }]);
  return result.code;
}

async function assertRegion(db: DbOrTx, scope: Scope, code: string) {
  if (!regionWithinScope(scope, code)) {
    throw new AppError('VALIDATION_FAILED', '所在地区：超出您的管辖范围', [{ field: 'regionCode', message: '超出管辖范围' }]);
  }
  const [found] = await db.select({ code: regions.code }).from(regions).where(eq(regions.code, code));
  if (!found) throw new AppError('VALIDATION_FAILED', '所在地区：区划代码不存在', [{ field: 'regionCode', message: '区划代码不存在' }]);
}

export async function createOrganisation(ctx: AppContext, scope: Scope, actor: Actor, input: z.infer<typeof createBody>) {
  assertManager(scope);
  const { db } = ctx.database;
  await assertRegion(db, scope, input.regionCode);
  const values = { name: input.name, kind: input.kind, regionCode: input.regionCode, uscc: normalisedUscc(input.uscc) };
  const id = await db.transaction(async (tx) => {
    const [row] = await tx.insert(organisations).values(values).returning({ id: organisations.id });
    await recordAudit(tx, actor, { action: 'organisation.create', objectType: 'organisation', objectId: row!.id, details: { after: values } });
    return row!.id;
  });
  return (await findOrganisation(db, scope, id))!;
}

export async function updateOrganisation(ctx: AppContext, scope: Scope, actor: Actor, id: string, input: z.infer<typeof updateBody>) {
  const { db } = ctx.database;
  const before = await findOrganisation(db, scope, id);
  if (!before) throw notFound('单位');
  assertManager(scope);
  if (input.regionCode) await assertRegion(db, scope, input.regionCode);
  const changes = {
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.kind !== undefined ? { kind: input.kind } : {}),
    ...(input.regionCode !== undefined ? { regionCode: input.regionCode } : {}),
    ...(input.uscc !== undefined ? { uscc: normalisedUscc(input.uscc) } : {}),
  };
  await db.transaction(async (tx) => {
    const updated = await tx
      .update(organisations)
      .set({ ...changes, version: input.version + 1, updatedAt: ctx.now() })
      .where(and(eq(organisations.id, id), eq(organisations.version, input.version)))
      .returning({ id: organisations.id });
    if (updated.length === 0) throw staleVersion('单位信息');
    const old = Object.fromEntries(Object.keys(changes).map((k) => [k, before[k as keyof typeof before]]));
    await recordAudit(tx, actor, { action: 'organisation.update', objectType: 'organisation', objectId: id, details: { before: old, after: changes } });
  });
  return (await findOrganisation(db, scope, id))!;
}

export async function deleteOrganisation(ctx: AppContext, scope: Scope, actor: Actor, id: string) {
  const { db } = ctx.database;
  const before = await findOrganisation(db, scope, id);
  if (!before) throw notFound('单位');
  assertManager(scope);
  if (before.userCount > 0) throw new AppError('IN_USE', `该单位下还有 ${before.userCount} 个用户，不能删除`);
  await db.transaction(async (tx) => {
    await tx.delete(organisations).where(eq(organisations.id, id));
    await recordAudit(tx, actor, { action: 'organisation.delete', objectType: 'organisation', objectId: id, details: { before } });
  });
}
