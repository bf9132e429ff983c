import { asc, gt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLogs } from '../../db/schema';
import { createTestApp, type TestApp } from '../../test/harness';
import { type Actor, recordAudit, recordAudits } from './audit';
import { verifyAuditChain } from './verify';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const actor: Actor = { userId: null, username: 'bulk-test', ip: '127.0.0.1', regionCode: '341522' };
const lastId = async () => (await t.db.select({ id: auditLogs.id }).from(auditLogs).orderBy(asc(auditLogs.id))).at(-1)?.id ?? 0;

describe('audit chain appends', () => {
  it('appends many entries in order, chained after the single appends around them', async () => {
    const from = await lastId();
    const entries = Array.from({ length: 12_001 }, (_, i) => ({
      action: 'test.bulk', objectType: 'thing', objectId: String(i),
      details: { i, name: `第${i}条`, nested: { z: 1, a: [i, null, '引号"与\\反斜杠'] }, skipped: undefined },
    }));
    await t.db.transaction(async (tx) => {
      await recordAudit(tx, actor, { action: 'test.single', details: { before: true } });
      await recordAudits(tx, actor, entries);
      await recordAudits(tx, actor, []);
      await recordAudit(tx, actor, { action: 'test.single', details: { after: true } });
    });
    const rows = await t.db.select().from(auditLogs).where(gt(auditLogs.id, from)).orderBy(asc(auditLogs.id));
    expect(rows.map((r) => r.action)).toEqual(['test.single', ...entries.map(() => 'test.bulk'), 'test.single']);
    expect(rows.slice(1, -1).map((r) => r.objectId)).toEqual(entries.map((e) => e.objectId));
    expect(rows[5]!.details).toEqual({ i: 4, name: '第4条', nested: { z: 1, a: [4, null, '引号"与\\反斜杠'] } });
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });
  });

  it('writes nothing when the transaction rolls back', async () => {
    const from = await lastId();
    await expect(t.db.transaction(async (tx) => {
      await recordAudits(tx, actor, [{ action: 'test.rolled-back' }, { action: 'test.rolled-back' }]);
      throw new Error('abort');
    })).rejects.toThrow('abort');
    expect(await lastId()).toBe(from);
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });
});
