import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await t.login('staff');
  await t.anonymous().post('/api/v1/auth/login', { username: 'staff', password: 'wrong' });
  await t.login('leader');
});
afterAll(() => t.close());

describe('tamper-evident audit trail', () => {
  it('lists logins for the auditor with time, user, IP, action and result', async () => {
    const auditor = await t.login('auditor');
    const res = await auditor.get('/api/v1/audit-logs?action=auth.login&result=failure');
    expect(res.statusCode).toBe(200);
    expect(res.json().items[0]).toMatchObject({ username: 'staff', ip: '127.0.0.1', action: 'auth.login', result: 'failure' });
  });

  it('verifies an intact chain', async () => {
    const auditor = await t.login('auditor');
    const res = await auditor.post('/api/v1/audit-logs/verify');
    expect(res.json()).toMatchObject({ ok: true, firstBadId: null });
    expect(res.json().checked).toBeGreaterThanOrEqual(4);
  });

  it('refuses UPDATE and DELETE at the database', async () => {
    await expect(t.db.execute(sql`update audit_logs set username = 'x'`)).rejects.toThrow();
    await expect(t.db.execute(sql`delete from audit_logs`)).rejects.toThrow();
  });

  it('detects a row changed behind the database trigger', async () => {
    const [{ id }] = (await t.pool.query('select min(id) as id from audit_logs')).rows;
    await t.pool.query('alter table audit_logs disable trigger audit_logs_no_update');
    await t.pool.query(`update audit_logs set ip = '10.0.0.9' where id = $1`, [id]);
    await t.pool.query('alter table audit_logs enable trigger audit_logs_no_update');
    const auditor = await t.login('auditor');
    const res = (await auditor.post('/api/v1/audit-logs/verify')).json();
    expect(res.ok).toBe(false);
    expect(Number(res.firstBadId)).toBe(Number(id));
    expect(res.reason).toContain('篡改');
  });
});
