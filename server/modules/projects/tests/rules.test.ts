import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, orgIdByName, strongPassword } from '../../../test/factories';
import { type Agent, createTestApp, type TestApp } from '../../../test/harness';
import { demoEnterprise, fullContent, openCall, otherEnterprise, upload } from '../testing/fixtures';
import { type Actors, actors, move, submittedProject } from '../testing/flow';

let t: TestApp;
let a: Actors;
let staffB: Agent;
beforeAll(async () => {
  t = await createTestApp();
  await demoEnterprise(t);
  a = await actors(t);
  const u = await createUser(t, { organisationId: await orgIdByName(t, '霍邱县科学技术局（演示）'), roles: ['staff'] });
  staffB = await t.login(u.username, strongPassword);
});
afterAll(() => t.close());

describe('concurrency', () => {
  it('two staff passing the same formal review at once: exactly one wins, the other gets a clear conflict', async () => {
    const { id } = await submittedProject(t, a);
    const version = (await a.staff.get(`/api/v1/projects/${id}`)).json().version;
    const results = await Promise.all([a.staff, staffB].map((s) => s.post(`/api/v1/projects/${id}/transitions`, { version, event: 'formal_pass' })));
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const loser = results.find((r) => r.statusCode === 409)!.json();
    expect(loser).toMatchObject({ code: 'STALE_VERSION', message: expect.stringContaining('已被他人处理') });
    const timeline = (await a.staff.get(`/api/v1/projects/${id}/timeline`)).json().items;
    expect(timeline.filter((e: { event: string }) => e.event === 'formal_pass')).toHaveLength(1);
  });

  it('two staff returning and passing at once: one outcome only', async () => {
    const { id } = await submittedProject(t, a);
    const version = (await a.staff.get(`/api/v1/projects/${id}`)).json().version;
    const [x, y] = await Promise.all([
      a.staff.post(`/api/v1/projects/${id}/transitions`, { version, event: 'formal_pass' }),
      staffB.post(`/api/v1/projects/${id}/transitions`, { version, event: 'formal_return', comment: '材料不全' }),
    ]);
    expect([x.statusCode, y.statusCode].sort()).toEqual([200, 409]);
    const state = (await a.staff.get(`/api/v1/projects/${id}`)).json().state;
    expect(state).toBe(x.statusCode === 200 ? 'in_review' : 'returned');
  });
});

describe('deadline and window', () => {
  it('refuses a submission one minute after the call closed, naming the deadline', async () => {
    const call = await openCall(a.staff, { closesAt: new Date(t.ctx.now().getTime() + 60_000).toISOString() });
    const created = (await a.enterprise.post('/api/v1/projects', { callId: call.id })).json();
    await a.enterprise.patch(`/api/v1/projects/${created.id}`, { version: created.version, ...fullContent });
    await upload(a.enterprise, created.id, 'licence');
    t.clock.advance(120_000);
    const res = await move(a.enterprise, created.id, 'submit');
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toMatch(/^申报已于 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 截止，不能再提交$/);
    const detail = (await a.enterprise.get(`/api/v1/projects/${created.id}`)).json();
    expect(detail.actions).toEqual([expect.objectContaining({ event: 'submit', blockedReason: expect.stringContaining('截止') })]);
    expect((await a.enterprise.post('/api/v1/projects', { callId: call.id })).json()).toMatchObject({ code: 'INVALID_TRANSITION', message: '该指南当前不在申报期内' });
  });

  it('flags an applicant the call excludes (高企 required), read from the enterprise master', async () => {
    const call = await openCall(a.staff, { requireHnte: true });
    const created = (await a.staff.post('/api/v1/projects', { callId: call.id, enterpriseId: await otherEnterprise(t) })).json();
    expect(created.applicantInfo).toMatchObject({ isHnte: false, isTechSme: false });
    expect(created.completeness).toContainEqual({ field: 'applicant', message: '申报单位须为有效期内的高新技术企业' });
  });
});

describe('deadline reminders', () => {
  it('reminds the enterprise once of a draft whose call closes within three days', async () => {
    const call = await openCall(a.staff, { closesAt: new Date(t.ctx.now().getTime() + 2 * 86_400_000).toISOString() });
    const draft = (await a.enterprise.post('/api/v1/projects', { callId: call.id })).json();
    const titles = async () => ((await a.enterprise.get('/api/v1/notifications?pageSize=200')).json().items as Array<{ title: string; link: string }>)
      .filter((n) => n.link === `/projects/${draft.id}` && n.title.startsWith('申报将于'));
    expect(await titles()).toHaveLength(1);
    expect(await titles()).toHaveLength(1);
  });
});

describe('paper applications entered by staff', () => {
  it('staff enter an application for an enterprise without an account; that enterprise is invisible to other enterprises', async () => {
    const call = await openCall(a.staff);
    const enterpriseId = await otherEnterprise(t);
    const res = await a.staff.post('/api/v1/projects', { callId: call.id, enterpriseId });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ enteredByStaff: true, abilities: { edit: true } });
    expect((await a.enterprise.get(`/api/v1/projects/${res.json().id}`)).statusCode).toBe(404);
    expect((await a.staff.post('/api/v1/projects', { callId: call.id })).json().message).toContain('代录纸质申报须选择企业');
  });
});

describe('read-only and foreign users', () => {
  it('the upper-level bureau sees the project but has no action; another county gets 404', async () => {
    const { id } = await submittedProject(t, a);
    const city = await t.login('city');
    const seen = await city.get(`/api/v1/projects/${id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().actions).toEqual([]);
    expect((await move(city, id, 'formal_pass')).json()).toMatchObject({ code: 'FORBIDDEN', message: '上级科技局只能查看，不能办理' });
    const sibling = await t.login('staff2');
    expect((await sibling.get(`/api/v1/projects/${id}`)).statusCode).toBe(404);
    expect((await sibling.post(`/api/v1/projects/${id}/transitions`, { version: 1, event: 'formal_pass' })).statusCode).toBe(404);
    const list = (await sibling.get('/api/v1/projects?pageSize=200')).json();
    expect(list.items.map((p: { id: string }) => p.id)).not.toContain(id);
  });
});

describe('project library', () => {
  it('filters by stage and totals requested, approved and disbursed money', async () => {
    const lib = (await a.staff.get('/api/v1/projects?stage=application&pageSize=200')).json();
    expect(lib.total).toBe(lib.totals.count);
    const sum = lib.items.reduce((s: number, p: { requestedFiscal: string }) => s + Math.round(Number(p.requestedFiscal) * 100), 0);
    if (lib.total <= 200) expect(Math.round(Number(lib.totals.requested) * 100)).toBe(sum);
    expect(lib.items.every((p: { state: string }) => ['draft', 'submitted', 'returned'].includes(p.state))).toBe(true);
  });

  it('exports the filtered library as .xlsx with Chinese headers and labels', async () => {
    const list = (await a.staff.get('/api/v1/projects?year=2026&pageSize=200')).json();
    const res = await a.staff.get('/api/v1/projects/export?year=2026');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('项目库'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('项目库')!;
    expect(ws.getRow(1).getCell(2).value).toBe('项目名称');
    expect(ws.actualRowCount - 1).toBe(list.total);
    const states = new Set<string>();
    ws.eachRow((row, n) => { if (n > 1) states.add(String(row.getCell(8).value)); });
    expect([...states].every((x) => /[\u4e00-\u9fa5]/.test(x))).toBe(true);
    expect((await (await t.login('expert')).get('/api/v1/projects/export')).statusCode).toBe(403);
  });
});
