import { eq } from 'drizzle-orm';
import { passwordHistoryDepth, passwordProblem } from '../../../domain/password-policy';
import { isAdminRole } from '../../../domain/roles';
import { passwordHistory, users } from '../../db/schema';
import { type Actor, recordAudit } from '../../platform/audit/audit';
import { type LoadedSession, setSessionStage } from '../../platform/auth/sessions';
import { acceptTotp, newTotpSecret, totpUri } from '../../platform/auth/totp';
import type { AppContext } from '../../platform/context';
import { hashPassword, verifyPassword } from '../../platform/crypto/passwords';
import { AppError } from '../../platform/errors';
import { recentPasswordHashes, trimPasswordHistory, unsafeFindUserById } from './repo';

async function ownUser(ctx: AppContext, session: LoadedSession) {
  const found = await unsafeFindUserById(ctx.database.db, session.user.id);
  if (!found) throw new AppError('UNAUTHENTICATED', '请先登录');
  return found;
}

/** Refuses passwords that break the policy or repeat one of the last five. */
export async function assertNewPasswordAllowed(ctx: AppContext, userId: string, username: string, newPassword: string): Promise<void> {
  const problem = passwordProblem(newPassword, username);
  if (problem) throw new AppError('VALIDATION_FAILED', `新密码：${problem}`, [{ field: 'newPassword', message: problem }]);
  // The current password is checked separately by callers, so history keeps the four before it.
  const recent = await recentPasswordHashes(ctx.database.db, userId, passwordHistoryDepth - 1);
  for (const hash of recent) {
    if (await verifyPassword(newPassword, hash)) {
      const message = `不能与最近 ${passwordHistoryDepth} 次使用过的密码相同`;
      throw new AppError('VALIDATION_FAILED', `新密码：${message}`, [{ field: 'newPassword', message }]);
    }
  }
}

export async function changeOwnPassword(ctx: AppContext, session: LoadedSession, actor: Actor, current: string, next: string): Promise<void> {
  const { user, roles } = await ownUser(ctx, session);
  if (!(await verifyPassword(current, user.passwordHash))) {
    throw new AppError('VALIDATION_FAILED', '当前密码：输入不正确', [{ field: 'currentPassword', message: '当前密码不正确' }]);
  }
  if (await verifyPassword(next, user.passwordHash)) {
    throw new AppError('VALIDATION_FAILED', '新密码：不能与当前密码相同', [{ field: 'newPassword', message: '不能与当前密码相同' }]);
  }
  await assertNewPasswordAllowed(ctx, user.id, user.username, next);
  const hash = await hashPassword(next);
  const now = ctx.now();
  await ctx.database.db.transaction(async (tx) => {
    // The password being replaced joins the history, so it cannot come back for five changes.
    await tx.insert(passwordHistory).values({ userId: user.id, passwordHash: user.passwordHash, createdAt: now });
    await trimPasswordHistory(tx, user.id, passwordHistoryDepth - 1);
    await tx.update(users).set({ passwordHash: hash, passwordChangedAt: now, mustChangePassword: false, updatedAt: now }).where(eq(users.id, user.id));
    if (session.stage === 'password_change') {
      const nextStage = roles.some(isAdminRole) && !user.totpEnabled && !(ctx.config.demo && user.isDemo) ? 'totp_enrolment' : 'full';
      await setSessionStage(tx, session.id, nextStage);
    }
    await recordAudit(tx, actor, { action: 'auth.password.change', objectType: 'user', objectId: user.id });
  });
}

export async function startTotpSetup(ctx: AppContext, session: LoadedSession, actor: Actor) {
  const { user } = await ownUser(ctx, session);
  if (user.totpEnabled) throw new AppError('CONFLICT', '已启用动态口令，如需更换请先停用');
  const secret = newTotpSecret();
  await ctx.database.db.transaction(async (tx) => {
    await tx.update(users).set({ totpSecretEnc: ctx.cipher.encrypt(secret) }).where(eq(users.id, user.id));
    await recordAudit(tx, actor, { action: 'auth.totp.setup', objectType: 'user', objectId: user.id });
  });
  return { secret, otpauthUrl: totpUri(secret, user.username) };
}

export async function enableTotp(ctx: AppContext, session: LoadedSession, actor: Actor, code: string): Promise<void> {
  const { user } = await ownUser(ctx, session);
  if (!user.totpSecretEnc) throw new AppError('CONFLICT', '请先获取动态口令密钥');
  if (user.totpEnabled) throw new AppError('CONFLICT', '已启用动态口令');
  const step = acceptTotp(ctx.cipher.decrypt(user.totpSecretEnc), user.username, code, ctx.now(), user.totpLastStep);
  if (step === null) throw new AppError('TOTP_INVALID', '动态口令错误，请核对手机时间后重试', [{ field: 'code', message: '动态口令错误' }]);
  await ctx.database.db.transaction(async (tx) => {
    await tx.update(users).set({ totpEnabled: true, totpLastStep: step }).where(eq(users.id, user.id));
    if (session.stage === 'totp_enrolment') await setSessionStage(tx, session.id, 'full');
    await recordAudit(tx, actor, { action: 'auth.totp.enable', objectType: 'user', objectId: user.id });
  });
}

export async function disableTotp(ctx: AppContext, session: LoadedSession, actor: Actor, code: string): Promise<void> {
  const { user, roles } = await ownUser(ctx, session);
  if (roles.some(isAdminRole)) throw new AppError('FORBIDDEN', '管理员账号必须使用动态口令，不能停用');
  if (!user.totpEnabled || !user.totpSecretEnc) throw new AppError('CONFLICT', '尚未启用动态口令');
  const step = acceptTotp(ctx.cipher.decrypt(user.totpSecretEnc), user.username, code, ctx.now(), user.totpLastStep);
  if (step === null) throw new AppError('TOTP_INVALID', '动态口令错误', [{ field: 'code', message: '动态口令错误' }]);
  await ctx.database.db.transaction(async (tx) => {
    await tx.update(users).set({ totpEnabled: false, totpSecretEnc: null, totpLastStep: null }).where(eq(users.id, user.id));
    await recordAudit(tx, actor, { action: 'auth.totp.disable', objectType: 'user', objectId: user.id });
  });
}
