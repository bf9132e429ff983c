import { and, count, eq, isNull, or, gt, sql } from 'drizzle-orm';
import { maskMobile } from '../../../../domain/masking';
import { userRoles, users } from '../../../db/schema';
import { commissionerAssignments, commissioners } from '../../../db/schema/commissioners';
import type { DbOrTx } from '../../../db/client';
import { type Actor, recordAudit } from '../../../platform/audit/audit';
import type { Scope } from '../../../platform/authz/scope';
import type { AppContext } from '../../../platform/context';
import { AppError, notFound, staleVersion } from '../../../platform/errors';
import { assertManager } from '../access';
import { beforeOf, invalid, presentKeys, today } from '../common';
import { findCommissioner } from './repo';
import type { CreateCommissioner, UpdateCommissioner } from './schemas';

export async function loadCommissioner(ctx: AppContext, scope: Scope, id: string) {
  const row = await findCommissioner(ctx.database.db, scope, id, today(ctx));
  if (!row) throw notFound('科技特派员');
  return row;
}

async function assertLinkableUser(db: DbOrTx, userId: string, self: string | null) {
  const [u] = await db.select({ id: users.id, hasRole: sql<boolean>`exists (select 1 from ${userRoles} r where r.user_id = ${users.id} and r.role = 'commissioner')` })
    .from(users).where(eq(users.id, userId));
  if (!u) throw invalid('userId', '登录账号', '账号不存在');
  if (!u.hasRole) throw invalid('userId', '登录账号', '该账号没有“科技特派员”角色');
  const [taken] = await db.select({ id: commissioners.id }).from(commissioners).where(eq(commissioners.userId, userId));
  if (taken && taken.id !== self) throw invalid('userId', '登录账号', '该账号已关联其他科技特派员');
}

async function nextCode(db: DbOrTx, regionCode: string, year: number) {
  const [row] = await db.select({ n: count() }).from(commissioners).where(eq(commissioners.regionCode, regionCode));
  return `KT${year}${String((row?.n ?? 0) + 1).padStart(4, '0')}`;
}

export async function createCommissioner(ctx: AppContext, scope: Scope, actor: Actor, input: CreateCommissioner) {
  assertManager(scope);
  const { db } = ctx.database;
  if (input.userId) await assertLinkableUser(db, input.userId, null);
  const day = today(ctx);
  const values = {
    regionCode: scope.regionCode,
    code: input.code ?? (await nextCode(db, scope.regionCode, Number(day.slice(0, 4)))),
    name: input.name, form: input.form, level: input.level, gender: input.gender ?? null, field: input.field,
    speciality: input.speciality ?? null, workUnit: input.workUnit, title: input.title ?? null, isStudent: input.isStudent,
    phoneEnc: ctx.cipher.encryptNullable(input.phone), userId: input.userId ?? null, status: input.status,
    selectedOn: input.status === 'active' ? input.selectedOn ?? day : null,
  };
  const id = await db.transaction(async (tx) => {
    const [row] = await tx.insert(commissioners).values(values).returning({ id: commissioners.id });
    const after = { ...values, phoneEnc: undefined, phone: maskMobile(input.phone) };
    await recordAudit(tx, actor, { action: 'commissioner.create', objectType: 'commissioner', objectId: row!.id, details: { after } });
    return row!.id;
  });
  return loadCommissioner(ctx, scope, id);
}

export async function updateCommissioner(ctx: AppContext, scope: Scope, actor: Actor, id: string, input: UpdateCommissioner) {
  const before = await loadCommissioner(ctx, scope, id);
  assertManager(scope);
  const { db } = ctx.database;
  if (input.userId) await assertLinkableUser(db, input.userId, id);
  const plain = presentKeys(input, ['code', 'name', 'form', 'level', 'gender', 'field', 'speciality', 'workUnit', 'title', 'isStudent', 'userId']);
  const changes = { ...plain, ...(input.phone !== undefined ? { phoneEnc: ctx.cipher.encryptNullable(input.phone) } : {}) };
  await db.transaction(async (tx) => {
    const done = await tx.update(commissioners).set({ ...changes, version: input.version + 1, updatedAt: ctx.now() })
      .where(and(eq(commissioners.id, id), eq(commissioners.version, input.version))).returning({ id: commissioners.id });
    if (done.length === 0) throw staleVersion('科技特派员信息');
    const phone = input.phone !== undefined ? { phone: maskMobile(input.phone) } : {};
    const oldPhone = input.phone !== undefined ? { phone: before.c.phoneEnc ? maskMobile(ctx.cipher.decrypt(before.c.phoneEnc)) : null } : {};
    await recordAudit(tx, actor, { action: 'commissioner.update', objectType: 'commissioner', objectId: id,
      details: { before: { ...beforeOf(before.c, plain), ...oldPhone }, after: { ...plain, ...phone } } });
  });
  return loadCommissioner(ctx, scope, id);
}

/** 退出: the commissioner leaves service; open assignments end on the exit date. */
export async function exitCommissioner(ctx: AppContext, scope: Scope, actor: Actor, id: string, input: { version: number; exitedOn: string; reason: string }) {
  const before = await loadCommissioner(ctx, scope, id);
  assertManager(scope);
  if (before.c.status === 'exited') throw new AppError('INVALID_TRANSITION', '该科技特派员已退出');
  await ctx.database.db.transaction(async (tx) => {
    const done = await tx.update(commissioners)
      .set({ status: 'exited', exitedOn: input.exitedOn, exitReason: input.reason, version: input.version + 1, updatedAt: ctx.now() })
      .where(and(eq(commissioners.id, id), eq(commissioners.version, input.version))).returning({ id: commissioners.id });
    if (done.length === 0) throw staleVersion('科技特派员信息');
    const ended = await tx.update(commissionerAssignments).set({ endsOn: input.exitedOn, updatedAt: ctx.now() })
      .where(and(eq(commissionerAssignments.commissionerId, id), or(isNull(commissionerAssignments.endsOn), gt(commissionerAssignments.endsOn, input.exitedOn)),
        sql`${commissionerAssignments.startsOn} <= ${input.exitedOn}`))
      .returning({ id: commissionerAssignments.id });
    await recordAudit(tx, actor, { action: 'commissioner.exit', objectType: 'commissioner', objectId: id,
      details: { before: { status: before.c.status }, after: { status: 'exited', exitedOn: input.exitedOn, reason: input.reason }, endedAssignments: ended.map((e) => e.id) } });
  });
  return loadCommissioner(ctx, scope, id);
}

/** Shows one unmasked phone number; every reveal is audited. Staff only. */
export async function revealPhone(ctx: AppContext, scope: Scope, actor: Actor, id: string) {
  const row = await loadCommissioner(ctx, scope, id);
  assertManager(scope, '（查看完整手机号）');
  await ctx.database.db.transaction((tx) =>
    recordAudit(tx, actor, { action: 'personal_data.reveal', objectType: 'commissioner', objectId: id, details: { field: 'phone' } }));
  return { phone: row.c.phoneEnc ? ctx.cipher.decrypt(row.c.phoneEnc) : null };
}
