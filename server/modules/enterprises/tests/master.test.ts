import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeUscc } from '../../../../domain/uscc';
import { auditLogs, enterprises } from '../../../db/schema';
import { type Agent, createTestApp, type TestApp } from '../../../test/harness';
import { createEnterprise, freshUscc } from './helpers';

let t: TestApp;
let staff: Agent;
beforeAll(async () => {
  t = await createTestApp();
  staff = await t.login('staff');
});
afterAll(() => t.close());

describe('creating an enterprise', () => {
  it('stores a valid USCC normalised, the phone encrypted and masked, and audits without the phone', async () => {
    const uscc = freshUscc();
    const created = await createEnterprise(staff, { uscc: ` ${uscc.toLowerCase().slice(0, 9)} ${uscc.toLowerCase().slice(9)} ` });
    expect(created).toMatchObject({ uscc, phoneMasked: '139****5678', county: { code: '341522', name: '霍邱县' }, town: { code: '341522100', name: '城关镇' } });
    expect(created).toMatchObject({ industry: { sectionCode: 'C', name: '专用设备制造业' }, hnteFieldPath: ['先进制造与自动化', '先进制造工艺与装备', '机器人'] });
    const [row] = await t.db.select({ enc: enterprises.phoneEnc }).from(enterprises).where(eq(enterprises.id, created.id));
    expect(row?.enc).toMatch(/^sm4:v1:/);
    const [audit] = await t.db.select().from(auditLogs).where(eq(auditLogs.objectId, created.id));
    expect(audit).toMatchObject({ action: 'enterprise.create', username: 'staff' });
    expect(JSON.stringify(audit?.details)).not.toContain('13912345678');
  });

  it.each([
    ['91341522MA2D00011', /长度应为 18 位/],
    ['91341522MA2D0001IX', /字符集/],
    [`${composeUscc('91', '341522', 'MA2D0009').slice(0, 17)}0`, /第 18 位校验码错误/],
  ])('refuses %s with 400 naming 统一社会信用代码 and the reason', async (uscc, reason) => {
    const res = await staff.post('/api/v1/enterprises', { uscc, name: '某企业有限公司', regionCode: '341522' });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/^统一社会信用代码：/);
    expect(res.json().message).toMatch(reason);
    expect(res.json().details[0].field).toBe('uscc');
  });

  it('refuses a USCC already registered with 409', async () => {
    const first = await createEnterprise(staff);
    const res = await staff.post('/api/v1/enterprises', { uscc: first.uscc, name: '另一家企业有限公司', regionCode: '341522' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'DUPLICATE', message: '该统一社会信用代码的企业已登记' });
  });

  it('checks region, industry and field against the dictionaries', async () => {
    const outside = await staff.post('/api/v1/enterprises', { uscc: freshUscc(), name: '某企业有限公司', regionCode: '341523' });
    expect(outside.json().message).toBe('所在地区：超出您的管辖范围');
    const industry = await staff.post('/api/v1/enterprises', { uscc: freshUscc(), name: '某企业有限公司', regionCode: '341522', industryCode: '98' });
    expect(industry.json().message).toMatch(/^所属行业：/);
    const field = await staff.post('/api/v1/enterprises', { uscc: freshUscc(), name: '某企业有限公司', regionCode: '341522', hnteFieldCode: '90101' });
    expect(field.json().message).toMatch(/^技术领域：/);
  });
});

