import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnnualFigures } from '../../../../domain/enterprise/annual';
import { enterprises, users } from '../../../db/schema';
import { buildScope, type Scope } from '../../../platform/authz/scope';
import { type Agent, createTestApp, type TestApp } from '../../../test/harness';
import { housekeeping } from '../../../platform/jobs/housekeeping';
import { candidacyList } from '../insights/candidacy-store';
import { keptIsCurrent } from '../insights/kept-current';
import { listCandidates, listReminders } from '../insights/service';
import { createEnterprise, figures, putYear } from './helpers';
import { candidateShape, expectedCandidates, expectedReminders, listedCandidates, listedReminders, reminderShape } from './insights-reference';

/**
 * The reminder and candidate lists read a region in chunks, after SQL pre-filters that must only
 * drop enterprises the rules would drop too. Fixtures sit on each boundary those filters test;
 * every list is compared with the rules applied to every enterprise without any pre-filter.
 */
let t: TestApp;
let staff: Agent;
let scope: Scope;
const fixtureIds: string[] = [];
let serial = 0;

async function at(day: string) {
  t.clock.set(new Date(`${day}T10:00:00+08:00`));
  staff = await t.login('staff');
}

type Tier = { kind: 'hnte'; issuedOn: string } | { kind: 'tech_sme'; year: number };
interface Fixture { master?: Record<string, unknown>; years?: Record<number, Partial<AnnualFigures>>; tiers?: Tier[]; filed?: number[] }
const threeYears = (over: Partial<AnnualFigures> = {}) => ({ 2023: over, 2024: over, 2025: over });
/** Three growing years that put the enterprise close to 高企 (a possible verdict); `over` changes the latest. */
const growing = (over: Partial<AnnualFigures> = {}) => ({
  2023: { salesRevenue: '18000000.00', totalIncome: '19000000.00', highTechIncome: '12350000.00', netAssets: '15000000.00' },
  2024: { salesRevenue: '24000000.00', totalIncome: '25000000.00', highTechIncome: '16250000.00', netAssets: '20000000.00' },
  2025: over,
});

async function fixture(name: string, f: Fixture) {
  const e = await createEnterprise(staff, { name: `${name}有限公司`, ...f.master });
  for (const [year, over] of Object.entries(f.years ?? threeYears())) expect((await putYear(staff, e.id, Number(year), figures(over))).statusCode).toBe(201);
  for (const tier of f.tiers ?? []) {
    const body = tier.kind === 'hnte' ? { ...tier, number: `GR${tier.issuedOn.slice(0, 4)}34${String(++serial).padStart(6, '0')}` } : tier;
    expect((await staff.post(`/api/v1/enterprises/${e.id}/tiers`, body)).statusCode).toBe(201);
  }
  for (const y of f.filed ?? []) expect((await staff.post(`/api/v1/enterprises/${e.id}/hnte-reports`, { reportYear: y, filedOn: `${y + 1}-05-01` })).statusCode).toBe(201);
  fixtureIds.push(e.id);
}

