import crypto from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Role } from '../../../domain/roles';
import type { Db, DbOrTx } from '../../db/client';
import { organisations, sessions, type SessionStage, userRoles, users } from '../../db/schema';
import type { Config } from '../../config';
import { sm3Hex } from '../crypto/sm';
import type { SessionCache } from './session-cache';

export const sessionCookie = 'kejiju_sid';
export const csrfCookie = 'kejiju_csrf';
export const csrfHeader = 'x-csrf-token';

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  organisationId: string;
  organisationName: string;
  regionCode: string;
  roles: Role[];
  isDemo: boolean;
  totpEnabled: boolean;
  lastLoginAt: Date | null;
  lastLoginIp: string | null;
  status: 'active' | 'disabled';
}

export interface LoadedSession {
  id: string;
  csrfToken: string;
  stage: SessionStage;
  createdAt: Date;
  expiresAt: Date;
  user: SessionUser;
}

export async function createSession(
  tx: DbOrTx,
  input: { userId: string; stage: SessionStage; ip: string | null; userAgent: string | null; now: Date; config: Config },
): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = crypto.randomBytes(32).toString('base64url');
  const csrfToken = crypto.randomBytes(24).toString('base64url');
  const expiresAt = new Date(input.now.getTime() + input.config.security.sessionAbsoluteHours * 3_600_000);
  await tx.insert(sessions).values({
    id: sm3Hex(token),
    userId: input.userId,
    csrfToken,
    stage: input.stage,
    ip: input.ip,
    userAgent: input.userAgent?.slice(0, 300) ?? null,
    createdAt: input.now,
    lastSeenAt: input.now,
    expiresAt,
  });
  return { token, csrfToken, expiresAt };
}

export type SessionLookup = { state: 'ok'; session: LoadedSession } | { state: 'missing' | 'expired' };

/**
 * The session lookup runs on every signed-in request and PostgreSQL spent most of it planning
 * (EXPLAIN ANALYZE: 0.85 ms planning, 0.16 ms execution), so it is a named prepared statement:
 * planned once per connection (docs/BENCHMARKS.md, Findings). One per database handle.
 */
const lookups = new WeakMap<Db, ReturnType<typeof prepareLookup>>();
const prepareLookup = (db: Db) =>
  db
    .select({
      id: sessions.id,
      csrfToken: sessions.csrfToken,
      stage: sessions.stage,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      userId: users.id,
      username: users.username,
      displayName: users.displayName,
      organisationId: users.organisationId,
      organisationName: organisations.name,
      regionCode: organisations.regionCode,
      isDemo: users.isDemo,
      totpEnabled: users.totpEnabled,
      lastLoginAt: users.lastLoginAt,
      lastLoginIp: users.lastLoginIp,
      status: users.status,
      roles: sql<Role[]>`coalesce((select array_agg(${userRoles.role} order by ${userRoles.role}) from ${userRoles} where ${userRoles.userId} = ${users.id}), '{}')`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(sessions.id, sql.placeholder('id')))
    .prepare('session_lookup');

export type SessionRow = Awaited<ReturnType<ReturnType<typeof prepareLookup>['execute']>>[number];
export type SessionRowCache = SessionCache<SessionRow>;

function isOver(row: SessionRow, now: Date, config: Config): boolean {
  const idleMs = config.security.sessionIdleMinutes * 60_000;
  return row.status !== 'active' || now >= row.expiresAt || now.getTime() - row.lastSeenAt.getTime() >= idleMs;
}

/**
 * Loads a session by cookie token, enforcing the idle timeout and the absolute lifetime. With a
 * cache (see session-cache.ts) a recent row is reused unless `fresh`; a cached row that looks
 * over is read again, since another process may have touched it since.
 */
export async function loadSession(
  db: Db, token: string, now: Date, config: Config, cache?: SessionRowCache, fresh = false,
): Promise<SessionLookup> {
  const id = sm3Hex(token);
  let row = fresh ? undefined : cache?.get(id);
  if (row && isOver(row, now, config)) row = undefined;
  if (!row) {
    const ticket = cache?.ticket() ?? 0;
    let lookup = lookups.get(db);
    if (!lookup) lookups.set(db, (lookup = prepareLookup(db)));
    row = (await lookup.execute({ id }))[0];
    if (!row) return { state: 'missing' };
    if (isOver(row, now, config)) {
      cache?.delete(id);
      await db.delete(sessions).where(eq(sessions.id, id));
      return { state: 'expired' };
    }
    cache?.set(id, row, ticket);
  }
  // Touch at most every 15 s: enough precision for a 30-minute idle timeout, far fewer writes.
  if (now.getTime() - row.lastSeenAt.getTime() > 15_000) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
    row.lastSeenAt = now;
  }
  return {
    state: 'ok',
    session: {
      id: row.id,
      csrfToken: row.csrfToken,
      stage: row.stage,
      createdAt: row.createdAt,
      expiresAt: row.expiresAt,
      user: {
        id: row.userId,
        username: row.username,
        displayName: row.displayName,
        organisationId: row.organisationId,
        organisationName: row.organisationName,
        regionCode: row.regionCode,
        roles: row.roles,
        isDemo: row.isDemo,
        totpEnabled: row.totpEnabled,
        lastLoginAt: row.lastLoginAt,
        lastLoginIp: row.lastLoginIp,
        status: row.status,
      },
    },
  };
}

export async function destroySession(db: DbOrTx, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

export async function destroyUserSessions(db: DbOrTx, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

export async function setSessionStage(db: DbOrTx, sessionId: string, stage: SessionStage): Promise<void> {
  await db.update(sessions).set({ stage }).where(eq(sessions.id, sessionId));
}
