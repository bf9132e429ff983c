import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, createTestApp, type TestApp } from '../../../test/harness';
import { commissionerLogin, logBody, newCommissioner } from './fixtures';

let t: TestApp;
let staff: Agent;
let mine: Awaited<ReturnType<typeof commissionerLogin>>;
let other: Awaited<ReturnType<typeof commissionerLogin>>;
beforeAll(async () => {
  t = await createTestApp();
  staff = await t.login('staff');
  mine = await commissionerLogin(t, staff);
  other = await commissionerLogin(t, staff);
});
afterAll(() => t.close());

const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(60, 7)]).toString('base64');

describe('service logs written by a commissioner', () => {
  it('writes own log without naming the commissioner; the list shows only own logs', async () => {
    const res = await mine.agent.post('/api/v1/service-logs', logBody({ trained: 30 }));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ commissioner: { id: mine.c.id }, villageName: '燎原村民委员会', typeLabel: '现场指导', trained: 30 });
    await other.agent.post('/api/v1/service-logs', logBody({ content: '另一位特派员的服务记录内容' }));
    const list = (await mine.agent.get('/api/v1/service-logs?pageSize=200')).json();
    expect(list.items.every((l: { commissioner: { id: string } }) => l.commissioner.id === mine.c.id)).toBe(true);
    expect(list.total).toBe(1);
    expect((await other.agent.get(`/api/v1/service-logs/${res.json().id}`)).statusCode).toBe(404);
    expect((await other.agent.patch(`/api/v1/service-logs/${res.json().id}`, { version: 1, content: '越权修改别人的日志' })).statusCode).toBe(404);
    expect((await staff.get(`/api/v1/service-logs/${res.json().id}`)).statusCode).toBe(200);
  });

  it('re-sending an offline draft returns the stored log instead of a second one', async () => {
    const body = logBody({ clientDraftId: 'draft-0001-abcdef', serviceDate: '2025-04-02' });
    const first = await mine.agent.post('/api/v1/service-logs', body);
    const again = await mine.agent.post('/api/v1/service-logs', { ...body, content: '网络恢复后重复提交的同一草稿' });
    expect([first.statusCode, again.statusCode]).toEqual([201, 200]);
    expect(again.json().id).toBe(first.json().id);
    expect(again.json().content).toBe(body.content);
    const both = await Promise.all([0, 1].map(() => mine.agent.post('/api/v1/service-logs', logBody({ clientDraftId: 'draft-race-123456' }))));
    expect(new Set(both.map((r) => r.json().id)).size).toBe(1);
  });

  it('refuses a future date, a village outside the county and someone else’s commissioner id', async () => {
    expect((await mine.agent.post('/api/v1/service-logs', logBody({ serviceDate: '2999-01-01' }))).json().message).toBe('服务日期：不能晚于今天');
    expect((await mine.agent.post('/api/v1/service-logs', logBody({ villageCode: '341523100201' }))).statusCode).toBe(400);
    expect((await mine.agent.post('/api/v1/service-logs', logBody({ commissionerId: other.c.id }))).statusCode).toBe(404);
    const short = await mine.agent.post('/api/v1/service-logs', logBody({ content: '短' }));
    expect(short.json().message).toMatch(/^服务内容：/);
  });

  it('attaches an uploaded photo that staff can then view through the log', async () => {
    const up = await mine.agent.post('/api/v1/service-logs/photos', { name: 'field.jpg', mime: 'image/jpeg', dataBase64: jpeg });
    expect(up.statusCode, up.body).toBe(201);
    const log = (await mine.agent.post('/api/v1/service-logs', logBody({ photoFileIds: [up.json().id] }))).json();
    const photo = await staff.get(`/api/v1/service-logs/${log.id}/photos/${up.json().id}`);
    expect(photo.statusCode).toBe(200);
    expect(photo.headers['content-type']).toBe('image/jpeg');
    expect((await other.agent.get(`/api/v1/service-logs/${log.id}/photos/${up.json().id}`)).statusCode).toBe(404);
    const theirs = await other.agent.post('/api/v1/service-logs', logBody({ photoFileIds: [up.json().id] }));
    expect(theirs.json().message).toContain('照片');
    const fake = await mine.agent.post('/api/v1/service-logs/photos', { name: 'x.jpg', mime: 'image/jpeg', dataBase64: Buffer.from('not an image at all').toString('base64') });
    expect(fake.statusCode).toBe(400);
  });

  it('an edit changes only the fields it names: counts and photos stay', async () => {
    const up = await mine.agent.post('/api/v1/service-logs/photos', { name: 'keep.jpg', mime: 'image/jpeg', dataBase64: jpeg });
    const log = (await mine.agent.post('/api/v1/service-logs', logBody({ trained: 40, beneficiaries: 40, problemsSolved: 2, photoFileIds: [up.json().id] }))).json();
    const edited = await staff.patch(`/api/v1/service-logs/${log.id}`, { version: log.version, content: '补充：培训后现场答疑两小时' });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ content: '补充：培训后现场答疑两小时', trained: 40, beneficiaries: 40, problemsSolved: 2, photoFileIds: [up.json().id] });
  });

  it('summarises a year per commissioner: distinct service days, trainings, varieties, problems solved', async () => {
    const c = await newCommissioner(staff);
    const post = (over: Record<string, unknown>) => staff.post('/api/v1/service-logs', logBody({ commissionerId: c.id, ...over }));
    await post({ serviceDate: '2024-05-01', type: 'training', trained: 50, beneficiaries: 50 });
    await post({ serviceDate: '2024-05-01', type: 'variety', varieties: 2, villageCode: '341522102228' });
    await post({ serviceDate: '2024-06-11', type: 'problem', problemsSolved: 3 });
    await post({ serviceDate: '2023-12-31', type: 'problem', problemsSolved: 9 });
    const s = (await staff.get(`/api/v1/service-logs/summary?year=2024&commissionerId=${c.id}`)).json();
    expect(s.items).toEqual([expect.objectContaining({
      commissionerId: c.id, serviceDays: 2, services: 3, trainings: 1, trainedPeople: 50, varieties: 2, problemsSolved: 3, villagesServed: 2,
      firstDate: '2024-05-01', lastDate: '2024-06-11',
    })]);
    const own = (await mine.agent.get('/api/v1/service-logs/summary?year=2025')).json();
    expect(own.items.map((i: { commissionerId: string }) => i.commissionerId)).toEqual([mine.c.id]);
  });

  it('a commissioner sees only their own record and assignments, and no coverage or rounds', async () => {
    const roster = (await mine.agent.get('/api/v1/commissioners')).json();
    expect(roster.items.map((i: { id: string }) => i.id)).toEqual([mine.c.id]);
    expect((await mine.agent.get(`/api/v1/commissioners/${other.c.id}`)).statusCode).toBe(404);
    expect((await mine.agent.get('/api/v1/coverage')).statusCode).toBe(403);
    expect((await mine.agent.get('/api/v1/commissioner-rounds')).statusCode).toBe(403);
    expect((await mine.agent.patch(`/api/v1/commissioners/${mine.c.id}`, { version: 1, name: '自己改名字' })).statusCode).toBe(403);
  });

  it('deletes own log with an audit row; the upper bureau reads but cannot write', async () => {
    const log = (await mine.agent.post('/api/v1/service-logs', logBody())).json();
    const city = await t.login('city');
    expect((await city.get(`/api/v1/service-logs/${log.id}`)).statusCode).toBe(200);
    expect((await city.delete(`/api/v1/service-logs/${log.id}`)).statusCode).toBe(403);
    expect((await mine.agent.delete(`/api/v1/service-logs/${log.id}`)).statusCode).toBe(204);
    expect((await staff.get(`/api/v1/service-logs/${log.id}`)).statusCode).toBe(404);
  });
});