const candidateFixtures: Record<string, Fixture> = {
  边界高企可能: { years: growing() },
  边界科技人员恰为一成: { years: growing({ techStaff: 10 }) },
  边界科技人员不足一成: { years: growing({ techStaff: 49, employees: 495 }) },
  边界高新收入恰为六成: { years: growing({ highTechIncome: '18600000.00' }) },
  边界高新收入差一分: { years: growing({ highTechIncome: '18599999.99' }) },
  边界职工恰五百: { years: threeYears({ employees: 500, techStaff: 100 }) },
  边界职工五百零一: { years: threeYears({ employees: 501, techStaff: 101 }) },
  边界销售恰两亿: { years: threeYears({ salesRevenue: '200000000.00', totalIncome: '200000000.00', rdExpense: '12000000.00', rdExpenseDomestic: '12000000.00' }) },
  边界销售超两亿: { years: threeYears({ salesRevenue: '200000000.01', totalIncome: '200000000.01', rdExpense: '12000000.00', rdExpenseDomestic: '12000000.00' }) },
  边界资产恰两亿: { years: threeYears({ totalAssets: '200000000.00' }) },
  边界资产超两亿: { years: threeYears({ totalAssets: '200000000.01' }) },
  边界科小恰六十分: { years: threeYears({ rdExpense: '1200000.00', rdExpenseDomestic: '1200000.00', ipClass1: 0, ipClass2: 3 }) },
  边界科小五十八分: { years: threeYears({ techStaff: 25, rdExpense: '1200000.00', rdExpenseDomestic: '1200000.00', ipClass1: 0, ipClass2: 2 }) },
  边界研发差一分: { years: threeYears({ rdExpense: '1199999.99', rdExpenseDomestic: '1199999.99', ipClass1: 0, ipClass2: 3 }) },
  边界限制行业: { master: { industryCode: '51' } },
  边界成立恰一年: { master: { foundedOn: '2025-06-15' }, years: { 2025: {} } },
  边界成立差一天: { master: { foundedOn: '2025-06-16' }, years: { 2025: {} } },
  边界高企成立恰一年: { master: { foundedOn: '2025-06-15' }, years: { 2025: { conversions: 5 } } },
  边界高企成立差一天: { master: { foundedOn: '2025-06-16' }, years: { 2025: { conversions: 5 } } },
  边界无技术领域: { master: { hnteFieldCode: null }, years: growing() },
  边界无成立日期: { master: { foundedOn: null } },
  边界只有旧年度: { years: { 2022: {}, 2023: {} } },
  边界本年度不计: { years: { 2024: {}, 2026: { techStaff: 0 } } },
  边界成立前年度: { master: { foundedOn: '2024-03-01' }, years: { 2022: { techStaff: 0 }, 2023: {}, 2024: {}, 2025: {} } },
  边界年度有缺口: { years: { 2023: { techStaff: 0 }, 2025: {} } },
  边界持证高企: { years: threeYears({ techStaff: 5 }), tiers: [{ kind: 'hnte', issuedOn: '2024-01-10' }] },
  边界本年已入库: { years: growing(), tiers: [{ kind: 'tech_sme', year: 2026 }] },
};

const reminderFixtures: Record<string, Fixture> = {
  提醒到期恰在窗口: { tiers: [{ kind: 'hnte', issuedOn: '2023-09-15' }], filed: [2023, 2024, 2025] },
  提醒到期窗口外一天: { tiers: [{ kind: 'hnte', issuedOn: '2023-09-16' }], filed: [2023, 2024, 2025] },
  提醒到期恰一年: { tiers: [{ kind: 'hnte', issuedOn: '2022-06-15' }], filed: [2022, 2023] },
  提醒到期超一年: { tiers: [{ kind: 'hnte', issuedOn: '2022-06-14' }], filed: [2022, 2023] },
  提醒本年发证: { tiers: [{ kind: 'hnte', issuedOn: '2026-02-01' }] },
  提醒去年发证未报: { tiers: [{ kind: 'hnte', issuedOn: '2025-03-01' }] },
  提醒去年发证已报: { tiers: [{ kind: 'hnte', issuedOn: '2025-03-01' }], filed: [2025] },
  提醒科小未续: { tiers: [{ kind: 'tech_sme', year: 2025 }] },
  提醒科小已续: { tiers: [{ kind: 'tech_sme', year: 2025 }, { kind: 'tech_sme', year: 2026 }] },
  提醒科小前年: { tiers: [{ kind: 'tech_sme', year: 2024 }] },
};

beforeAll(async () => {
  // Every date change signs in again (sessions end when the clock jumps).
  t = await createTestApp({}, { loginRatePerMinute: 10_000 });
  await at('2026-06-15');
  for (const [name, f] of Object.entries({ ...candidateFixtures, ...reminderFixtures })) await fixture(name, f);
  const [u] = await t.db.select({ id: users.id, org: users.organisationId }).from(users).where(eq(users.username, 'staff'));
  scope = buildScope({ userId: u!.id, username: 'staff', organisationId: u!.org, regionCode: '341522', roles: ['staff'] });
}, 120_000);
afterAll(() => t.close());

