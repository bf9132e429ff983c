import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeUscc } from '../../../../domain/uscc';
import { type Agent, createTestApp, type TestApp } from '../../../test/harness';
import { createEnterprise, figures } from './helpers';

let t: TestApp;
let staff: Agent;
let other: { id: string; version: number };
beforeAll(async () => {
  t = await createTestApp();
  staff = await t.login('staff');
  other = await createEnterprise(staff);
});
afterAll(() => t.close());

/** Every route addressed by an enterprise id, read and write. */
const idRoutes = (id: string) => [
  ['GET', `/api/v1/enterprises/${id}`],
  ['GET', `/api/v1/enterprises/${id}/annual-data`],
  ['GET', `/api/v1/enterprises/${id}/annual-data/2024/revisions`],
  ['GET', `/api/v1/enterprises/${id}/tiers`],
  ['GET', `/api/v1/enterprises/${id}/hnte-reports`],
  ['GET', `/api/v1/enterprises/${id}/funnel-moves`],
  ['GET', `/api/v1/enterprises/${id}/audit-trail`],
  ['PATCH', `/api/v1/enterprises/${id}`, { version: 1, address: '越权' }],
  ['PUT', `/api/v1/enterprises/${id}/annual-data/2024`, figures()],
  ['POST', `/api/v1/enterprises/${id}/tiers`, { kind: 'tech_sme', year: 2025 }],
  ['POST', `/api/v1/enterprises/${id}/hnte-reports`, { reportYear: 2024, filedOn: '2025-05-01' }],
  ['POST', `/api/v1/enterprises/${id}/funnel-moves`, { to: 'team', reason: '越权调整', version: 1 }],
  ['POST', `/api/v1/enterprises/${id}/reveal-phone`],
] as const;

const call = (agent: Agent, [method, url, payload]: readonly [string, string, unknown?]) =>
  agent.request({ method: method as 'GET', url, payload: payload as never });

describe('enterprise users', () => {
  it('see only their own enterprise, in the list and by id', async () => {
    const ent = await t.login('enterprise');
    const list = (await ent.get('/api/v1/enterprises?pageSize=200')).json();
    expect(list).toMatchObject({ total: 1, items: [{ name: '霍邱县演示智能装备有限公司', uscc: composeUscc('91', '341522', 'MA2D0001') }] });
    const own = (await ent.get(`/api/v1/enterprises/${list.items[0].id}`)).json();
    expect(own.abilities).toEqual({ update: false, updateProfile: true, editAnnualData: true, manageTiers: false, fileHnteReport: true, moveFunnel: false, revealPhone: false });
    for (const route of idRoutes(other.id)) expect((await call(ent, route)).statusCode, route.join(' ')).toBe(404);
  });

  it('keep their profile fields but not the bureau fields, and do none of the bureau work', async () => {
    const ent = await t.login('enterprise');
    const own = (await ent.get('/api/v1/enterprises')).json().items[0];
    const ok = await ent.patch(`/api/v1/enterprises/${own.id}`, { version: own.version, address: '霍邱经济开发区演示大道 1 号', phone: '13700001111' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ address: '霍邱经济开发区演示大道 1 号', phoneMasked: '137****1111' });
    const name = await ent.patch(`/api/v1/enterprises/${own.id}`, { version: ok.json().version, name: '改名有限公司' });
    expect(name.statusCode).toBe(403);
    expect(name.json().message).toBe('企业用户不能修改“企业名称”，请联系科技局');
    expect((await ent.post(`/api/v1/enterprises/${own.id}/tiers`, { kind: 'tech_sme', year: 2026 })).statusCode).toBe(403);
    expect((await ent.post(`/api/v1/enterprises/${own.id}/funnel-moves`, { to: 'team', reason: '自行调整', version: ok.json().version })).statusCode).toBe(403);
    expect((await ent.post(`/api/v1/enterprises/${own.id}/reveal-phone`)).statusCode).toBe(403);
    expect((await ent.post('/api/v1/enterprises', { uscc: composeUscc('91', '341522', 'MA2D0001'), name: '某企业', regionCode: '341522' })).statusCode).toBe(403);
    for (const url of ['/api/v1/enterprises/batches', '/api/v1/enterprises/reminders', '/api/v1/enterprises/candidates']) {
      expect((await ent.get(url)).statusCode, url).toBe(403);
    }
  });
});

describe('another county', () => {
  it('gets 404 on every route with an id, and its own county in the list', async () => {
    const staff2 = await t.login('staff2');
    for (const route of idRoutes(other.id)) expect((await call(staff2, route)).statusCode, route.join(' ')).toBe(404);
    const list = (await staff2.get('/api/v1/enterprises?pageSize=200')).json();
    expect(list.total).toBeGreaterThanOrEqual(60);
    expect(list.items.every((i: { regionCode: string }) => i.regionCode.startsWith('341523'))).toBe(true);
    expect((await staff2.get('/api/v1/enterprises?regionCode=341522')).json().total).toBe(0);
  });
});

describe('the upper bureau and member units', () => {
  it.each(['city', 'member'])('%s reads the enterprises of its region but every write is 403', async (username) => {
    const agent = await t.login(username);
    expect((await agent.get(`/api/v1/enterprises/${other.id}`)).json().abilities.update).toBe(false);
    for (const route of idRoutes(other.id)) {
      expect((await call(agent, route)).statusCode, route.join(' ')).toBe(route[0] === 'GET' ? 200 : 403);
    }
    expect((await agent.post('/api/v1/enterprises/batches', { kind: 'hnte', year: 2026, name: '越权批次' })).statusCode).toBe(403);
    expect((await agent.post('/api/v1/enterprises', { uscc: composeUscc('91', '341522', 'MA2D0001'), name: '某企业', regionCode: '341522' })).statusCode).toBe(403);
  });

  it('the city sees both counties', async () => {
    const city = await t.login('city');
    const list = (await city.get('/api/v1/enterprises?pageSize=1')).json();
    expect(list.total).toBeGreaterThanOrEqual(180);
  });

  it('narrows the city to a county or a town by region code, in name order', async () => {
    const city = await t.login('city');
    const all = async (query: string) => {
      const body = (await city.get(`/api/v1/enterprises?pageSize=100&${query}`)).json() as { total: number; items: { name: string; regionCode: string }[] };
      expect(body.items).toHaveLength(Math.min(body.total, 100));
      return body.items;
    };
    const counties = new Map<string, number>();
    for (const e of await all('')) counties.set(e.regionCode.slice(0, 6), (counties.get(e.regionCode.slice(0, 6)) ?? 0) + 1);
    expect(counties.size).toBeGreaterThanOrEqual(2);
    const county = await all('regionCode=341522');
    expect(county.length).toBeGreaterThan(0);
    expect(county.every((e) => e.regionCode.startsWith('341522'))).toBe(true);
    expect(county.map((e) => e.name)).toEqual(county.map((e) => e.name).sort());
    const town = county.find((e) => e.regionCode.length > 6)?.regionCode.slice(0, 9);
    if (town) expect((await all(`regionCode=${town}`)).every((e) => e.regionCode.startsWith(town))).toBe(true);
    expect(await all('regionCode=3416')).toEqual([]);
  });
});

describe('roles without business data', () => {
  it.each(['admin', 'expert', 'commissioner'])('%s cannot list enterprises and gets 404 by id', async (username) => {
    const agent = await t.login(username);
    expect((await agent.get('/api/v1/enterprises')).statusCode).toBe(403);
    expect((await agent.get(`/api/v1/enterprises/${other.id}`)).statusCode).toBe(404);
  });
});
