import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLogs, users } from '../../db/schema';
import { orgIdByName, createUser, strongPassword } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/harness';

let t: TestApp;
let countyOrg: string;
beforeAll(async () => {
  t = await createTestApp();
  countyOrg = await orgIdByName(t, '霍邱县科学技术局（演示）');
});
afterAll(() => t.close());

const loginRaw = (username: string, password: string, totp?: string) =>
  t.anonymous().post('/api/v1/auth/login', { username, password, ...(totp ? { totp } : {}) });

describe('login with a demo account in demo mode', () => {
  it('signs in with the password alone, sets HttpOnly strict cookies and returns the user', async () => {
    const res = await loginRaw('staff', 'Kejiju#2026');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.status).toBe('ok');
    expect(body.me).toMatchObject({ username: 'staff', roles: ['staff'], isDemo: true, demoMode: true, stage: 'full' });
    expect(body.me.organisation.regionName).toContain('霍邱县');
    const sid = res.cookies.find((c) => c.name === 'kejiju_sid');
    expect(sid).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(res.cookies.find((c) => c.name === 'kejiju_csrf')?.httpOnly).toBeFalsy();
  });

  it('shows the previous login time and IP on the next login', async () => {
    await loginRaw('leader', 'Kejiju#2026');
    const second = await loginRaw('leader', 'Kejiju#2026');
    expect(second.json().me.previousLoginAt).not.toBeNull();
    expect(second.json().me.previousLoginIp).toBe('127.0.0.1');
  });

  it('refuses a wrong password with a Chinese message and records the failure in the audit log', async () => {
    const res = await loginRaw('member', 'wrong-password');
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ code: 'INVALID_CREDENTIALS', message: '用户名或密码错误' });
    const [last] = await t.db.select().from(auditLogs).orderBy(desc(auditLogs.id)).limit(1);
    expect(last).toMatchObject({ action: 'auth.login', result: 'failure', username: 'member' });
  });

  it('names the missing field when the body is incomplete', async () => {
    const res = await t.anonymous().post('/api/v1/auth/login', { username: 'staff' });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('VALIDATION_FAILED');
    expect(res.json().message).toContain('密码');
  });
});

describe('lockout', () => {
  it('locks the account after 5 failures for 30 minutes, even for the right password', async () => {
    const u = await createUser(t, { organisationId: countyOrg, roles: ['staff'] });
    for (let i = 0; i < 4; i++) expect((await loginRaw(u.username, 'Nope#12345')).statusCode).toBe(401);
    const fifth = await loginRaw(u.username, 'Nope#12345');
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().code).toBe('ACCOUNT_LOCKED');
    expect((await loginRaw(u.username, u.password)).statusCode).toBe(423);
    t.clock.advance(31 * 60_000);
    expect((await loginRaw(u.username, u.password)).statusCode).toBe(200);
    t.clock.advance(-31 * 60_000);
  });
});

describe('sessions', () => {
  it('ends a session idle for 30 minutes', async () => {
    const agent = await t.login('staff');
    expect((await agent.get('/api/v1/auth/me')).statusCode).toBe(200);
    t.clock.advance(29 * 60_000);
    expect((await agent.get('/api/v1/auth/me')).statusCode).toBe(200);
    t.clock.advance(30 * 60_000 + 1000);
    const res = await agent.get('/api/v1/auth/me');
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('SESSION_EXPIRED');
    t.clock.advance(-(59 * 60_000 + 1000));
  });

  it('ends an active session after its 12-hour absolute lifetime', async () => {
    const agent = await t.login('staff');
    let moved = 0;
    for (let i = 0; i < 12 * 3; i++) {
      t.clock.advance(20 * 60_000);
      moved += 20 * 60_000;
      const res = await agent.get('/api/v1/auth/me');
      if (moved < 12 * 3_600_000) expect(res.statusCode).toBe(200);
      else expect(res.json().code).toBe('SESSION_EXPIRED');
    }
    t.clock.advance(-moved);
  });

  it('requires the CSRF header on cookie-authenticated writes', async () => {
    const agent = await t.login('staff');
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: agent.cookie } });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('CSRF_FAILED');
    expect((await agent.post('/api/v1/auth/logout')).statusCode).toBe(204);
    expect((await agent.get('/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('refuses API calls without a session', async () => {
    const res = await t.anonymous().get('/api/v1/auth/me');
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ code: 'UNAUTHENTICATED', message: '请先登录' });
  });
});

describe('password policy', () => {
  it('forces an initial password change before anything else and enforces the policy and history', async () => {
    const u = await createUser(t, { organisationId: countyOrg, roles: ['staff'], mustChangePassword: true });
    const first = await loginRaw(u.username, u.password);
    expect(first.json().status).toBe('password_change_required');
    const agent = await t.login(u.username, u.password);
    const blocked = await agent.get('/api/v1/regions');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('PASSWORD_CHANGE_REQUIRED');

    const weak = await agent.post('/api/v1/auth/password', { currentPassword: u.password, newPassword: 'abcdefgh' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().message).toContain('至少三类');

    const passwords = ['Second#Pass1', 'Third#Pass22', 'Fourth#Pass3', 'Fifth#Pass44', 'Sixth#Pass55'];
    let current = u.password;
    for (const next of passwords) {
      const ok = await agent.post('/api/v1/auth/password', { currentPassword: current, newPassword: next });
      expect(ok.statusCode).toBe(204);
      current = next;
    }
    expect((await agent.get('/api/v1/auth/me')).json().stage).toBe('full');
    const reused = await agent.post('/api/v1/auth/password', { currentPassword: current, newPassword: passwords[1] });
    expect(reused.statusCode).toBe(400);
    expect(reused.json().message).toContain('最近 5 次');
    // The original password is now six changes old and may be used again.
    const old = await agent.post('/api/v1/auth/password', { currentPassword: current, newPassword: strongPassword });
    expect(old.statusCode).toBe(204);
  });

  it('requires a change when the password is older than 90 days', async () => {
    const u = await createUser(t, { organisationId: countyOrg, roles: ['staff'], passwordChangedAt: new Date(Date.now() - 91 * 86_400_000) });
    expect((await loginRaw(u.username, u.password)).json().status).toBe('password_change_required');
  });
});

describe('demo accounts outside demo mode', () => {
  it('cannot log in when demo mode is off', async () => {
    const prod = await createTestApp({ demo: false });
    try {
      const res = await prod.anonymous().post('/api/v1/auth/login', { username: 'staff', password: 'Kejiju#2026' });
      expect(res.statusCode).toBe(401);
      expect(res.json().message).toBe('演示账号仅在演示模式下可用');
    } finally {
      await prod.close();
    }
  });
});

describe('audit of logins', () => {
  it('records successful logins with user and IP', async () => {
    await t.login('expert');
    const [row] = await t.db.select().from(auditLogs).where(eq(auditLogs.username, 'expert')).orderBy(desc(auditLogs.id)).limit(1);
    expect(row).toMatchObject({ action: 'auth.login', result: 'success', ip: '127.0.0.1' });
    const [u] = await t.db.select({ failed: users.failedLogins }).from(users).where(eq(users.username, 'expert'));
    expect(u?.failed).toBe(0);
  });
});