describe('reminders over a whole region', () => {
  it.each([
    ['2026-06-15', 'months=3'], ['2026-06-15', 'months=1'], ['2026-06-15', 'months=12'], ['2026-06-15', 'months=3&kind=hnte_expiring'],
    ['2026-06-15', 'months=3&kind=hnte_report_missed'], ['2026-06-15', 'months=3&kind=tech_sme_not_renewed'],
    ['2026-03-01', 'months=3'], ['2026-03-01', 'months=1'], ['2026-03-01', 'months=3&kind=hnte_report_due'], ['2027-01-10', 'months=36'],
  ])('on %s with %s are exactly what the rule gives for every enterprise', async (day, query) => {
    await at(day);
    const q = new URLSearchParams(query);
    const expected = await expectedReminders(t.db, '341522', day, Number(q.get('months')), (q.get('kind') ?? undefined) as never);
    expect(await listedReminders(staff, query)).toEqual({ items: expected, total: expected.length });
    expect(expected.some((r) => fixtureIds.includes(r.enterpriseId))).toBe(true);
  });

  it('give the same pages in chunks of three as in one chunk', async () => {
    await at('2026-06-15');
    for (const page of [1, 2, 5]) {
      const q = { page, pageSize: 7, months: 12 };
      const chunked = await listReminders(t.ctx, scope, q, { chunkSize: 3 });
      const whole = (await staff.get(`/api/v1/enterprises/reminders?page=${page}&pageSize=7&months=12`)).json();
      expect({ ...chunked, items: chunked.items.map(reminderShape) }).toEqual({ ...whole, items: whole.items.map(reminderShape) });
      expect(chunked.items).toHaveLength(7);
    }
  });
});

describe('发现一批 over a whole region', () => {
  it.each([['2026-06-15', ''], ['2026-06-15', 'target=hnte'], ['2026-06-15', 'target=tech_sme'], ['2027-01-10', '']])(
    'on %s with %s are exactly what the rule gives for every enterprise', async (day, query) => {
      await at(day);
      const target = new URLSearchParams(query).get('target') ?? undefined;
      const expected = await expectedCandidates(t.db, '341522', day, target as never);
      const listed = await listedCandidates(staff, query);
      expect({ items: listed.items, total: listed.total }).toEqual({ items: expected, total: expected.length });
      expect(expected.some((c) => fixtureIds.includes(c.id))).toBe(true);
    });

  it('give the same pages in chunks of three as in one chunk', async () => {
    await at('2026-06-15');
    for (const page of [1, 2, 4]) {
      const chunked = await listCandidates(t.ctx, scope, { page, pageSize: 7 }, { chunkSize: 3 });
      const whole = (await staff.get(`/api/v1/enterprises/candidates?page=${page}&pageSize=7`)).json();
      expect({ ...chunked, items: chunked.items.map(candidateShape) }).toEqual({ ...whole, items: whole.items.map(candidateShape) });
      expect(chunked.items).toHaveLength(7);
      expect(chunked.items.every((c) => c.enterprise.regionCode.startsWith('341522'))).toBe(true);
    }
  });
});

