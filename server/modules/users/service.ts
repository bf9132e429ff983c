import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { maskMobile } from '../../../domain/masking';
import { passwordProblem } from '../../../domain/password-policy';
import { type Role, roleSetProblem } from '../../../domain/roles';
import { userRoles, users } from '../../db/schema';
import { type Actor, recordAudit } from '../../platform/audit/audit';
import { destroyUserSessions } from '../../platform/auth/sessions';
import type { Scope } from '../../platform/authz/scope';
import type { AppContext } from '../../platform/context';
import { hashPassword } from '../../platform/crypto/passwords';
import { AppError, forbidden, notFound, staleVersion } from '../../platform/errors';
import { findOrganisation } from '../organisations/repo';
import { canEditAccounts, canGrantRolesTo, canKeepAccount, canViewUsers } from './policy';
import { findUser } from './repo';
import type { createBody, updateBody } from './schemas';

export async function loadUser(ctx: AppContext, scope: Scope, id: string) {
  if (!canViewUsers(scope)) throw forbidden('只有系统管理员、安全管理员可以查看账号');
  const user = await findUser(ctx.database.db, scope, id);
  if (!user) throw notFound('用户');
  return user;
}

function assertRoleSet(roles: readonly Role[]) {
  const problem = roleSetProblem(roles);
  if (problem) throw new AppError('VALIDATION_FAILED', `角色：${problem}`, [{ field: 'roles', message: problem }]);
}

function assertPassword(password: string, username: string, field: string, label: string) {
  const problem = passwordProblem(password, username);
  if (problem) throw new AppError('VALIDATION_FAILED', `${label}：${problem}`, [{ field, message: problem }]);
}

async function assertOrganisation(ctx: AppContext, scope: Scope, organisationId: string) {
  if (!(await findOrganisation(ctx.database.db, scope, organisationId))) {
    throw new AppError('VALIDATION_FAILED', '所属单位：不存在或超出管辖范围', [{ field: 'organisationId', message: '单位不存在或超出管辖范围' }]);
  }
}

export async function createUser(ctx: AppContext, scope: Scope, actor: Actor, input: z.infer<typeof createBody>) {
  if (!canEditAccounts(scope) && !scope.roles.includes('secadmin')) throw forbidden('只有系统管理员可以新建账号');
  assertRoleSet(input.roles);
  if (!canGrantRolesTo(scope, { id: '', roles: [] }, input.roles)) throw forbidden('您无权授予所选角色（管理员角色由安全管理员授予）');
  assertPassword(input.initialPassword, input.username, 'initialPassword', '初始密码');
  await assertOrganisation(ctx, scope, input.organisationId);
  const passwordHash = await hashPassword(input.initialPassword);
  const id = await ctx.database.db.transaction(async (tx) => {
    const [row] = await tx.insert(users).values({
      username: input.username,
      displayName: input.displayName,
      organisationId: input.organisationId,
      passwordHash,
      mustChangePassword: true,
      mobileEnc: ctx.cipher.encryptNullable(input.mobile),
    }).returning({ id: users.id });
    await tx.insert(userRoles).values(input.roles.map((role) => ({ userId: row!.id, role, grantedBy: scope.userId })));
    await recordAudit(tx, actor, {
      action: 'user.create', objectType: 'user', objectId: row!.id,
      details: { after: { username: input.username, displayName: input.displayName, organisationId: input.organisationId, roles: input.roles, mobile: maskMobile(input.mobile) } },
    });
    return row!.id;
  });
  return loadUser(ctx, scope, id);
}

