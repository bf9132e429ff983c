import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../db/schema';
import { createTestApp, type TestApp } from '../../test/harness';
import { type CachedSessionRow, SessionCache } from './session-cache';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await until(() => t.app.sessionCache.listening);
});
afterAll(() => t.close());

async function until(check: () => boolean | Promise<boolean>, ms = 5_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('signed-in requests with the session cache', () => {
  it('caches a session on its first read and keeps answering from it', async () => {
    const staff = await t.login('staff');
    const before = t.app.sessionCache.size;
    expect((await staff.get('/api/v1/auth/me')).statusCode).toBe(200);
    expect(t.app.sessionCache.size).toBe(before + 1);
    expect((await staff.get('/api/v1/auth/me')).json().username).toBe('staff');
  });

  it('refuses a cached session at once after logout, even with the old cookie', async () => {
    const member = await t.login('member');
    expect((await member.get('/api/v1/auth/me')).statusCode).toBe(200);
    expect((await member.post('/api/v1/auth/logout')).statusCode).toBeLessThan(300);
    expect((await member.get('/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('drops a cached session when the account is disabled behind the app’s back (another process, SQL)', async () => {
    const leader = await t.login('leader');
    expect((await leader.get('/api/v1/auth/me')).statusCode).toBe(200);
    await t.db.update(users).set({ status: 'disabled' }).where(eq(users.username, 'leader'));
    try {
      await until(async () => (await leader.get('/api/v1/auth/me')).statusCode === 401, 3_000);
    } finally {
      await t.db.update(users).set({ status: 'active' }).where(eq(users.username, 'leader'));
    }
  });

  it('shows a role change made by an administrator on the user’s very next read', async () => {
    const admin = await t.login('admin');
    const staff = await t.login('staff');
    expect((await staff.get('/api/v1/auth/me')).json().roles).toEqual(['staff']);
    const [row] = await t.db.select({ id: users.id, version: users.version }).from(users).where(eq(users.username, 'staff'));
    const res = await admin.put(`/api/v1/users/${row!.id}/roles`, { version: row!.version, roles: ['staff', 'leader'] });
    expect(res.statusCode).toBe(200);
    expect((await staff.get('/api/v1/auth/me')).json().roles).toEqual(['leader', 'staff']);
  });
});

describe('SessionCache', () => {
  const row = (userId: string, organisationId = 'o1'): CachedSessionRow => ({ userId, organisationId });

  it('caches nothing until its listener is up, and nothing once it is stopped', async () => {
    const cache = new SessionCache<CachedSessionRow>(t.pool.options);
    cache.set('s1', row('u1'), cache.ticket());
    expect(cache.get('s1')).toBeUndefined();
    await cache.start();
    expect(cache.listening).toBe(true);
    cache.set('s1', row('u1'), cache.ticket());
    expect(cache.get('s1')).toEqual(row('u1'));
    await cache.stop();
    expect(cache.get('s1')).toBeUndefined();
  });

  it('drops rows by session, user and organisation on notification, and everything on an unknown one', async () => {
    const cache = new SessionCache<CachedSessionRow>(t.pool.options);
    await cache.start();
    try {
      const fill = () => {
        cache.set('a', row('u1', 'o1'), cache.ticket());
        cache.set('b', row('u2', 'o1'), cache.ticket());
        cache.set('c', row('u3', 'o2'), cache.ticket());
      };
      fill();
      await t.pool.query(`select pg_notify('kejiju_auth', 'u:u2')`);
      await until(() => cache.get('b') === undefined);
      expect([cache.get('a'), cache.get('c')].every(Boolean)).toBe(true);
      cache.invalidate('o:o1');
      expect([cache.get('a'), cache.get('c')]).toEqual([undefined, row('u3', 'o2')]);
      cache.invalidate('s:c');
      expect(cache.size).toBe(0);
      fill();
      cache.invalidate('*');
      expect(cache.size).toBe(0);
    } finally {
      await cache.stop();
    }
  });

  it('does not store a row read before an invalidation, and forgets rows after the TTL', async () => {
    const cache = new SessionCache<CachedSessionRow>(t.pool.options, { ttlMs: 1_000 });
    await cache.start();
    try {
      const ticket = cache.ticket();
      cache.invalidate('u:u1');
      cache.set('a', row('u1'), ticket);
      expect(cache.get('a')).toBeUndefined();
      cache.set('a', row('u1'), cache.ticket(), 10_000);
      expect(cache.get('a', 10_999)).toBeDefined();
      expect(cache.get('a', 11_000)).toBeUndefined();
    } finally {
      await cache.stop();
    }
  });
});
