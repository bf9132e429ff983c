import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLogs } from '../../../db/schema';
import { commissioners } from '../../../db/schema/commissioners';
import { type Agent, createTestApp, type TestApp } from '../../../test/harness';
import { assign, code, newCommissioner } from './fixtures';

let t: TestApp;
let staff: Agent;
beforeAll(async () => {
  t = await createTestApp();
  staff = await t.login('staff');
});
afterAll(() => t.close());

describe('commissioner roster', () => {
  it('creates a commissioner with the phone encrypted at rest and masked in output; reveal is audited', async () => {
    const c = await newCommissioner(staff, { isStudent: true, level: 'province', title: '农艺师' });
    const detail = (await staff.get(`/api/v1/commissioners/${c.id}`)).json();
    expect(detail).toMatchObject({ phoneMasked: '139****0000', isStudent: true, levelLabel: '省级', status: 'active', statusLabel: '在岗' });
    const [row] = await t.db.select({ enc: commissioners.phoneEnc }).from(commissioners).where(eq(commissioners.id, c.id));
    expect(row?.enc).toMatch(/^sm4:v1:/);
    const [created] = await t.db.select().from(auditLogs).where(eq(auditLogs.objectId, c.id));
    expect(JSON.stringify(created?.details)).not.toContain('13912340000');
    expect((await staff.post(`/api/v1/commissioners/${c.id}/reveal-phone`)).json()).toEqual({ phone: '13912340000' });
    const [last] = await t.db.select().from(auditLogs).orderBy(desc(auditLogs.id)).limit(1);
    expect(last).toMatchObject({ action: 'personal_data.reveal', objectId: c.id, username: 'staff' });
  });

  it('filters the roster by level, student flag and keyword', async () => {
    const c = await newCommissioner(staff, { name: '筛选测试人', level: 'city', isStudent: true });
    const res = (await staff.get('/api/v1/commissioners?level=city&isStudent=true&q=筛选测试')).json();
    expect(res.items.map((i: { id: string }) => i.id)).toEqual([c.id]);
  });

  it('selects candidates from the 备选库 in a round, within the quota', async () => {
    const a = await newCommissioner(staff, { status: 'candidate' });
    const b = await newCommissioner(staff, { status: 'candidate' });
    const round = (await staff.post('/api/v1/commissioner-rounds', { year: 2025, name: `2025年第${code()}批`, quota: 1 })).json();
    const over = await staff.post(`/api/v1/commissioner-rounds/${round.id}/select`, { commissionerIds: [a.id, b.id], selectedOn: '2025-03-01' });
    expect(over.statusCode).toBe(400);
    expect(over.json().message).toContain('超出本批次名额');
    const ok = await staff.post(`/api/v1/commissioner-rounds/${round.id}/select`, { commissionerIds: [a.id], selectedOn: '2025-03-01' });
    expect(ok.json()).toMatchObject({ selected: 1 });
    expect((await staff.get(`/api/v1/commissioners/${a.id}`)).json()).toMatchObject({ status: 'active', selectedOn: '2025-03-01', round: { id: round.id } });
    const again = await staff.post(`/api/v1/commissioner-rounds/${round.id}/select`, { commissionerIds: [a.id], selectedOn: '2025-03-01' });
    expect(again.json().message).toContain('不在备选库中');
  });

  it('a candidate cannot be assigned; exiting ends the open assignments on the exit date', async () => {
    const cand = await newCommissioner(staff, { status: 'candidate' });
    const refused = await staff.post('/api/v1/commissioner-assignments', { commissionerId: cand.id, targetKind: 'village', villageCode: '341522102228', startsOn: '2025-01-01' });
    expect(refused.statusCode).toBe(400);
    const c = await newCommissioner(staff);
    const a = await assign(staff, c.id, '341522102228', '2024-01-01');
    const exit = await staff.post(`/api/v1/commissioners/${c.id}/exit`, { version: c.version, exitedOn: '2025-06-30', reason: '工作调动' });
    expect(exit.json()).toMatchObject({ status: 'exited', exitedOn: '2025-06-30' });
    expect((await staff.get(`/api/v1/commissioner-assignments/${a.id}`)).json()).toMatchObject({ endsOn: '2025-06-30', active: false });
  });

  it('refuses an overlapping duplicate assignment to the same village', async () => {
    const c = await newCommissioner(staff);
    await assign(staff, c.id, '341522102229', '2024-01-01', '2025-12-31');
    const dup = await staff.post('/api/v1/commissioner-assignments', { commissionerId: c.id, targetKind: 'village', villageCode: '341522102229', startsOn: '2025-06-01' });
    expect(dup.statusCode).toBe(409);
  });

  it('forms a team with one technical head', async () => {
    const a = await newCommissioner(staff);
    const b = await newCommissioner(staff);
    const res = await staff.post('/api/v1/commissioner-teams', { name: `茶产业专业型特派团${code()}`, kind: 'professional', level: 'province', field: '茶叶',
      adminHead: '县委副书记', members: [{ commissionerId: a.id, role: 'technical_head' }, { commissionerId: b.id }] });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().members.map((m: { role: string }) => m.role)).toEqual(['technical_head', 'member']);
    const two = await staff.patch(`/api/v1/commissioner-teams/${res.json().id}`, { version: 1, members: [{ commissionerId: a.id, role: 'technical_head' }, { commissionerId: b.id, role: 'technical_head' }] });
    expect(two.json().message).toContain('技术团长只能有一位');
  });
});
