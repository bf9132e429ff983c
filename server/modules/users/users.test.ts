import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLogs, users } from '../../db/schema';
import { orgIdByName } from '../../test/factories';
import { type Agent, createTestApp, type TestApp } from '../../test/harness';

let t: TestApp;
let admin: Agent;
let security: Agent;
let countyOrg: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  security = await t.login('security');
  countyOrg = await orgIdByName(t, '霍邱县科学技术局（演示）');
});
afterAll(() => t.close());

const newUser = (over: Record<string, unknown> = {}) => ({
  username: `clerk${Math.floor(Math.random() * 1e6)}`,
  displayName: '新科员',
  organisationId: countyOrg,
  roles: ['staff'],
  mobile: '13912345678',
  initialPassword: 'Initial#2026x',
  ...over,
});

describe('account administration by the system administrator', () => {
  it('creates a user who must change the password at first login, with the mobile masked', async () => {
    const res = await admin.post('/api/v1/users', newUser());
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ mustChangePassword: true, mobileMasked: '139****5678', roles: ['staff'] });
    const [row] = await t.db.select({ enc: users.mobileEnc }).from(users).where(eq(users.id, res.json().id));
    expect(row?.enc).toMatch(/^sm4:v1:/);
    const [audit] = await t.db.select().from(auditLogs).where(eq(auditLogs.objectId, res.json().id));
    expect(JSON.stringify(audit?.details)).not.toContain('13912345678');
  });

  it('rejects a weak initial password naming the field', async () => {
    const res = await admin.post('/api/v1/users', newUser({ initialPassword: 'password' }));
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/^初始密码：/);
  });

  it('rejects a duplicate username with 409', async () => {
    const res = await admin.post('/api/v1/users', newUser({ username: 'STAFF' }));
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'DUPLICATE', message: '用户名已存在' });
  });

  it('detects concurrent edits through the version', async () => {
    const created = (await admin.post('/api/v1/users', newUser())).json();
    const first = await admin.patch(`/api/v1/users/${created.id}`, { version: created.version, displayName: '甲科员' });
    expect(first.statusCode).toBe(200);
    const second = await admin.patch(`/api/v1/users/${created.id}`, { version: created.version, displayName: '乙科员' });
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe('STALE_VERSION');
  });

  it('reveals a mobile number only with an audit row', async () => {
    const created = (await admin.post('/api/v1/users', newUser())).json();
    const res = await admin.post(`/api/v1/users/${created.id}/reveal-mobile`);
    expect(res.json()).toEqual({ mobile: '13912345678' });
    const [last] = await t.db.select().from(auditLogs).orderBy(desc(auditLogs.id)).limit(1);
    expect(last).toMatchObject({ action: 'personal_data.reveal', objectId: created.id, username: 'admin' });
  });
});

describe('separation of the three admin roles', () => {
  it('the system administrator cannot read audit logs', async () => {
    expect((await admin.get('/api/v1/audit-logs')).statusCode).toBe(403);
    expect((await admin.post('/api/v1/audit-logs/verify')).statusCode).toBe(403);
  });

  it('the system administrator cannot grant admin roles, nor change his own roles', async () => {
    const created = (await admin.post('/api/v1/users', newUser())).json();
    const grant = await admin.put(`/api/v1/users/${created.id}/roles`, { version: created.version, roles: ['auditor'] });
    expect(grant.statusCode).toBe(403);
    const me = (await admin.get('/api/v1/auth/me')).json();
    const self = await admin.put(`/api/v1/users/${me.id}/roles`, { version: 1, roles: ['sysadmin', 'auditor'] });
    expect(self.statusCode).toBe(403);
  });

  it('the security administrator grants admin roles to others but never to himself, and one account holds one admin role', async () => {
    const created = (await admin.post('/api/v1/users', newUser())).json();
    const ok = await security.put(`/api/v1/users/${created.id}/roles`, { version: created.version, roles: ['auditor'] });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().roles).toEqual(['auditor']);
    const mixed = await security.put(`/api/v1/users/${created.id}/roles`, { version: ok.json().version, roles: ['auditor', 'sysadmin'] });
    expect(mixed.statusCode).toBe(400);
    expect(mixed.json().message).toContain('不同账号');
    const me = (await security.get('/api/v1/auth/me')).json();
    expect((await security.put(`/api/v1/users/${me.id}/roles`, { version: 1, roles: ['secadmin', 'staff'] })).statusCode).toBe(403);
    const [audit] = await t.db.select().from(auditLogs).where(eq(auditLogs.action, 'user.roles')).orderBy(desc(auditLogs.id)).limit(1);
    expect(audit?.details).toMatchObject({ before: { roles: ['staff'] }, after: { roles: ['auditor'] } });
  });

  it('the auditor reads audit logs and nothing else', async () => {
    const auditor = await t.login('auditor');
    expect((await auditor.get('/api/v1/audit-logs')).statusCode).toBe(200);
    expect((await auditor.get('/api/v1/users')).statusCode).toBe(403);
    expect((await auditor.post('/api/v1/organisations', { name: '某单位', kind: 'bureau', regionCode: '341522' })).statusCode).toBe(403);
  });

  it('only the security administrator unlocks accounts', async () => {
    const created = (await admin.post('/api/v1/users', newUser())).json();
    await t.db.update(users).set({ lockedUntil: new Date(Date.now() + 3_600_000) }).where(eq(users.id, created.id));
    expect((await admin.post(`/api/v1/users/${created.id}/unlock`)).statusCode).toBe(403);
    const res = await security.post(`/api/v1/users/${created.id}/unlock`);
    expect(res.statusCode).toBe(200);
    expect(res.json().lockedUntil).toBeNull();
  });

  it('a password reset forces the user to change it at the next login', async () => {
    const created = (await admin.post('/api/v1/users', newUser())).json();
    expect((await admin.post(`/api/v1/users/${created.id}/reset-password`, { newPassword: 'Reset#Pass2026' })).statusCode).toBe(204);
    const login = await t.anonymous().post('/api/v1/auth/login', { username: created.username, password: 'Reset#Pass2026' });
    expect(login.json().status).toBe('password_change_required');
  });
});
