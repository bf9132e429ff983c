import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceLogs } from '../../../db/schema/commissioner-work';
import { createUser, orgIdByName } from '../../../test/factories';
import { type Agent, createTestApp, type TestApp } from '../../../test/harness';
import { newCommissioner, siblingOrg } from './fixtures';

/** 舒城县 has no demo commissioners, so the ten people below are everyone appraised (N = 10). */
let t: TestApp;
let staff2: Agent;
const people: Array<{ id: string; code: string }> = [];
const full = { agreement: '10', results: '10', satisfaction: '10' };

async function logs(commissionerId: string, days: number, extraSameDay: number, counts: Record<string, number> = {}) {
  const rows = Array.from({ length: days + extraSameDay }, (_, i) => ({
    regionCode: '341523', commissionerId, serviceDate: `2025-${String(1 + (i % days) % 12).padStart(2, '0')}-${String(1 + Math.floor((i % days) / 12)).padStart(2, '0')}`,
    place: '田间', type: 'onsite' as const, content: '现场技术指导', ...(i === 0 ? counts : {}),
  }));
  await t.db.insert(serviceLogs).values(rows);
}

beforeAll(async () => {
  t = await createTestApp();
  staff2 = await t.login('staff2');
  for (let i = 0; i < 10; i++) people.push(await newCommissioner(staff2, { code: `SC${String(i).padStart(2, '0')}`, selectedOn: '2024-03-01' }));
  const allOut = { trainedPeople: 0, trained: 200, varieties: 2, technologies: 2, problemsSolved: 8 };
  const { trainedPeople: _x, ...counts } = allOut;
  for (let i = 0; i < 5; i++) await logs(people[i]!.id, 24, 6, counts); // 100 points each
  await logs(people[5]!.id, 11, 19, counts);  // 11 days: 83.75, capped at 合格
  await logs(people[6]!.id, 4, 26, counts);   // 4 days: 不合格
  await logs(people[7]!.id, 24, 6, counts);   // no materials: 不合格
  await logs(people[8]!.id, 24, 6, counts);   // no staff points: 70 → 合格
  await logs(people[9]!.id, 24, 0);           // 38 → 不合格
});
afterAll(() => t.close());

