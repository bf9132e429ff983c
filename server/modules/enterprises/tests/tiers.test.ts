import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, createTestApp, type TestApp } from '../../../test/harness';
import { createEnterprise } from './helpers';

let t: TestApp;
let staff: Agent;
beforeAll(async () => {
  t = await createTestApp();
  staff = await t.login('staff');
});
afterAll(() => t.close());

/** Moves the clock and signs in again (sessions expire when the clock jumps). */
async function at(day: string) {
  t.clock.set(new Date(`${day}T10:00:00+08:00`));
  staff = await t.login('staff');
}
const addTier = (id: string, body: Record<string, unknown>) => staff.post(`/api/v1/enterprises/${id}/tiers`, body);

async function remindersOf(id: string, months = 3): Promise<Array<{ kind: string; dueOn: string | null; severity: string }>> {
  const out = [];
  for (let page = 1; ; page++) {
    const res = (await staff.get(`/api/v1/enterprises/reminders?months=${months}&pageSize=200&page=${page}`)).json();
    out.push(...res.items.filter((r: { enterpriseId: string }) => r.enterpriseId === id));
    if (page * 200 >= res.total) return out;
  }
}

describe('高企 certificates', () => {
  it('are valid for three years through the corresponding day, and expire the day after', async () => {
    await at('2026-06-15');
    const e = await createEnterprise(staff);
    const res = await addTier(e.id, { kind: 'hnte', number: 'gr202334000123', issuedOn: '2023-11-30' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ number: 'GR202334000123', validFrom: '2023-11-30', validUntil: '2026-11-30', state: 'valid', year: 2023 });
    await at('2026-11-30');
    expect((await staff.get(`/api/v1/enterprises/${e.id}`)).json()).toMatchObject({ tiers: ['hnte'], currentTiers: [{ kind: 'hnte' }] });
    await at('2026-12-01');
    const after = (await staff.get(`/api/v1/enterprises/${e.id}`)).json();
    expect(after).toMatchObject({ tiers: [], currentTiers: [], tierHistory: [{ state: 'expired' }] });
  });

  it('need a GR number and an issue date', async () => {
    const e = await createEnterprise(staff);
    const bad = await addTier(e.id, { kind: 'hnte', number: 'GF202334000123', issuedOn: '2023-11-30' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/^证书\/登记编号：证书编号应以“GR”开头/);
    expect((await addTier(e.id, { kind: 'hnte', number: 'GR202334000123' })).json().message).toMatch(/^发证\/入库日期：/);
  });

  it('supersede the older certificate when a new one is added; rows are never deleted', async () => {
    await at('2026-06-15');
    const e = await createEnterprise(staff);
    const old = (await addTier(e.id, { kind: 'hnte', number: 'GR202334000001', issuedOn: '2023-07-01' })).json();
    await addTier(e.id, { kind: 'hnte', number: 'GR202634000002', issuedOn: '2026-05-20' });
    const tiers = (await staff.get(`/api/v1/enterprises/${e.id}/tiers`)).json().items;
    expect(tiers.map((x: { number: string; status: string }) => [x.number, x.status])).toEqual([['GR202634000002', 'active'], ['GR202334000001', 'superseded']]);
    expect(tiers[1].endedReason).toBe('被新证书 GR202634000002 替代');
    const again = await staff.post(`/api/v1/enterprises/${e.id}/tiers/${old.id}/end`, { outcome: 'revoked', reason: '重复操作' });
    expect(again.statusCode).toBe(409);
    const backfilled = (await addTier(e.id, { kind: 'hnte', number: 'GR202434000003', issuedOn: '2024-01-10' })).json();
    expect(backfilled).toMatchObject({ status: 'superseded', endedReason: '被新证书 GR202634000002 替代' });
    const older = (await addTier(e.id, { kind: 'hnte', number: 'GR201934000004', issuedOn: '2019-05-01' })).json();
    expect(older).toMatchObject({ status: 'active', state: 'expired' });
    expect((await staff.get(`/api/v1/enterprises/${e.id}`)).json().currentTiers.map((x: { number: string }) => x.number)).toEqual(['GR202634000002']);
    const revoke = await staff.post(`/api/v1/enterprises/${e.id}/tiers/${tiers[0].id}/end`, { outcome: 'revoked', reason: '年报累计两年未报，资格取消' });
    expect(revoke.json()).toMatchObject({ status: 'revoked', state: 'revoked', endedReason: '年报累计两年未报，资格取消' });
  });
});

describe('科小 registrations', () => {
  it('are valid for their year only and cannot be registered twice for one year', async () => {
    await at('2026-06-15');
    const e = await createEnterprise(staff);
    const r = await addTier(e.id, { kind: 'tech_sme', year: 2025, number: '20253415220001' });
    expect(r.json()).toMatchObject({ validFrom: '2025-01-01', validUntil: '2025-12-31', state: 'expired' });
    expect((await addTier(e.id, { kind: 'tech_sme', year: 2025 })).statusCode).toBe(409);
    expect((await remindersOf(e.id)).map((x) => x.kind)).toEqual(['tech_sme_not_renewed']);
    await addTier(e.id, { kind: 'tech_sme', year: 2026, number: '20263415220001' });
    expect(await remindersOf(e.id)).toEqual([]);
    expect((await staff.get(`/api/v1/enterprises/${e.id}`)).json().tiers).toEqual(['tech_sme']);
  });
});

describe('reminders', () => {
  it('announce an expiring certificate exactly N months ahead, as danger within one month', async () => {
    await at('2026-06-15');
    const e = await createEnterprise(staff);
    await addTier(e.id, { kind: 'hnte', number: 'GR202334000777', issuedOn: '2023-11-30' });
    for (const y of [2023, 2024, 2025]) await staff.post(`/api/v1/enterprises/${e.id}/hnte-reports`, { reportYear: y, filedOn: `${y + 1}-05-10` });
    await at('2026-08-29');
    expect(await remindersOf(e.id, 3)).toEqual([]);
    await at('2026-08-30');
    expect(await remindersOf(e.id, 3)).toMatchObject([{ kind: 'hnte_expiring', dueOn: '2026-11-30', severity: 'warning' }]);
    expect(await remindersOf(e.id, 2)).toEqual([]);
    await at('2026-10-30');
    expect(await remindersOf(e.id, 3)).toMatchObject([{ kind: 'hnte_expiring', severity: 'danger' }]);
  });

  it('track annual reports: due until 31 May, missed after it, flagged at two', async () => {
    await at('2025-03-01');
    const e = await createEnterprise(staff);
    await addTier(e.id, { kind: 'hnte', number: 'GR202334000888', issuedOn: '2023-10-10' });
    expect((await remindersOf(e.id)).map((x) => x.kind)).toEqual(['hnte_report_missed', 'hnte_report_due']);
    const early = await staff.post(`/api/v1/enterprises/${e.id}/hnte-reports`, { reportYear: 2025, filedOn: '2025-02-01' });
    expect(early.json().message).toBe('填报日期：年报在报告年度结束后才能填报');
    const before = await staff.post(`/api/v1/enterprises/${e.id}/hnte-reports`, { reportYear: 2022, filedOn: '2023-03-01' });
    expect(before.json().message).toBe('报告年度：该年度不在本企业高企证书的年报范围内');
    await at('2025-06-01');
    const view = (await staff.get(`/api/v1/enterprises/${e.id}/hnte-reports`)).json();
    expect(view).toMatchObject({ missed: 2, flagged: true });
    expect(view.items.map((y: { state: string }) => y.state)).toEqual(['missed', 'missed', 'upcoming']);
    expect((await remindersOf(e.id)).map((x) => x.kind)).toEqual(['hnte_report_missed', 'hnte_report_missed', 'hnte_report_flagged']);
    const late = await staff.post(`/api/v1/enterprises/${e.id}/hnte-reports`, { reportYear: 2023, filedOn: '2025-06-01' });
    expect(late.statusCode).toBe(201);
    expect((await staff.post(`/api/v1/enterprises/${e.id}/hnte-reports`, { reportYear: 2023, filedOn: '2025-06-01' })).statusCode).toBe(409);
    const after = (await staff.get(`/api/v1/enterprises/${e.id}/hnte-reports`)).json();
    expect(after).toMatchObject({ missed: 1, flagged: false });
    expect(after.items[0]).toMatchObject({ reportYear: 2023, state: 'late', filedOn: '2025-06-01' });
  });

  it('are limited to region readers and validate the window', async () => {
    expect((await staff.get('/api/v1/enterprises/reminders?months=0')).statusCode).toBe(400);
    expect((await staff.get('/api/v1/enterprises/reminders?months=37')).statusCode).toBe(400);
    expect((await (await t.login('enterprise')).get('/api/v1/enterprises/reminders')).statusCode).toBe(403);
    expect((await (await t.login('city')).get('/api/v1/enterprises/reminders')).statusCode).toBe(200);
  });
});
