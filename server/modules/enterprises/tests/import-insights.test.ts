import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLogs, enterpriseAnnualRevisions, enterprises, users } from '../../../db/schema';
import { buildScope, type Scope } from '../../../platform/authz/scope';
import type { Actor } from '../../../platform/audit/audit';
import { type Agent, createTestApp, type TestApp } from '../../../test/harness';
import { iterateEnterprises, upsertAnnualData, upsertEnterpriseByUscc } from '../import-export';
import { createEnterprise, figures, freshUscc, putYear } from './helpers';

let t: TestApp;
let staff: Agent;
let scope: Scope;
let actor: Actor;
beforeAll(async () => {
  t = await createTestApp();
  staff = await t.login('staff');
  const [u] = await t.db.select({ id: users.id, org: users.organisationId }).from(users).where(eq(users.username, 'staff'));
  scope = buildScope({ userId: u!.id, username: 'staff', organisationId: u!.org, regionCode: '341522', roles: ['staff'] });
  actor = { userId: u!.id, username: 'staff', ip: '127.0.0.1', regionCode: '341522' };
});
afterAll(() => t.close());

const audits = async () => (await t.db.select({ n: count() }).from(auditLogs))[0]!.n;

describe('import service functions', () => {
  it('upsert an enterprise by USCC idempotently', async () => {
    const row = { uscc: freshUscc().toLowerCase(), name: '导入测试科技有限公司', regionCode: '341522400', phone: '13911112222', tags: ['导入'] };
    const first = await t.db.transaction((tx) => upsertEnterpriseByUscc(tx, scope, actor, row, t.ctx));
    expect(first.action).toBe('created');
    const before = await audits();
    const again = await t.db.transaction((tx) => upsertEnterpriseByUscc(tx, scope, actor, row, t.ctx));
    expect(again).toEqual({ id: first.id, action: 'unchanged' });
    expect(await audits()).toBe(before);
    const changed = await t.db.transaction((tx) => upsertEnterpriseByUscc(tx, scope, actor, { ...row, address: '开发区 9 号' }, t.ctx));
    expect(changed.action).toBe('updated');
    const [stored] = await t.db.select().from(enterprises).where(eq(enterprises.id, first.id));
    expect(stored).toMatchObject({ address: '开发区 9 号', version: 2, tags: ['导入'] });
  });

  it('refuse invalid codes and another region\'s enterprise, and write nothing of a failed batch', async () => {
    await expect(t.db.transaction((tx) => upsertEnterpriseByUscc(tx, scope, actor, { uscc: '91341522MA2D00011', name: '某企业', regionCode: '341522' }, t.ctx)))
      .rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'uscc' }] });
    const [sibling] = await t.db.select({ uscc: enterprises.uscc }).from(enterprises).where(eq(enterprises.regionCode, '341523400')).limit(1);
    await expect(t.db.transaction((tx) => upsertEnterpriseByUscc(tx, scope, actor, { uscc: sibling!.uscc, name: '某企业', regionCode: '341522' }, t.ctx)))
      .rejects.toMatchObject({ code: 'DUPLICATE', message: '该统一社会信用代码的企业已在其他地区登记' });
    const uscc = freshUscc();
    await expect(t.db.transaction(async (tx) => {
      await upsertEnterpriseByUscc(tx, scope, actor, { uscc, name: '半途企业有限公司', regionCode: '341522' }, t.ctx);
      await upsertEnterpriseByUscc(tx, scope, actor, { uscc: freshUscc(), name: '坏行企业', regionCode: '999999' }, t.ctx);
    })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(await t.db.select().from(enterprises).where(eq(enterprises.uscc, uscc))).toEqual([]);
  });

  it('upsert annual figures idempotently, one revision per real change', async () => {
    const e = await createEnterprise(staff);
    const run = (f: ReturnType<typeof figures>) => t.db.transaction((tx) => upsertAnnualData(tx, scope, actor, e.id, 2024, f, t.ctx));
    expect((await run(figures())).action).toBe('created');
    expect((await run(figures({ salesRevenue: '30000000' }))).action).toBe('unchanged');
    expect((await run(figures({ conversions: 5 }))).action).toBe('updated');
    const revisions = await t.db.select().from(enterpriseAnnualRevisions).where(eq(enterpriseAnnualRevisions.enterpriseId, e.id));
    expect(revisions.map((r) => [r.revision, r.source])).toEqual([[1, 'import'], [2, 'import']]);
  });

  it('stream the filtered list in keyset batches, every row once', async () => {
    const total = (await staff.get('/api/v1/enterprises?pageSize=1&industry=C')).json().total;
    const seen: string[] = [];
    let batches = 0;
    for await (const batch of iterateEnterprises(t.db, scope, { industry: 'C' }, { batchSize: 17 })) {
      batches++;
      seen.push(...batch.map((r) => r.id));
      expect(batch.every((r) => r.industryCode !== null && Number(r.industryCode) >= 13 && Number(r.industryCode) <= 43)).toBe(true);
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect(batches).toBe(Math.ceil(total / 17) + (total % 17 === 0 ? 1 : 0));
  });
});

describe('发现一批 candidates', () => {
  it('lists demo enterprises close to 高企 or 科小 that do not hold that tier', async () => {
    const res = (await staff.get('/api/v1/enterprises/candidates?pageSize=200')).json();
    expect(res.total).toBeGreaterThan(5);
    for (const c of res.items) {
      if (c.target === 'hnte') {
        expect(c.enterprise.tiers).not.toContain('hnte');
        expect(['eligible', 'possible']).toContain(c.verdict);
      }
      expect(c.enterprise.regionCode.startsWith('341522')).toBe(true);
    }
    const onlySme = (await staff.get('/api/v1/enterprises/candidates?target=tech_sme&pageSize=200')).json();
    expect(onlySme.items.every((c: { target: string }) => c.target === 'tech_sme')).toBe(true);
  });

  it('drops an enterprise from the 高企 list once it holds a certificate', async () => {
    const e = await createEnterprise(staff, { foundedOn: '2015-01-01' });
    const year = new Date().getFullYear();
    const rows = [
      figures({ salesRevenue: '18000000.00', totalIncome: '19000000.00', highTechIncome: '12350000.00', netAssets: '15000000.00' }),
      figures({ salesRevenue: '24000000.00', totalIncome: '25000000.00', highTechIncome: '16250000.00', netAssets: '20000000.00' }),
      figures(),
    ];
    for (const [i, f] of rows.entries()) await putYear(staff, e.id, year - 3 + i, f);
    const ids = async () => (await staff.get('/api/v1/enterprises/candidates?target=hnte&pageSize=200')).json().items.map((c: { enterprise: { id: string } }) => c.enterprise.id);
    expect(await ids()).toContain(e.id);
    await staff.post(`/api/v1/enterprises/${e.id}/tiers`, { kind: 'hnte', number: `GR${year}34009999`.padEnd(14, '0'), issuedOn: `${year}-01-02` });
    expect(await ids()).not.toContain(e.id);
  });
});