describe('发现一批 kept between requests', () => {
  it('follows every change at once: new figures, a 高企 certificate, a new name', async () => {
    await at('2026-06-15');
    const listedNow = async () => {
      const expected = await expectedCandidates(t.db, '341522', '2026-06-15');
      const listed = await listedCandidates(staff);
      expect({ items: listed.items, total: listed.total }).toEqual({ items: expected, total: expected.length });
      return listed.items.filter((c) => c.id === e.id).map((c) => c.target);
    };
    const e = await createEnterprise(staff, { name: '跟踪变化测试有限公司' });
    expect(await listedNow()).toEqual([]);
    for (const [year, over] of Object.entries(growing())) expect((await putYear(staff, e.id, Number(year), figures(over))).statusCode).toBe(201);
    expect(await listedNow()).toContain('hnte');
    const renamed = await staff.patch(`/api/v1/enterprises/${e.id}`, { version: e.version, name: '啊跟踪变化测试有限公司' });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(await listedNow()).toContain('hnte');
    const tier = await staff.post(`/api/v1/enterprises/${e.id}/tiers`, { kind: 'hnte', issuedOn: '2026-01-10', number: 'GR202634999001' });
    expect(tier.statusCode, tier.body).toBe(201);
    expect(await listedNow()).not.toContain('hnte');
  });

  it('到期提醒 follow new tiers and a filed report at once', async () => {
    await at('2026-06-15');
    const e = await createEnterprise(staff, { name: '提醒跟踪测试有限公司' });
    const kindsNow = async () => {
      const expected = await expectedReminders(t.db, '341522', '2026-06-15', 12);
      expect(await listedReminders(staff, 'months=12')).toEqual({ items: expected, total: expected.length });
      return expected.filter((r) => r.enterpriseId === e.id).map((r) => r.kind);
    };
    expect(await kindsNow()).toEqual([]);
    expect((await staff.post(`/api/v1/enterprises/${e.id}/tiers`, { kind: 'tech_sme', year: 2025 })).statusCode).toBe(201);
    expect(await kindsNow()).toEqual(['tech_sme_not_renewed']);
    expect((await staff.post(`/api/v1/enterprises/${e.id}/tiers`, { kind: 'tech_sme', year: 2026 })).statusCode).toBe(201);
    expect(await kindsNow()).toEqual([]);
    expect((await staff.post(`/api/v1/enterprises/${e.id}/tiers`, { kind: 'hnte', issuedOn: '2025-03-01', number: 'GR202534999002' })).statusCode).toBe(201);
    expect(await kindsNow()).toContain('hnte_report_missed');
    expect((await staff.post(`/api/v1/enterprises/${e.id}/hnte-reports`, { reportYear: 2025, filedOn: '2026-06-15' })).statusCode).toBe(201);
    expect(await kindsNow()).not.toContain('hnte_report_missed');
  });

  it('never lose a change committed while a refresh runs', async () => {
    await at('2026-06-15');
    const e = await createEnterprise(staff, { name: '并发变化测试有限公司' });
    for (const [year, over] of Object.entries(growing())) expect((await putYear(staff, e.id, Number(year), figures(over))).statusCode).toBe(201);
    // The enterprise is recorded as changed; a writer now removes its figures and has not committed
    // when a reader's refresh claims the recorded change and recomputes from the old figures.
    const writer = await t.pool.connect();
    try {
      await writer.query('begin');
      await writer.query('delete from enterprise_annual_data where enterprise_id = $1', [e.id]);
      const during = await listCandidates(t.ctx, scope, { page: 1, pageSize: 200 });
      expect(during.items.some((c) => c.enterprise.id === e.id)).toBe(true);
      await writer.query('commit');
    } finally {
      writer.release();
    }
    const after = await listCandidates(t.ctx, scope, { page: 1, pageSize: 200 });
    expect(after.items.some((c) => c.enterprise.id === e.id)).toBe(false);
  });

  it('are read without the refresh lock while current, and recomputed after a change, a new day or new rules', async () => {
    await at('2026-06-17');
    await listCandidates(t.ctx, scope, { page: 1, pageSize: 20 });
    expect(await keptIsCurrent(t.db, candidacyList, '2026-06-17')).toBe(true);
    expect(await keptIsCurrent(t.db, candidacyList, '2026-06-18')).toBe(false);
    expect(await keptIsCurrent(t.db, { ...candidacyList, rules: `${candidacyList.rules}-next` }, '2026-06-17')).toBe(false);
    // A refresh elsewhere holds the list's lock: a reader of the current list does not wait for it.
    const holder = await t.pool.connect();
    try {
      await holder.query('begin');
      await holder.query(`select pg_advisory_xact_lock(hashtext('kejiju.kept.${candidacyList.name}'))`);
      const read = listCandidates(t.ctx, scope, { page: 1, pageSize: 20 }).then(() => 'read');
      const waited = new Promise((resolve) => setTimeout(() => resolve('waited for the lock'), 5000));
      expect(await Promise.race([read, waited])).toBe('read');
    } finally {
      await holder.query('rollback');
      holder.release();
    }
    const e = await createEnterprise(staff, { name: '当前判断测试有限公司' });
    for (const [year, over] of Object.entries(growing())) expect((await putYear(staff, e.id, Number(year), figures(over))).statusCode).toBe(201);
    expect(await keptIsCurrent(t.db, candidacyList, '2026-06-17')).toBe(false);
    const listed = await listCandidates(t.ctx, scope, { page: 1, pageSize: 200 });
    expect(listed.items.some((c) => c.enterprise.id === e.id)).toBe(true);
    expect(await keptIsCurrent(t.db, candidacyList, '2026-06-17')).toBe(true);
  });

  it('are brought up to date by the periodic housekeeping, for a new day too', async () => {
    await at('2026-06-16');
    const e = await createEnterprise(staff, { name: '后台更新测试有限公司' });
    for (const [year, over] of Object.entries(growing())) expect((await putYear(staff, e.id, Number(year), figures(over))).statusCode).toBe(201);
    await housekeeping(t.ctx);
    const kept = await t.pool.query(`select (select array_agg(name || ' ' || as_of order by name) from enterprise_kept_state) as state,
      (select count(*)::int from enterprise_candidacy_changes) + (select count(*)::int from enterprise_reminder_changes) as changed,
      (select count(*)::int from enterprise_candidacies where enterprise_id = $1) as mine`, [e.id]);
    const expected = (await expectedCandidates(t.db, '341522', '2026-06-16')).filter((c) => c.id === e.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(kept.rows[0]).toEqual({ state: ['candidacies 2026-06-16', 'reminders 2026-06-16'], changed: 0, mine: expected.length });
  });
});

describe('the boundary fixtures', () => {
  const names = async (rows: Array<{ id?: string; enterpriseId?: string }>) => {
    const ids = rows.map((r) => r.id ?? r.enterpriseId!);
    const found = await t.db.select({ id: enterprises.id, name: enterprises.name }).from(enterprises).where(inArray(enterprises.id, ids.length ? ids : fixtureIds));
    return new Set(found.filter((f) => ids.includes(f.id)).map((f) => f.name.replace('有限公司', '')));
  };

  it('fall on both sides of each condition the SQL checks', async () => {
    await at('2026-06-15');
    const hnte = await names((await listedCandidates(staff, 'target=hnte')).items);
    expect([...hnte].filter((n) => n.startsWith('边界')).sort()).toEqual(['边界本年已入库', '边界高企可能', '边界高企成立恰一年', '边界高新收入恰为六成', '边界科技人员恰为一成'].sort());
    const sme = await names((await listedCandidates(staff, 'target=tech_sme')).items);
    for (const n of ['边界职工恰五百', '边界销售恰两亿', '边界资产恰两亿', '边界科小恰六十分', '边界持证高企', '边界科技人员恰为一成', '边界成立恰一年', '边界只有旧年度', '边界本年度不计']) expect(sme, n).toContain(n);
    for (const n of ['边界职工五百零一', '边界销售超两亿', '边界资产超两亿', '边界科小五十八分', '边界研发差一分', '边界限制行业', '边界本年已入库', '边界科技人员不足一成', '边界无成立日期']) expect(sme, n).not.toContain(n);
    const expiring = await names((await listedReminders(staff, 'months=3&kind=hnte_expiring')).items);
    expect([...expiring].filter((n) => n.startsWith('提醒'))).toEqual(['提醒到期恰在窗口']);
    const missed = await names((await listedReminders(staff, 'months=3&kind=hnte_report_missed')).items);
    for (const n of ['提醒到期恰一年', '提醒去年发证未报']) expect(missed, n).toContain(n);
    for (const n of ['提醒到期超一年', '提醒去年发证已报', '提醒本年发证', '提醒到期恰在窗口']) expect(missed, n).not.toContain(n);
    const lapsed = await names((await listedReminders(staff, 'months=3&kind=tech_sme_not_renewed')).items);
    expect([...lapsed].filter((n) => n.startsWith('提醒'))).toEqual(['提醒科小未续']);
  });
});

describe('scope', () => {
  const regionsOf = async (ids: string[]) =>
    (await t.db.select({ regionCode: enterprises.regionCode }).from(enterprises).where(inArray(enterprises.id, [...new Set(ids)]))).map((r) => r.regionCode);

  it('another county sees none of this county\'s enterprises, the city sees both', async () => {
    await at('2026-06-15');
    const staff2 = await t.login('staff2');
    const reminders2 = await listedReminders(staff2, 'months=36');
    const candidates2 = await listedCandidates(staff2);
    expect(reminders2.total + candidates2.total).toBeGreaterThan(0);
    expect((await regionsOf(reminders2.items.map((r) => r.enterpriseId))).every((r) => r.startsWith('341523'))).toBe(true);
    expect(candidates2.regions.every((r) => r.startsWith('341523'))).toBe(true);
    expect([...reminders2.items.map((r) => r.enterpriseId), ...candidates2.items.map((c) => c.id)].some((id) => fixtureIds.includes(id))).toBe(false);

    const city = await t.login('city');
    const cityReminders = await listedReminders(city, 'months=36');
    const ownReminders = await listedReminders(staff, 'months=36');
    expect(cityReminders.total).toBe(ownReminders.total + reminders2.total);
    expect(await listedReminders(city, 'months=36&regionCode=341522')).toEqual(ownReminders);
    expect((await listedCandidates(city)).total).toBe((await listedCandidates(staff)).total + candidates2.total);
    expect((await listedCandidates(city, 'regionCode=341523')).items).toEqual(candidates2.items);
  });
});
