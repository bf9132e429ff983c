import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, clearAuthCookies, sessionCookieOptions } from '../../platform/auth/plugin';
import { csrfCookie, destroySession, type LoadedSession, loadSession, sessionCookie } from '../../platform/auth/sessions';
import { recordAudit } from '../../platform/audit/audit';
import type { AppContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { changeOwnPassword, disableTotp, enableTotp, startTotpSetup } from './account-service';
import { presentMe } from './presenter';
import { changePasswordBody, loginBody, loginResponse, meSchema, totpCodeBody, totpSetupResponse } from './schemas';
import { login } from './service';

const tags = ['认证'];
const statusOf = { full: 'ok', password_change: 'password_change_required', totp_enrolment: 'totp_enrolment_required' } as const;

export const authRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const session = (request: { session: LoadedSession | null }) => {
    if (!request.session) throw new AppError('UNAUTHENTICATED', '请先登录');
    return request.session;
  };
  const anyStage = { stages: ['password_change', 'totp_enrolment'] as ('password_change' | 'totp_enrolment')[] };

  app.post('/api/v1/auth/login', {
    config: { auth: 'public', rateLimit: { max: ctx.config.security.loginRatePerMinute, timeWindow: '1 minute' } },
    schema: { tags, summary: '登录', security: [], body: loginBody, response: { 200: loginResponse } },
  }, async (request, reply) => {
    const result = await login(ctx, request.body, { ip: request.ip, userAgent: request.headers['user-agent'] ?? null });
    reply.setCookie(sessionCookie, result.token, sessionCookieOptions(request, result.expiresAt, true));
    reply.setCookie(csrfCookie, result.csrfToken, sessionCookieOptions(request, result.expiresAt, false));
    const loaded = await loadSession(ctx.database.db, result.token, ctx.now(), ctx.config);
    if (loaded.state !== 'ok') throw new AppError('INTERNAL', '会话创建失败');
    return { status: statusOf[result.stage], me: await presentMe(ctx, loaded.session) };
  });

  app.post('/api/v1/auth/logout', {
    config: anyStage,
    schema: { tags, summary: '退出登录', response: { 204: z.null() } },
  }, async (request, reply) => {
    const s = session(request);
    await ctx.database.db.transaction(async (tx) => {
      await destroySession(tx, s.id);
      await recordAudit(tx, actorOf(request), { action: 'auth.logout', objectType: 'user', objectId: s.user.id });
    });
    clearAuthCookies(request, reply);
    return reply.status(204).send(null);
  });

  app.get('/api/v1/auth/me', {
    config: anyStage,
    schema: { tags, summary: '当前用户', response: { 200: meSchema } },
  }, async (request) => presentMe(ctx, session(request)));

  app.post('/api/v1/auth/password', {
    config: { ...anyStage, rateLimit: { max: ctx.config.security.loginRatePerMinute, timeWindow: '1 minute' } },
    schema: { tags, summary: '修改本人密码', body: changePasswordBody, response: { 204: z.null() } },
  }, async (request, reply) => {
    await changeOwnPassword(ctx, session(request), actorOf(request), request.body.currentPassword, request.body.newPassword);
    return reply.status(204).send(null);
  });

  app.post('/api/v1/auth/totp/setup', {
    config: { stages: ['totp_enrolment'] },
    schema: { tags, summary: '生成动态口令密钥', response: { 200: totpSetupResponse } },
  }, async (request) => startTotpSetup(ctx, session(request), actorOf(request)));

  app.post('/api/v1/auth/totp/enable', {
    config: { stages: ['totp_enrolment'], rateLimit: { max: ctx.config.security.loginRatePerMinute, timeWindow: '1 minute' } },
    schema: { tags, summary: '启用动态口令', body: totpCodeBody, response: { 204: z.null() } },
  }, async (request, reply) => {
    await enableTotp(ctx, session(request), actorOf(request), request.body.code);
    return reply.status(204).send(null);
  });

  app.post('/api/v1/auth/totp/disable', {
    schema: { tags, summary: '停用动态口令（非管理员）', body: totpCodeBody, response: { 204: z.null() } },
  }, async (request, reply) => {
    await disableTotp(ctx, session(request), actorOf(request), request.body.code);
    return reply.status(204).send(null);
  });
};
