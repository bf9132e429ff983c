import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLogs, enterpriseAnnualRevisions } from '../../../db/schema';
import { type Agent, createTestApp, type TestApp } from '../../../test/harness';
import { createEnterprise, figures, putYear } from './helpers';

let t: TestApp;
let staff: Agent;
beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(new Date('2026-06-15T10:00:00+08:00'));
  staff = await t.login('staff');
});
afterAll(() => t.close());

const revisionsOf = (id: string, year: number) =>
  t.db.select().from(enterpriseAnnualRevisions).where(and(eq(enterpriseAnnualRevisions.enterpriseId, id), eq(enterpriseAnnualRevisions.year, year)));

describe('annual data', () => {
  it('round-trips exact decimal strings, including the largest numeric(18,2) amount', async () => {
    const e = await createEnterprise(staff);
    const res = await putYear(staff, e.id, 2025, figures({ salesRevenue: '12345678.9', totalIncome: '9999999999999999.99', netAssets: '-150000.05' }));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ year: 2025, salesRevenue: '12345678.90', totalIncome: '9999999999999999.99', netAssets: '-150000.05', version: 1, enteredBy: { name: '李科员（演示）' } });
    const list = (await staff.get(`/api/v1/enterprises/${e.id}/annual-data`)).json();
    expect(list.items[0].salesRevenue).toBe('12345678.90');
  });

  it('refuses floats, three decimals and cross-field contradictions, naming the field', async () => {
    const e = await createEnterprise(staff);
    const float = await putYear(staff, e.id, 2025, { ...figures(), salesRevenue: 12345678.9 });
    expect(float.statusCode).toBe(400);
    expect(float.json().message).toMatch(/^销售收入：/);
    const cents = await putYear(staff, e.id, 2025, figures({ rdExpense: '1.001' }));
    expect(cents.json().message).toMatch(/^研发费用：/);
    const domestic = await putYear(staff, e.id, 2025, figures({ rdExpenseDomestic: '1800000.01' }));
    expect(domestic.statusCode).toBe(400);
    expect(domestic.json()).toMatchObject({ message: '境内研发费用：境内研发费用不能大于研发费用', details: [{ field: 'rdExpenseDomestic' }] });
    const future = await putYear(staff, e.id, 2027, figures());
    expect(future.json().message).toMatch(/^年度：/);
  });

  it('keeps every change as a revision, writes nothing for identical figures, and needs the current version', async () => {
    const e = await createEnterprise(staff);
    const first = (await putYear(staff, e.id, 2024, figures())).json();
    const again = await putYear(staff, e.id, 2024, { ...figures({ rdExpense: '1800000' }), version: first.version });
    expect(again.statusCode).toBe(200);
    expect(again.json().version).toBe(1);
    expect(await revisionsOf(e.id, 2024)).toHaveLength(1);
    const noVersion = await putYear(staff, e.id, 2024, figures({ rdExpense: '1900000.00' }));
    expect(noVersion.json().code).toBe('STALE_VERSION');
    const changed = await putYear(staff, e.id, 2024, { ...figures({ rdExpense: '1900000.00' }), version: 1 });
    expect(changed.json()).toMatchObject({ version: 2, rdExpense: '1900000.00' });
    const stale = await putYear(staff, e.id, 2024, { ...figures({ rdExpense: '2000000.00' }), version: 1 });
    expect(stale.statusCode).toBe(409);
    const history = (await staff.get(`/api/v1/enterprises/${e.id}/annual-data/2024/revisions`)).json();
    expect(history.items.map((r: { revision: number; figures: { rdExpense: string } }) => [r.revision, r.figures.rdExpense])).toEqual([[2, '1900000.00'], [1, '1800000.00']]);
    const audits = await t.db.select().from(auditLogs).where(and(eq(auditLogs.objectId, e.id), eq(auditLogs.action, 'enterprise.annual.update')));
    expect(audits).toHaveLength(1);
    expect(audits[0]?.details).toMatchObject({ year: 2024, before: { rdExpense: '1800000.00' }, after: { rdExpense: '1900000.00' } });
  });

  it('lets the enterprise user keep its own annual data', async () => {
    const ent = await t.login('enterprise');
    const mine = (await ent.get('/api/v1/enterprises')).json().items[0];
    const res = await putYear(ent, mine.id, 2025, { ...figures(), version: (await ent.get(`/api/v1/enterprises/${mine.id}`)).json().latestAnnual?.version });
    expect([200, 201]).toContain(res.statusCode);
    expect(res.json().enteredBy.name).toBe('陈经理（演示）');
  });
});

describe('diagnosis on the detail page', () => {
  it('says what is missing before any data is stored', async () => {
    const e = await createEnterprise(staff);
    const d = (await staff.get(`/api/v1/enterprises/${e.id}`)).json().diagnosis;
    expect(d).toMatchObject({ status: 'insufficient', asOf: '2026-06-15', result: null, missing: ['2025 年或之前完整会计年度的年度数据'] });
  });

  it('assesses 科小 and 高企 from the last three stored years and matches the public self-check', async () => {
    const e = await createEnterprise(staff);
    const rows = [
      figures({ salesRevenue: '18000000.00', totalIncome: '19000000.00', highTechIncome: '12350000.00', netAssets: '15000000.00' }),
      figures({ salesRevenue: '24000000.00', totalIncome: '25000000.00', highTechIncome: '16250000.00', netAssets: '20000000.00' }),
      figures(),
    ];
    for (const [i, f] of rows.entries()) await putYear(staff, e.id, 2023 + i, f);
    await putYear(staff, e.id, 2022, figures({ salesRevenue: '1.00' }));
    const d = (await staff.get(`/api/v1/enterprises/${e.id}`)).json().diagnosis;
    expect(d).toMatchObject({ status: 'ok', years: [2023, 2024, 2025] });
    expect(d.result.techSme).toMatchObject({ eligible: true, ratios: { techStaff: '20.00%', rdToSales: '6.00%' } });
    expect(d.result.hnte.conditionsMet).toBe(true);
    const publicCheck = await t.anonymous().post('/api/v1/public/diagnosis', {
      asOf: '2026-06-15', foundedOn: '2018-05-01', employees: 100, techStaff: 20,
      years: rows.map((f, i) => ({ year: 2023 + i, salesRevenue: f.salesRevenue, totalIncome: f.totalIncome, rdExpense: f.rdExpense, rdExpenseDomestic: f.rdExpenseDomestic, netAssets: f.netAssets, totalAssets: f.totalAssets, totalCost: f.totalCost, highTechIncome: f.highTechIncome, conversions: f.conversions })),
      ip: { class1: 1, class2: 6 }, hasCoreIp: true, inKeyTechField: true, seriousIncident: false, restrictedIndustry: false,
      direct: { validHnte: false, nationalAwardTop3: false, ministerialRdInstitution: false, ledStandard: false },
    });
    expect(publicCheck.statusCode, publicCheck.body).toBe(200);
    expect(d.result).toEqual(publicCheck.json());
  });
});
