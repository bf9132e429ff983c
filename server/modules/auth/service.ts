import { eq, sql } from 'drizzle-orm';
import { passwordExpired } from '../../../domain/password-policy';
import { isAdminRole, type Role } from '../../../domain/roles';
import { type SessionStage, users } from '../../db/schema';
import { type Actor, recordAudit, recordAuditNow } from '../../platform/audit/audit';
import { createSession } from '../../platform/auth/sessions';
import { acceptTotp } from '../../platform/auth/totp';
import type { AppContext } from '../../platform/context';
import { verifyPassword } from '../../platform/crypto/passwords';
import { AppError } from '../../platform/errors';
import { unsafeFindUserByUsername } from './repo';

export interface LoginInput {
  username: string;
  password: string;
  totp?: string;
}

export interface LoginResult {
  userId: string;
  token: string;
  csrfToken: string;
  expiresAt: Date;
  stage: SessionStage;
}

const badCredentials = () => new AppError('INVALID_CREDENTIALS', '用户名或密码错误');

function lockedMessage(until: Date): AppError {
  const hhmm = until.toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'Asia/Shanghai' });
  return new AppError('ACCOUNT_LOCKED', `登录失败次数过多，账号已锁定至 ${hhmm}（北京时间），请稍后再试或联系安全管理员解锁`);
}

/** What a fresh session may do first: change an initial/expired password, then enrol TOTP if an admin. */
export function initialStage(
  user: { mustChangePassword: boolean; passwordChangedAt: Date; totpEnabled: boolean },
  roles: readonly Role[],
  demoLogin: boolean,
  now: Date,
  expiryDays: number,
): SessionStage {
  if (demoLogin) return 'full';
  if (user.mustChangePassword || passwordExpired(user.passwordChangedAt, now, expiryDays)) return 'password_change';
  if (roles.some(isAdminRole) && !user.totpEnabled) return 'totp_enrolment';
  return 'full';
}

export async function login(ctx: AppContext, input: LoginInput, meta: { ip: string; userAgent: string | null }): Promise<LoginResult> {
  const { db } = ctx.database;
  const now = ctx.now();
  const sec = ctx.config.security;
  const actor = (u?: { id: string; username: string }): Actor => ({ userId: u?.id ?? null, username: u?.username ?? input.username, ip: meta.ip, regionCode: null });
  const fail = async (reason: string, u?: { id: string; username: string }) =>
    recordAuditNow(db, actor(u), { action: 'auth.login', objectType: 'user', objectId: u?.id, result: 'failure', details: { reason } });

  const found = await unsafeFindUserByUsername(db, input.username);
  if (!found) {
    await fail('unknown_user');
    throw badCredentials();
  }
  const { user, roles } = found;
  if (user.status !== 'active') {
    await fail('disabled', user);
    throw new AppError('INVALID_CREDENTIALS', '账号已停用，请联系系统管理员');
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    await fail('locked', user);
    throw lockedMessage(user.lockedUntil);
  }
  if (user.isDemo && !ctx.config.demo) {
    await fail('demo_account_outside_demo_mode', user);
    throw new AppError('INVALID_CREDENTIALS', '演示账号仅在演示模式下可用');
  }

  const registerFailure = async (reason: string): Promise<AppError> => {
    // Increment in SQL so concurrent wrong guesses cannot undercount.
    const lockedUntil = await db.transaction(async (tx) => {
      const [row] = await tx
        .update(users)
        .set({ failedLogins: sql`${users.failedLogins} + 1` })
        .where(eq(users.id, user.id))
        .returning({ failed: users.failedLogins });
      const failed = row?.failed ?? 1;
      const until = failed >= sec.lockoutThreshold ? new Date(now.getTime() + sec.lockoutMinutes * 60_000) : null;
      if (until) await tx.update(users).set({ failedLogins: 0, lockedUntil: until }).where(eq(users.id, user.id));
      await recordAudit(tx, actor(user), { action: 'auth.login', objectType: 'user', objectId: user.id, result: 'failure', details: { reason, failedAttempts: failed, locked: until !== null } });
      return until;
    });
    if (lockedUntil) return lockedMessage(lockedUntil);
    return reason === 'bad_totp' ? new AppError('TOTP_INVALID', '动态口令错误或已使用') : badCredentials();
  };

  if (!(await verifyPassword(input.password, user.passwordHash))) throw await registerFailure('bad_password');

  let totpStep: number | null = null;
  if (user.totpEnabled && user.totpSecretEnc) {
    if (!input.totp) throw new AppError('TOTP_REQUIRED', '请输入动态口令（6 位数字）', [{ field: 'totp', message: '请输入动态口令' }]);
    totpStep = acceptTotp(ctx.cipher.decrypt(user.totpSecretEnc), user.username, input.totp, now, user.totpLastStep);
    if (totpStep === null) throw await registerFailure('bad_totp');
  }

  const demoLogin = ctx.config.demo && user.isDemo;
  const stage = initialStage(user, roles, demoLogin, now, sec.passwordExpiryDays);
  return db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({
        failedLogins: 0,
        lockedUntil: null,
        previousLoginAt: user.lastLoginAt,
        previousLoginIp: user.lastLoginIp,
        lastLoginAt: now,
        lastLoginIp: meta.ip,
        ...(totpStep !== null ? { totpLastStep: totpStep } : {}),
      })
      .where(eq(users.id, user.id));
    const session = await createSession(tx, { userId: user.id, stage, ip: meta.ip, userAgent: meta.userAgent, now, config: ctx.config });
    await recordAudit(tx, actor(user), { action: 'auth.login', objectType: 'user', objectId: user.id, result: 'success', details: { stage, mfa: totpStep !== null } });
    return { userId: user.id, ...session, stage };
  });
}
