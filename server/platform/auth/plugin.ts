import crypto from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { SessionStage } from '../../db/schema';
import type { Actor } from '../audit/audit';
import { buildScope, type Scope } from '../authz/scope';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { SessionCache } from './session-cache';
import { csrfCookie, csrfHeader, type LoadedSession, loadSession, sessionCookie, type SessionRowCache } from './sessions';

export type AuthMode = 'public' | 'session';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** 'public' routes need no session; default is 'session'. */
    auth?: AuthMode;
    /** Session stages besides 'full' that may call this route (password change, TOTP enrolment). */
    stages?: SessionStage[];
  }
  interface FastifyInstance {
    /** Recently read session rows (see session-cache.ts). */
    sessionCache: SessionRowCache;
  }
  interface FastifyRequest {
    session: LoadedSession | null;
    scope: Scope | null;
  }
}

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function sessionCookieOptions(request: FastifyRequest, expires: Date | undefined, httpOnly: boolean) {
  return {
    path: '/',
    httpOnly,
    sameSite: 'strict' as const,
    secure: request.protocol === 'https',
    expires,
  };
}

export function clearAuthCookies(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(sessionCookie, sessionCookieOptions(request, undefined, true));
  reply.clearCookie(csrfCookie, sessionCookieOptions(request, undefined, false));
}

/**
 * Resolves the session cookie into `request.session` and `request.scope` and enforces the
 * route's auth mode, the session stage and CSRF for cookie-authenticated writes.
 */
export function registerAuth(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('session', null);
  app.decorateRequest('scope', null);
  const cache: SessionRowCache = new SessionCache(ctx.database.pool.options, { log: (m) => app.log.warn(m) });
  // Caching starts once the listener is up; until then every request reads the database.
  app.decorate('sessionCache', cache);
  app.addHook('onReady', async () => {
    void cache.start();
  });
  app.addHook('onClose', () => cache.stop());
  // A write of this process (logout, a role or password change…) is visible to the very next
  // request here, before its notification has come round: drop every cached row once it is done.
  app.addHook('onSend', async (request) => {
    if (unsafeMethods.has(request.method)) cache.invalidate('*');
  });
  app.addHook('preHandler', async (request, reply) => {
    const mode = request.routeOptions.config?.auth ?? (!request.is404 && request.url.startsWith('/api/v1/') ? 'session' : 'public');
    const token = request.cookies[sessionCookie];
    if (token) {
      // Writes are authorised on the row as it is now, never on a cached one.
      const found = await loadSession(ctx.database.db, token, ctx.now(), ctx.config, cache, unsafeMethods.has(request.method));
      if (found.state === 'ok') {
        request.session = found.session;
        const u = found.session.user;
        request.scope = buildScope({
          userId: u.id,
          username: u.username,
          organisationId: u.organisationId,
          regionCode: u.regionCode,
          roles: u.roles,
        });
      } else {
        clearAuthCookies(request, reply);
        if (mode === 'session') {
          throw new AppError('SESSION_EXPIRED', found.state === 'expired' ? '会话已超时，请重新登录' : '请先登录');
        }
      }
    }
    if (mode === 'public') return;
    const session = request.session;
    if (!session) throw new AppError('UNAUTHENTICATED', '请先登录');
    if (unsafeMethods.has(request.method)) {
      const sent = request.headers[csrfHeader];
      const ok = typeof sent === 'string' && sent.length === session.csrfToken.length &&
        crypto.timingSafeEqual(Buffer.from(sent), Buffer.from(session.csrfToken));
      if (!ok) throw new AppError('CSRF_FAILED', '请求校验失败（CSRF），请刷新页面后重试');
    }
    if (session.stage !== 'full' && !request.routeOptions.config?.stages?.includes(session.stage)) {
      throw session.stage === 'password_change'
        ? new AppError('PASSWORD_CHANGE_REQUIRED', '请先修改初始密码或已过期的密码')
        : new AppError('TOTP_ENROLMENT_REQUIRED', '管理员账号须先绑定动态口令（TOTP）');
    }
  });
}

export function clientIp(request: FastifyRequest): string {
  return request.ip;
}

/** The actor for audit rows; anonymous requests are recorded with their IP only. */
export function actorOf(request: FastifyRequest): Actor {
  const user = request.session?.user;
  return {
    userId: user?.id ?? null,
    username: user?.username ?? null,
    ip: clientIp(request),
    regionCode: user?.regionCode ?? null,
  };
}

/** Scope of a route that requires a full session; the auth hook guarantees it is present. */
export function requireScope(request: FastifyRequest): Scope {
  if (!request.scope) throw new AppError('UNAUTHENTICATED', '请先登录');
  return request.scope;
}
