import crypto from 'node:crypto';
import { expect } from 'vitest';
import { createUser, orgIdByName } from '../../../test/factories';
import type { Agent, TestApp } from '../../../test/harness';

export const countyOrg = '霍邱县科学技术局（演示）';
export const siblingOrg = '舒城县科学技术局（演示）';

/** A fresh code so tests never collide with the demo roster. */
export const code = () => `T${crypto.randomBytes(4).toString('hex')}`;

export async function newCommissioner(staff: Agent, over: Record<string, unknown> = {}) {
  const res = await staff.post('/api/v1/commissioners', {
    code: code(), name: '测试特派员', level: 'county', field: '果蔬园艺', workUnit: '县农业技术推广中心', status: 'active', phone: '13912340000', ...over,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; code: string; version: number; name: string };
}

export async function assign(staff: Agent, commissionerId: string, villageCode: string, startsOn = '2024-01-01', endsOn: string | null = null) {
  const res = await staff.post('/api/v1/commissioner-assignments', { commissionerId, targetKind: 'village', villageCode, startsOn, endsOn });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; version: number };
}

/** A commissioner user (real account, not demo) linked to a new commissioner record. */
export async function commissionerLogin(t: TestApp, staff: Agent, over: Record<string, unknown> = {}) {
  const org = await orgIdByName(t, countyOrg);
  const user = await createUser(t, { organisationId: org, roles: ['commissioner'] });
  const c = await newCommissioner(staff, { userId: user.id, ...over });
  return { c, agent: await t.login(user.username, user.password), userId: user.id };
}

export const logBody = (over: Record<string, unknown> = {}) => ({
  serviceDate: '2025-03-01', villageCode: '341522102227', place: '燎原村蔬菜大棚', type: 'onsite', content: '指导大棚番茄整枝打杈和病害防治', ...over,
});
