import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, createTestApp, type TestApp } from '../../../test/harness';
import { assign, commissionerLogin } from './fixtures';

let t: TestApp;
let staff: Agent;
let worker: Awaited<ReturnType<typeof commissionerLogin>>;
let bystander: Awaited<ReturnType<typeof commissionerLogin>>;
beforeAll(async () => {
  t = await createTestApp();
  staff = await t.login('staff');
  worker = await commissionerLogin(t, staff, { field: '食用菌栽培' });
  bystander = await commissionerLogin(t, staff, { field: '水产养殖' });
  await assign(staff, worker.c.id, '341522102230');
});
afterAll(() => t.close());

const raise = async (over: Record<string, unknown> = {}) => {
  const res = await staff.post('/api/v1/needs', { title: '香菇菌棒烂棒问题', description: '今年菌棒出现大面积烂棒，请求技术指导', field: '食用菌', requesterKind: 'village',
    villageCode: '341522102230', contactName: '黄支书', contactPhone: '13700001111', ...over });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
};
const act = (agent: Agent, need: { id: string; version: number }, body: Record<string, unknown>) =>
  agent.post(`/api/v1/needs/${need.id}/transitions`, { version: need.version, ...body });

describe('needs: raised → dispatched → in progress → solved, with feedback', () => {
  it('walks the whole way, suggests the matching commissioner first and keeps the history', async () => {
    const need = await raise();
    expect(need).toMatchObject({ status: 'raised', requesterName: '黄杨村', contactPhoneMasked: '137****1111', actions: ['dispatch', 'close'] });
    const suggestions = (await staff.get(`/api/v1/needs/${need.id}/suggestions`)).json().items;
    expect(suggestions[0]).toMatchObject({ id: worker.c.id, reasons: ['专业对口（食用菌栽培）', '派驻本村'] });
    let n = (await act(staff, need, { action: 'dispatch', commissionerId: worker.c.id })).json();
    expect(n).toMatchObject({ status: 'dispatched', commissioner: { id: worker.c.id } });
    expect((await bystander.agent.get(`/api/v1/needs/${need.id}`)).statusCode).toBe(404);
    const mine = (await worker.agent.get('/api/v1/needs')).json();
    expect(mine.items.map((i: { id: string }) => i.id)).toEqual([need.id]);
    expect(mine.items[0].actions).toEqual(['decline', 'start']);
    n = (await act(worker.agent, n, { action: 'start' })).json();
    n = (await act(worker.agent, n, { action: 'solve', note: '更换菌种并调整发菌温度，已恢复' })).json();
    expect(n).toMatchObject({ status: 'solved', resolution: '更换菌种并调整发菌温度，已恢复' });
    n = (await act(staff, n, { action: 'feedback', satisfaction: 5, note: '村民很满意' })).json();
    expect(n).toMatchObject({ status: 'solved', satisfaction: 5, feedback: '村民很满意', actions: [] });
    expect(n.events.map((e: { action: string }) => e.action)).toEqual(['raise', 'dispatch', 'start', 'solve', 'feedback']);
  });

  it('refuses transitions the state or the actor does not allow, with 409 and the reason', async () => {
    const need = await raise();
    const early = await act(worker.agent, need, { action: 'start' });
    expect(early.statusCode).toBe(404); // not dispatched to them yet: they cannot even see it
    const startRaised = await act(staff, need, { action: 'start' });
    expect(startRaised.statusCode).toBe(409);
    expect(startRaised.json()).toMatchObject({ code: 'INVALID_TRANSITION', message: '需求当前为“待派单”，不能开始服务' });
    const d = (await act(staff, need, { action: 'dispatch', commissionerId: worker.c.id })).json();
    expect((await act(worker.agent, d, { action: 'close', note: '不想做' })).json().message).toBe('科技特派员不能关闭');
    expect((await act(worker.agent, d, { action: 'decline' })).json().message).toBe('退回须说明原因');
    const stale = await act(staff, { ...d, version: 1 }, { action: 'close', note: '重复' });
    expect(stale.json().code).toBe('STALE_VERSION');
    const back = (await act(worker.agent, d, { action: 'decline', note: '近期外出培训' })).json();
    expect(back).toMatchObject({ status: 'raised', commissioner: null });
    const closed = (await act(staff, back, { action: 'close', note: '需求方已自行解决' })).json();
    expect(closed.status).toBe('closed');
    expect((await act(staff, closed, { action: 'dispatch', commissionerId: worker.c.id })).statusCode).toBe(409);
    const city = await t.login('city');
    expect((await act(city, closed, { action: 'close', note: 'x' })).statusCode).toBe(403);
  });

  it('an enterprise raises its own need, sees only its own and rates it once solved', async () => {
    const ent = await t.login('enterprise');
    const villageNeed = await raise();
    const res = await ent.post('/api/v1/needs', { title: '智能装备控制系统升级', description: '希望对接高校专家解决控制系统稳定性问题', requesterKind: 'village' });
    expect(res.statusCode, res.body).toBe(201);
    const own = res.json();
    expect(own).toMatchObject({ requesterKind: 'enterprise', requesterName: '霍邱县演示智能装备有限公司' });
    const visible = (await ent.get('/api/v1/needs?pageSize=200')).json().items as Array<{ id: string; organisationId: string }>;
    expect(visible.map((i) => i.id)).toContain(own.id);
    expect(new Set(visible.map((i) => i.organisationId))).toEqual(new Set([own.organisationId]));
    expect((await ent.get(`/api/v1/needs/${villageNeed.id}`)).statusCode).toBe(404);
    let n = (await act(staff, own, { action: 'dispatch', commissionerId: worker.c.id })).json();
    n = (await act(worker.agent, n, { action: 'start' })).json();
    n = (await act(worker.agent, n, { action: 'solve', note: '已对接演示农业大学团队' })).json();
    expect((await ent.get(`/api/v1/needs/${own.id}`)).json().actions).toEqual(['feedback']);
    n = (await act(ent, n, { action: 'feedback', satisfaction: 4 })).json();
    expect(n.satisfaction).toBe(4);
    expect((await act(ent, n, { action: 'feedback', satisfaction: 5 })).json().message).toBe('该需求已评价');
    expect((await (await t.login('staff2')).get(`/api/v1/needs/${own.id}`)).statusCode).toBe(404);
  });
});
