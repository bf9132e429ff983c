import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestApp } from '../../test/harness';

let t: TestApp;
let admin: Agent;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
});
afterAll(() => t.close());

type Item = { code: string; name: string; level: number; hasChildren: boolean };

describe('GET /api/v1/regions (the region picker loads one level at a time)', () => {
  it('lists provinces that have cities below them', async () => {
    const res = await admin.get('/api/v1/regions');
    expect(res.statusCode).toBe(200);
    const anhui = (res.json().items as Item[]).find((r) => r.code === '34');
    expect(anhui).toMatchObject({ name: '安徽省', level: 1, hasChildren: true });
  });

  it('marks counties of the demo province as expandable to towns, and villages as leaves', async () => {
    const counties = (await admin.get('/api/v1/regions?parent=3415')).json().items as Item[];
    expect(counties.find((r) => r.code === '341522')).toMatchObject({ name: '霍邱县', hasChildren: true });
    const towns = (await admin.get('/api/v1/regions?parent=341522')).json().items as Item[];
    expect(towns.length).toBeGreaterThan(10);
    const town = towns[0]!;
    const villages = (await admin.get(`/api/v1/regions?parent=${town.code}`)).json().items as Item[];
    expect(town.hasChildren).toBe(villages.length > 0);
    expect(villages.every((v) => !v.hasChildren)).toBe(true);
  });

  it('rejects a malformed parent code with a field error', async () => {
    const res = await admin.get('/api/v1/regions?parent=12a');
    expect(res.statusCode).toBe(400);
  });
});