describe('annual appraisal: score sheet, rules and the 35% cap', () => {
  let sheet: { id: string; version: number };
  it('creates the year with the default sheet and computes from the logs', async () => {
    const created = await staff2.post('/api/v1/appraisals', { year: 2025 });
    expect(created.statusCode, created.body).toBe(201);
    sheet = created.json();
    for (const i of [0, 1, 2, 3, 4, 5, 6]) {
      const res = await staff2.put(`/api/v1/appraisals/${sheet.id}/inputs/${people[i]!.id}`, { manual: full, materialsSubmitted: true });
      expect(res.statusCode, res.body).toBe(200);
    }
    await staff2.put(`/api/v1/appraisals/${sheet.id}/inputs/${people[7]!.id}`, { manual: full, materialsSubmitted: false });
    await staff2.put(`/api/v1/appraisals/${sheet.id}/inputs/${people[8]!.id}`, { manual: {}, materialsSubmitted: true });
    await staff2.put(`/api/v1/appraisals/${sheet.id}/inputs/${people[9]!.id}`, { manual: {}, materialsSubmitted: true });
    const detail = (await staff2.post(`/api/v1/appraisals/${sheet.id}/compute`)).json();
    expect(detail.counts).toEqual({ excellent: 3, good: 2, pass: 2, fail: 3 });
    const by = Object.fromEntries(detail.results.map((r: { commissioner: { code: string } }) => [r.commissioner.code, r]));
    expect(['SC00', 'SC01', 'SC02'].map((c) => by[c].grade)).toEqual(['excellent', 'excellent', 'excellent']);
    expect(by.SC03).toMatchObject({ total: '100.00', baseGrade: 'excellent', grade: 'good', rank: 1, position: 4,
      reasons: ['优秀比例不超过 35%（10 人中至多 3 名），按排名调整为良好'] });
    expect(by.SC05).toMatchObject({ total: '83.75', grade: 'pass', reasons: ['服务天数 11 天，少于 12 天，最高评为合格'] });
    expect(by.SC06).toMatchObject({ grade: 'fail', reasons: ['服务天数 4 天，少于 5 天，评为不合格'] });
    expect(by.SC07).toMatchObject({ total: '100.00', grade: 'fail', reasons: ['未提交考核材料，评为不合格'] });
    expect(by.SC08).toMatchObject({ total: '70.00', grade: 'pass' });
    expect(by.SC09).toMatchObject({ total: '38.00', grade: 'fail' });
    expect(by.SC00.summary).toMatchObject({ serviceDays: 24, services: 30, problemsSolved: 8 });
    sheet = detail;
  });

  it('refuses staff points above an item weight', async () => {
    const res = await staff2.put(`/api/v1/appraisals/${sheet.id}/inputs/${people[0]!.id}`, { manual: { agreement: '11' }, materialsSubmitted: true });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toBe('“三方协议完成情况”应为 0–10 分，最多两位小数');
  });

  it('refuses a sheet whose weights do not add up to 100', async () => {
    const bad = await staff2.patch(`/api/v1/appraisals/${sheet.id}`, { version: sheet.version, config: { ...(sheet as never as { config: { items: unknown[] } }).config, items: [{ key: 'x', label: '只有一项', weight: '50', kind: 'manual' }] } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toContain('各考核项分值合计应为 100');
  });

  it('recomputes at once when the sheet changes, so results never lag behind the caps in force', async () => {
    const config = (sheet as never as { config: { caps: Record<string, string | null> } }).config;
    const res = await staff2.patch(`/api/v1/appraisals/${sheet.id}`, { version: sheet.version, config: { ...config, caps: { ...config.caps, excellent: '0.2' } } });
    expect(res.statusCode, res.body).toBe(200);
    const detail = (await staff2.get(`/api/v1/appraisals/${sheet.id}`)).json();
    expect(detail.counts).toEqual({ excellent: 2, good: 3, pass: 2, fail: 3 });
    expect(detail.results.find((r: { commissioner: { code: string } }) => r.commissioner.code === 'SC02')).toMatchObject({ baseGrade: 'excellent', grade: 'good' });
    sheet = detail;
  });

  it('publishes; afterwards nothing changes, and a commissioner sees only their own published result', async () => {
    const org = await orgIdByName(t, siblingOrg);
    const user = await createUser(t, { organisationId: org, roles: ['commissioner'] });
    await staff2.patch(`/api/v1/commissioners/${people[5]!.id}`, { version: 1, userId: user.id });
    const agent = await t.login(user.username, user.password);
    expect((await agent.get(`/api/v1/appraisals/${sheet.id}`)).statusCode).toBe(404);
    const published = await staff2.post(`/api/v1/appraisals/${sheet.id}/publish`, { version: sheet.version });
    expect(published.json()).toMatchObject({ status: 'published' });
    expect((await staff2.post(`/api/v1/appraisals/${sheet.id}/compute`)).statusCode).toBe(409);
    expect((await staff2.put(`/api/v1/appraisals/${sheet.id}/inputs/${people[0]!.id}`, { manual: full, materialsSubmitted: true })).statusCode).toBe(409);
    const own = (await agent.get(`/api/v1/appraisals/${sheet.id}`)).json();
    expect(own.results.map((r: { commissioner: { code: string } }) => r.commissioner.code)).toEqual(['SC05']);
    const history = (await agent.get(`/api/v1/appraisals/history?commissionerId=${people[5]!.id}`)).json();
    expect(history.items).toEqual([expect.objectContaining({ year: 2025, grade: 'pass', gradeLabel: '合格', status: 'published' })]);
    expect((await staff2.post('/api/v1/appraisals', { year: 2025 })).statusCode).toBe(409);
  });
});