export async function updateUser(ctx: AppContext, scope: Scope, actor: Actor, id: string, input: z.infer<typeof updateBody>) {
  const before = await loadUser(ctx, scope, id);
  if (!canKeepAccount(scope, before)) throw forbidden('您无权修改该账号');
  if (input.organisationId) await assertOrganisation(ctx, scope, input.organisationId);
  const changes = {
    ...(input.displayName !== undefined ? { displayName: input.displayName } : {}),
    ...(input.organisationId !== undefined ? { organisationId: input.organisationId } : {}),
    ...(input.status !== undefined ? { status: input.status } : {}),
    ...(input.mobile !== undefined ? { mobileEnc: ctx.cipher.encryptNullable(input.mobile) } : {}),
  };
  await ctx.database.db.transaction(async (tx) => {
    const done = await tx.update(users).set({ ...changes, version: input.version + 1, updatedAt: ctx.now() })
      .where(and(eq(users.id, id), eq(users.version, input.version))).returning({ id: users.id });
    if (done.length === 0) throw staleVersion('账号信息');
    if (input.status === 'disabled' || input.organisationId) await destroyUserSessions(tx, id);
    const beforeMasked = { displayName: before.displayName, organisationId: before.organisationId, status: before.status, mobile: before.mobileEnc ? maskMobile(ctx.cipher.decrypt(before.mobileEnc)) : null };
    const after = { ...changes, ...(input.mobile !== undefined ? { mobile: maskMobile(input.mobile) } : {}) };
    delete (after as { mobileEnc?: unknown }).mobileEnc;
    await recordAudit(tx, actor, { action: 'user.update', objectType: 'user', objectId: id, details: { before: beforeMasked, after } });
  });
  return loadUser(ctx, scope, id);
}

export async function setRoles(ctx: AppContext, scope: Scope, actor: Actor, id: string, version: number, roles: Role[]) {
  const before = await loadUser(ctx, scope, id);
  if (before.id === scope.userId) throw forbidden('不能修改本人的角色');
  assertRoleSet(roles);
  if (!canGrantRolesTo(scope, before, roles)) throw forbidden('您无权授予或撤销所选角色（管理员角色由安全管理员授予）');
  await ctx.database.db.transaction(async (tx) => {
    const done = await tx.update(users).set({ version: version + 1, updatedAt: ctx.now() })
      .where(and(eq(users.id, id), eq(users.version, version))).returning({ id: users.id });
    if (done.length === 0) throw staleVersion('账号信息');
    await tx.delete(userRoles).where(eq(userRoles.userId, id));
    await tx.insert(userRoles).values(roles.map((role) => ({ userId: id, role, grantedBy: scope.userId })));
    await recordAudit(tx, actor, { action: 'user.roles', objectType: 'user', objectId: id, details: { before: { roles: before.roles }, after: { roles } } });
  });
  return loadUser(ctx, scope, id);
}

export async function unlockUser(ctx: AppContext, scope: Scope, actor: Actor, id: string) {
  const target = await loadUser(ctx, scope, id);
  if (!scope.roles.includes('secadmin') || target.id === scope.userId) throw forbidden('只有安全管理员可以解锁账号');
  await ctx.database.db.transaction(async (tx) => {
    await tx.update(users).set({ lockedUntil: null, failedLogins: 0 }).where(eq(users.id, id));
    await recordAudit(tx, actor, { action: 'user.unlock', objectType: 'user', objectId: id });
  });
  return loadUser(ctx, scope, id);
}

export async function resetPassword(ctx: AppContext, scope: Scope, actor: Actor, id: string, newPassword: string) {
  const target = await loadUser(ctx, scope, id);
  if (!canKeepAccount(scope, target)) throw forbidden('您无权重置该账号的密码');
  assertPassword(newPassword, target.username, 'newPassword', '新密码');
  const hash = await hashPassword(newPassword);
  await ctx.database.db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash: hash, mustChangePassword: true, passwordChangedAt: ctx.now(), failedLogins: 0, lockedUntil: null }).where(eq(users.id, id));
    await destroyUserSessions(tx, id);
    await recordAudit(tx, actor, { action: 'user.password.reset', objectType: 'user', objectId: id });
  });
}

/** Shows one unmasked mobile number; every reveal is audited (等保 8.1.4.11). */
export async function revealMobile(ctx: AppContext, scope: Scope, actor: Actor, id: string) {
  const target = await loadUser(ctx, scope, id);
  const mobile = target.mobileEnc ? ctx.cipher.decrypt(target.mobileEnc) : null;
  await ctx.database.db.transaction((tx) =>
    recordAudit(tx, actor, { action: 'personal_data.reveal', objectType: 'user', objectId: id, details: { field: 'mobile' } }));
  return { mobile };
}

