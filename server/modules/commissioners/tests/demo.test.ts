import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness';

/** The demo county must show real-looking numbers on the coverage and appraisal screens. */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('demo data for 霍邱县', () => {
  it('covers nearly every administrative village, with a few gaps and shared villages', async () => {
    const staff = await t.login('staff');
    const c = (await staff.get('/api/v1/coverage')).json();
    expect(c.totals.total).toBe(397);
    expect(c.totals.uncovered).toBeGreaterThan(0);
    expect(c.totals.uncovered).toBeLessThan(10);
    expect(c.oneToOne.sharedVillages.length).toBeGreaterThan(0);
    expect(c.oneToOne.commissionersWithSeveral.length).toBeGreaterThan(0);
    expect(c.towns.length).toBeGreaterThan(25);
  });

  it('has last year published with 优秀 within 35%, and this year as a draft', async () => {
    const staff = await t.login('staff');
    const sheets = (await staff.get('/api/v1/appraisals')).json().items as Array<{ status: string; appraised: number; counts: Record<string, number> }>;
    expect(sheets.map((s) => s.status)).toEqual(['draft', 'published']);
    const last = sheets[1]!;
    expect(last.appraised).toBeGreaterThan(300);
    expect(last.counts.excellent! / last.appraised).toBeLessThanOrEqual(0.35);
    expect(last.counts.good).toBeGreaterThan(last.counts.fail!);
  });

  it('links the demo commissioner account to one record with its own logs and needs', async () => {
    const me = await t.login('commissioner');
    const roster = (await me.get('/api/v1/commissioners')).json();
    expect(roster.items).toHaveLength(1);
    expect(roster.items[0]).toMatchObject({ name: '周明远', user: { username: 'commissioner' }, status: 'active', activeVillages: 1 });
    const logs = (await me.get('/api/v1/service-logs')).json();
    expect(logs.total).toBeGreaterThan(0);
    expect(logs.items.every((l: { commissioner: { id: string } }) => l.commissioner.id === roster.items[0].id)).toBe(true);
    const needs = (await me.get('/api/v1/needs')).json();
    expect(needs.items.map((n: { status: string }) => n.status)).toEqual(expect.arrayContaining(['dispatched', 'in_progress']));
  });
});
