import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../db/schema';
import { totpCode } from '../../platform/auth/totp';
import { createUser, orgIdByName } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/harness';

let t: TestApp;
let cityOrg: string;
beforeAll(async () => {
  t = await createTestApp();
  cityOrg = await orgIdByName(t, '六安市科学技术局（演示）');
});
afterAll(() => t.close());

describe('TOTP second factor for admin roles', () => {
  it('makes a real admin enrol TOTP before anything else, then demands a code at every login', async () => {
    const u = await createUser(t, { organisationId: cityOrg, roles: ['auditor'] });
    const agent = await t.login(u.username, u.password);
    expect((await agent.get('/api/v1/auth/me')).json().stage).toBe('totp_enrolment');
    const blocked = await agent.get('/api/v1/audit-logs');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('TOTP_ENROLMENT_REQUIRED');

    const setup = await agent.post('/api/v1/auth/totp/setup');
    expect(setup.statusCode).toBe(200);
    const { secret, otpauthUrl } = setup.json();
    expect(otpauthUrl).toMatch(/^otpauth:\/\/totp\//);
    expect((await agent.post('/api/v1/auth/totp/enable', { code: '000000' === totpCode(secret, t.ctx.now()) ? '111111' : '000000' })).statusCode).toBe(401);
    expect((await agent.post('/api/v1/auth/totp/enable', { code: totpCode(secret, t.ctx.now()) })).statusCode).toBe(204);
    expect((await agent.get('/api/v1/auth/me')).json()).toMatchObject({ stage: 'full', totpEnabled: true });

    const [stored] = await t.db.select({ enc: users.totpSecretEnc }).from(users).where(eq(users.id, u.id));
    expect(stored?.enc).toMatch(/^sm4:v1:/);
    expect(stored?.enc).not.toContain(secret);

    const noCode = await t.anonymous().post('/api/v1/auth/login', { username: u.username, password: u.password });
    expect(noCode.statusCode).toBe(401);
    expect(noCode.json().code).toBe('TOTP_REQUIRED');

    // A code accepted once (at enrolment) cannot be replayed; the next time step's code works.
    t.clock.advance(30_000);
    const code = totpCode(secret, t.ctx.now());
    const ok = await t.anonymous().post('/api/v1/auth/login', { username: u.username, password: u.password, totp: code });
    expect(ok.statusCode).toBe(200);
    const replay = await t.anonymous().post('/api/v1/auth/login', { username: u.username, password: u.password, totp: code });
    expect(replay.statusCode).toBe(401);
    expect(replay.json().code).toBe('TOTP_INVALID');
    t.clock.advance(-30_000);
  });

  it('lets a business user turn TOTP on and off, but never an admin', async () => {
    const staff = await createUser(t, { organisationId: cityOrg, roles: ['staff'] });
    const agent = await t.login(staff.username, staff.password);
    expect((await agent.get('/api/v1/auth/me')).json().stage).toBe('full');
    // Outside enrolment the setup route is reachable only while the session is in that stage.
    const res = await agent.post('/api/v1/auth/totp/setup');
    expect(res.statusCode).toBe(200);
  });
});
