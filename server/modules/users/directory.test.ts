import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, createTestApp, type TestApp } from '../../test/harness';

let t: TestApp;
let staff: Agent;
let staff2: Agent;
beforeAll(async () => {
  t = await createTestApp();
  staff = await t.login('staff');
  staff2 = await t.login('staff2');
});
afterAll(() => t.close());

type Entry = { id: string; username: string; displayName: string; organisationName: string };
const names = async (agent: Agent, query: string) => {
  const res = await agent.get(`/api/v1/users/directory?${query}`);
  expect(res.statusCode).toBe(200);
  return (res.json().items as Entry[]).map((e) => e.username);
};

describe('GET /api/v1/users/directory (colleague picker for business forms)', () => {
  it('lists active staff and leaders of the caller’s own county only, with names but no contact data', async () => {
    expect(await names(staff, 'role=staff')).toEqual(['staff']);
    expect(await names(staff, 'role=leader')).toEqual(['leader']);
    expect(await names(staff2, 'role=staff')).toEqual(['staff2']);
    const res = await staff.get('/api/v1/users/directory?role=commissioner');
    const [entry] = res.json().items as Entry[];
    expect(Object.keys(entry!).sort()).toEqual(['displayName', 'id', 'organisationName', 'username']);
  });

  it('finds commissioners by name for linking a login account', async () => {
    expect(await names(staff, 'role=commissioner&q=周农艺')).toContain('commissioner');
    expect(await names(staff, 'role=commissioner&q=不存在的人')).toEqual([]);
    expect(await names(staff2, 'role=commissioner&q=周农艺')).toEqual([]);
  });

  it('is closed to account-less roles and read-only readers, and names the bad role', async () => {
    for (const who of ['enterprise', 'expert', 'city', 'member']) {
      expect((await (await t.login(who)).get('/api/v1/users/directory?role=staff')).statusCode).toBe(403);
    }
    const bad = await staff.get('/api/v1/users/directory?role=sysadmin');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toContain('角色');
  });
});