describe('updating an enterprise', () => {
  it('changes fields, bumps the version, audits before/after with the phone masked, and detects stale edits', async () => {
    const e = await createEnterprise(staff);
    const ok = await staff.patch(`/api/v1/enterprises/${e.id}`, { version: e.version, address: '城关镇演示路 8 号', phone: '13800001234', tags: ['包保企业'] });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ version: e.version + 1, address: '城关镇演示路 8 号', phoneMasked: '138****1234', tags: ['包保企业'] });
    const [audit] = await t.db.select().from(auditLogs).where(eq(auditLogs.action, 'enterprise.update')).orderBy(desc(auditLogs.id)).limit(1);
    expect(audit?.details).toMatchObject({ before: { phone: '139****5678', address: null }, after: { phone: '138****1234' } });
    const stale = await staff.patch(`/api/v1/enterprises/${e.id}`, { version: e.version, name: '改名有限公司' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('STALE_VERSION');
  });

  it('reveals the phone only with an audit row', async () => {
    const e = await createEnterprise(staff);
    expect((await staff.post(`/api/v1/enterprises/${e.id}/reveal-phone`)).json()).toEqual({ phone: '13912345678' });
    const [last] = await t.db.select().from(auditLogs).orderBy(desc(auditLogs.id)).limit(1);
    expect(last).toMatchObject({ action: 'personal_data.reveal', objectId: e.id, details: { field: 'phone' } });
    const trail = (await staff.get(`/api/v1/enterprises/${e.id}/audit-trail`)).json();
    expect(trail.items.map((i: { action: string }) => i.action)).toEqual(['personal_data.reveal', 'enterprise.create']);
  });

  it('assigns a 包保 cadre only from the bureau staff of the region', async () => {
    const e = await createEnterprise(staff);
    const me = (await staff.get('/api/v1/auth/me')).json();
    const ok = await staff.patch(`/api/v1/enterprises/${e.id}`, { version: e.version, cadreUserId: me.id });
    expect(ok.json().cadre).toEqual({ id: me.id, name: '李科员（演示）' });
    const enterpriseUser = (await (await t.login('enterprise')).get('/api/v1/auth/me')).json();
    const bad = await staff.patch(`/api/v1/enterprises/${e.id}`, { version: ok.json().version, cadreUserId: enterpriseUser.id });
    expect(bad.json().message).toMatch(/^包保干部：/);
    const mine = (await staff.get('/api/v1/enterprises?cadre=me&pageSize=200')).json();
    expect(mine.items.map((i: { id: string }) => i.id)).toContain(e.id);
  });
});

describe('the list', () => {
  it('pages with a total and searches name or USCC substrings', async () => {
    const all = (await staff.get('/api/v1/enterprises?pageSize=50')).json();
    expect(all.items).toHaveLength(50);
    expect(all.total).toBeGreaterThanOrEqual(120);
    const page3 = (await staff.get('/api/v1/enterprises?pageSize=50&page=3')).json();
    expect(page3.items).toHaveLength(all.total - 100);
    const byName = (await staff.get(`/api/v1/enterprises?q=${encodeURIComponent('演示智能装备')}`)).json();
    expect(byName.items.map((i: { name: string }) => i.name)).toContain('霍邱县演示智能装备有限公司');
    const byUscc = (await staff.get('/api/v1/enterprises?q=ma2d0001')).json();
    expect(byUscc).toMatchObject({ total: 1, items: [{ name: '霍邱县演示智能装备有限公司' }] });
  });

  it('filters by town, tier, stage, industry section and division, field and tag, and every row matches', async () => {
    const get = async (qs: string) => (await staff.get(`/api/v1/enterprises?pageSize=200&${qs}`)).json() as { total: number; items: Array<Record<string, unknown>> };
    const zone = await get('regionCode=341522400');
    expect(zone.total).toBeGreaterThan(0);
    expect(zone.items.every((i) => (i.regionCode as string).startsWith('341522400'))).toBe(true);
    const hnte = await get('tier=hnte');
    expect(hnte.total).toBeGreaterThan(5);
    expect(hnte.items.every((i) => (i.tiers as string[]).includes('hnte'))).toBe(true);
    expect(hnte.total).toBe(hnte.items.length);
    const incubating = await get('stage=incubating');
    expect(incubating.items.every((i) => i.funnelStage === 'incubating')).toBe(true);
    const none = await get('stage=none');
    expect(none.items.every((i) => i.funnelStage === null)).toBe(true);
    const manufacturing = await get('industry=C');
    const equipment = await get('industry=35');
    expect(manufacturing.total).toBeGreaterThan(equipment.total);
    expect(equipment.items.every((i) => i.industryCode === '35')).toBe(true);
    expect(equipment.total).toBe(equipment.items.length);
    const advanced = await get('field=8');
    expect(advanced.items.every((i) => (i.hnteFieldCode as string).startsWith('8'))).toBe(true);
    const tagged = await get(`tag=${encodeURIComponent('包保企业')}`);
    expect(tagged.items.every((i) => (i.tags as string[]).includes('包保企业'))).toBe(true);
  });

  it('sorts by name, founding date or last change', async () => {
    const names = (await staff.get('/api/v1/enterprises?pageSize=30&sort=founded&order=desc')).json().items.map((i: { foundedOn: string }) => i.foundedOn);
    expect([...names].sort().reverse()).toEqual(names);
    const e = await createEnterprise(staff);
    const latest = (await staff.get('/api/v1/enterprises?pageSize=1&sort=updated&order=desc')).json();
    expect(latest.items[0].id).toBe(e.id);
  });

  it('serves the dictionaries', async () => {
    const d = (await staff.get('/api/v1/enterprises/dictionaries')).json();
    expect(d.industrySections).toHaveLength(20);
    expect(d.hnteFields[7].children[3].children[1]).toEqual({ code: '80402', name: '机器人', children: [] });
  });
});
