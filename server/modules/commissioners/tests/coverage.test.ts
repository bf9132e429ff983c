import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, createTestApp, type TestApp } from '../../../test/harness';
import { assign, newCommissioner } from './fixtures';

/** 舒城县晓天镇 (341523101): one community (001) and 28 villages (200–227); no demo commissioners there. */
const town = '341523101';
const village = (n: number) => `${town}${String(200 + n)}`;

let t: TestApp;
let staff2: Agent;
const ids: string[] = [];
beforeAll(async () => {
  t = await createTestApp();
  staff2 = await t.login('staff2');
  for (let i = 0; i < 29; i++) ids.push((await newCommissioner(staff2, { name: `覆盖测试${i}` })).id);
  for (let i = 0; i < 26; i++) await assign(staff2, ids[i]!, village(i));
  await assign(staff2, ids[26]!, village(0));                              // village 200 gets a second commissioner
  await assign(staff2, ids[25]!, village(26));                             // commissioner 25 serves two villages
  await assign(staff2, ids[27]!, village(27), '2023-01-01', '2023-12-31'); // ended: village 227 stays uncovered
  await assign(staff2, ids[27]!, `${town}001`);                            // a community is not coverage
});
afterAll(() => t.close());

const coverage = async (query = '') => {
  const res = await staff2.get(`/api/v1/coverage?regionCode=${town}${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

describe('village coverage and the 1:1 check', () => {
  it('counts covered villages once, with the exact ratio, excluding communities', async () => {
    const c = await coverage();
    expect(c.totals).toEqual({ covered: 27, total: 28, percent: '96.42%', uncovered: 1, commissioners: 27, excludedCommunities: 1 });
    expect(c.towns).toEqual([{ townCode: town, townName: '晓天镇', covered: 27, total: 28, percent: '96.42%', uncovered: 1, shared: 1, commissioners: 27 }]);
  });

  it('reports the uncovered village, the village with two commissioners and commissioners with 0 or 2 villages', async () => {
    const { oneToOne } = await coverage();
    expect(oneToOne.allCovered).toBe(false);
    expect(oneToOne.strict).toBe(false);
    expect(oneToOne.uncoveredVillages).toEqual([{ code: village(27), name: '桃李村', townName: '晓天镇' }]);
    expect(oneToOne.sharedVillages).toHaveLength(1);
    expect(oneToOne.sharedVillages[0]).toMatchObject({ code: village(0), name: '龙潭村' });
    expect(oneToOne.sharedVillages[0].commissioners.map((p: { id: string }) => p.id).sort()).toEqual([ids[0], ids[26]].sort());
    expect(oneToOne.commissionersWithoutVillage.map((p: { id: string }) => p.id).sort()).toEqual([ids[27], ids[28]].sort());
    expect(oneToOne.commissionersWithSeveral).toEqual([expect.objectContaining({ id: ids[25], count: 2 })]);
  });

  it('becomes full coverage once the last village is assigned, still not strict 1:1', async () => {
    const extra = await assign(staff2, ids[28]!, village(27));
    const c = await coverage();
    expect(c.totals).toMatchObject({ covered: 28, total: 28, percent: '100.00%' });
    expect(c.oneToOne).toMatchObject({ allCovered: true, strict: false, uncoveredVillages: [] });
    await staff2.patch(`/api/v1/commissioner-assignments/${extra.id}`, { version: extra.version, endsOn: '2024-06-30' });
    expect((await coverage()).totals.covered).toBe(27);
  });

  it('answers for a past date from the assignment periods', async () => {
    const c = await coverage('&date=2023-06-01');
    expect(c.totals).toMatchObject({ covered: 1, total: 28 }); // only the assignment of 2023
    expect(c.villages.find((v: { code: string }) => v.code === village(27)).commissioners).toEqual(['覆盖测试27']);
  });

  it('another county sees none of it, and its region is out of reach', async () => {
    const staff = await t.login('staff');
    const res = await staff.get(`/api/v1/coverage?regionCode=${town}`);
    expect(res.statusCode).toBe(400);
    expect((await (await t.login('enterprise')).get('/api/v1/coverage')).statusCode).toBe(403);
  });
});

describe('coverage of a city: one row per county, villages only in a county drill-down', () => {
  const figures = ['covered', 'total', 'percent', 'uncovered', 'commissioners', 'excludedCommunities'] as const;
  const pick = (o: Record<string, unknown>) => Object.fromEntries(figures.map((k) => [k, o[k]]));

  it('answers per county with counts, each county row equal to that county’s own report', async () => {
    const city = await t.login('city');
    const area = (await city.get('/api/v1/coverage')).json();
    expect(area).toMatchObject({ level: 'area', regionCode: '3415', towns: [], villages: [] });
    expect(area.oneToOne).toMatchObject({ uncoveredVillages: [], sharedVillages: [], commissionersWithoutVillage: [], commissionersWithSeveral: [] });
    const own = (await staff2.get('/api/v1/coverage')).json();
    expect(own.level).toBe('county');
    const row = area.counties.find((c: { regionCode: string }) => c.regionCode === '341523');
    expect(row).toMatchObject({ regionName: '舒城县', ...pick(own.totals) });
    expect(row.shared).toBe(own.oneToOne.counts.sharedVillages);
    // The demo county (397 villages, communities, demo assignments) checks the SQL village rule too.
    const demo = (await (await t.login('staff')).get('/api/v1/coverage')).json();
    expect(area.counties.find((c: { regionCode: string }) => c.regionCode === '341522')).toMatchObject(pick(demo.totals));
    const sum = (k: string) => area.counties.reduce((n: number, c: Record<string, number>) => n + c[k]!, 0);
    expect([area.totals.total, area.totals.covered, area.totals.excludedCommunities]).toEqual([sum('total'), sum('covered'), sum('excludedCommunities')]);
    expect(area.oneToOne.counts.sharedVillages).toBe(sum('shared'));
    expect(area.oneToOne.counts.uncoveredVillages).toBe(area.totals.uncovered);
  });

  it('drills into one county with regionCode: the same report its own bureau sees', async () => {
    const city = await t.login('city');
    const drill = (await city.get('/api/v1/coverage?regionCode=341523')).json();
    const own = (await staff2.get('/api/v1/coverage')).json();
    expect(drill).toMatchObject({ level: 'county', regionCode: '341523', counties: [] });
    expect(pick(drill.totals)).toEqual(pick(own.totals));
    const ids = (list: Array<{ id: string }>) => list.map((p) => p.id).sort();
    expect(ids(drill.oneToOne.commissionersWithoutVillage)).toEqual(ids(own.oneToOne.commissionersWithoutVillage));
    expect(drill.oneToOne.counts).toEqual(own.oneToOne.counts);
    expect(drill.villages).toHaveLength(own.villages.length);
  });

  it('a county bureau keeps its county report and cannot look at the city', async () => {
    const own = (await staff2.get('/api/v1/coverage?regionCode=3415')).json();
    expect(own).toMatchObject({ level: 'county', regionCode: '341523' });
    expect((await staff2.get('/api/v1/coverage?regionCode=341522')).statusCode).toBe(400);
  });
});
