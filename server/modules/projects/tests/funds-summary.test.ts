import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Dec } from '../../../../domain/exact';
import { buildScope } from '../../../platform/authz/scope';
import { createTestApp, type TestApp } from '../../../test/harness';
import { fundsSummary, fundsSummaryQuery } from '../funds/summary';
import { demoEnterprise, openCall } from '../testing/fixtures';
import { type Actors, actors, submittedProject } from '../testing/flow';

let t: TestApp;
let a: Actors;
let town: string;
beforeAll(async () => {
  t = await createTestApp();
  await demoEnterprise(t);
  a = await actors(t);
  // Four programmes of this year; two projects of one programme paid from every source, one in a town.
  const ids = [];
  for (let i = 0; i < 4; i++) ids.push((await submittedProject(t, a)).id);
  const second = await submittedProject(t, a, (await t.pool.query('select call_id from projects where id = $1', [ids[0]])).rows[0].call_id);
  ids.push(second.id);
  // A 推荐上级 programme: its call's budget is the county's 0, the upper level approves and pays.
  const recommended = await submittedProject(t, a, (await openCall(a.staff, { budget: '0' }, 'recommend')).id);
  await t.pool.query(`update projects set state = 'approved', approved_amount = requested_fiscal - 0.01, version = version + 1 where id = any($1)`, [[ids[0], ids[1], second.id, recommended.id]]);
  for (const [id, amount, source] of [[ids[0], '0.10', 'county'], [ids[0], '0.20', 'city_match'], [second.id, '1000.05', 'province_match'], [ids[1], '7.77', 'county'], [recommended.id, '300.00', 'province_match']]) {
    await t.pool.query(`insert into project_disbursements (project_id, amount, source, paid_on, voucher_no) values ($1, $2, $3, current_date, 'PZ-' || gen_random_uuid())`, [id, amount, source]);
  }
  town = (await t.pool.query(`select r.code from regions r join projects p on r.code like left(p.region_code, 6) || '%' where p.id = $1 and r.level = 4 order by r.code limit 1`, [second.id])).rows[0].code;
  await t.pool.query('update projects set region_code = $2 where id = $1', [second.id, town]);
});
afterAll(() => t.close());

type Sums = { projects: number; requested: string; approved: string; disbursed: string; bySource: Record<string, string>; budget: string | null; remaining: string | null };
type Item = Sums & { programmeId: string; programmeName: string; year: number };

/** The same sums computed here, in decimals, from the projects, tranches and calls under `prefix`. */
async function expected(prefix: string): Promise<{ items: Item[]; totals: Sums }> {
  const projects = (await t.pool.query(`select p.programme_id, p.year, p.requested_fiscal::text as requested, coalesce(p.approved_amount, 0)::text as approved,
      coalesce((select json_object_agg(source, amount) from (select source, sum(amount)::text as amount from project_disbursements where project_id = p.id group by source) s), '{}') as paid
    from projects p where p.region_code like $1 || '%' and p.state <> 'draft'`, [prefix])).rows as { programme_id: string; year: number; requested: string; approved: string; paid: Record<string, string> }[];
  const budgets = new Map((await t.pool.query(`select programme_id || '|' || year as key, sum(budget)::text as budget from project_calls where region_code like $1 || '%' group by 1`, [prefix]))
    .rows.map((r: { key: string; budget: string }) => [r.key, r.budget]));
  const programmes = (await t.pool.query('select id, name, track from project_programmes')).rows as { id: string; name: string; track: string }[];
  const names = new Map(programmes.map((r) => [r.id, r.name]));
  const ownMoney = new Set(programmes.filter((r) => r.track === 'county').map((r) => r.id));
  const zero = () => ({ projects: 0, requested: new Dec(0), approved: new Dec(0), county: new Dec(0), city_match: new Dec(0), province_match: new Dec(0) });
  const groups = new Map<string, ReturnType<typeof zero> & { programmeId: string; year: number }>();
  for (const p of projects) {
    const key = `${p.programme_id}|${p.year}`;
    const g = groups.get(key) ?? { ...zero(), programmeId: p.programme_id, year: p.year };
    groups.set(key, g);
    g.projects++;
    g.requested = g.requested.add(p.requested);
    g.approved = g.approved.add(p.approved);
    for (const s of ['county', 'city_match', 'province_match'] as const) g[s] = g[s].add(p.paid[s] ?? 0);
  }
  const present = (g: ReturnType<typeof zero>, budget: Dec | null, own: boolean): Sums => ({
    projects: g.projects, requested: g.requested.toFixed(2), approved: g.approved.toFixed(2), disbursed: g.county.add(g.city_match).add(g.province_match).toFixed(2),
    bySource: { county: g.county.toFixed(2), city_match: g.city_match.toFixed(2), province_match: g.province_match.toFixed(2) },
    budget: budget?.toFixed(2) ?? null, remaining: own ? budget?.sub(g.approved).toFixed(2) ?? null : null,
  });
  const all = { ...zero(), budget: null as Dec | null, remaining: null as Dec | null };
  const items = [...groups.entries()].map(([key, g]) => {
    const budget = budgets.has(key) ? new Dec(budgets.get(key)!) : null;
    for (const k of ['requested', 'approved', 'county', 'city_match', 'province_match'] as const) all[k] = all[k].add(g[k]);
    all.projects += g.projects;
    if (budget) all.budget = (all.budget ?? new Dec(0)).add(budget);
    if (budget && ownMoney.has(g.programmeId)) all.remaining = (all.remaining ?? new Dec(0)).add(budget.sub(g.approved));
    return { programmeId: g.programmeId, programmeName: names.get(g.programmeId)!, year: g.year, ...present(g, budget, ownMoney.has(g.programmeId)) };
  });
  return { items, totals: { ...present(all, all.budget, true), remaining: all.remaining?.toFixed(2) ?? null } };
}

const byKey = (x: Item, y: Item) => `${x.programmeId}|${x.year}`.localeCompare(`${y.programmeId}|${y.year}`);
const staffRegion = async () => (await t.pool.query(`select o.region_code from users u join organisations o on o.id = u.organisation_id where u.username = 'staff'`)).rows[0].region_code as string;

describe('经费汇总 (GET /api/v1/funds/summary)', () => {
  it('gives exact sums per programme and year against the budgets, and the totals of all of them', async () => {
    const res = await a.staff.get('/api/v1/funds/summary?pageSize=200');
    expect(res.statusCode).toBe(200);
    const body = res.json() as { items: Item[]; total: number; totals: Sums };
    const want = await expected(await staffRegion());
    expect(want.items.some((i) => i.bySource.province_match === '1000.05')).toBe(true);
    expect(body.total).toBe(want.items.length);
    expect([...body.items].sort(byKey)).toEqual(want.items.sort(byKey).map((i) => expect.objectContaining(i)));
    expect(body.totals).toEqual(want.totals);
    const upper = body.items.find((i) => i.bySource.province_match === '300.00')!;
    expect(upper).toMatchObject({ budget: '0.00', remaining: null });
    expect(body.items.filter((i) => i.remaining !== null).every((i) => Number(i.remaining) >= 0)).toBe(true);
    const programmeRegions = (await t.pool.query('select p.id, r.code, r.name from project_programmes p join regions r on r.code = p.region_code')).rows as { id: string; code: string; name: string }[];
    const regionOf = new Map(programmeRegions.map((r) => [r.id, { regionCode: r.code, regionName: r.name }]));
    for (const i of body.items as (Item & { regionCode: string; regionName: string })[]) expect({ regionCode: i.regionCode, regionName: i.regionName }).toEqual(regionOf.get(i.programmeId));
  });

  it('pages in a fixed order (newest year first) and repeats the totals of the whole set on every page, past the end too', async () => {
    const whole = (await a.staff.get('/api/v1/funds/summary?pageSize=200')).json() as { items: Item[]; total: number; totals: Sums };
    expect(whole.items.map((i) => i.year)).toEqual([...whole.items.map((i) => i.year)].sort((x, y) => y - x));
    const pages = [];
    for (let page = 1; page <= whole.total; page++) {
      const body = (await a.staff.get(`/api/v1/funds/summary?pageSize=1&page=${page}`)).json();
      expect(body).toMatchObject({ total: whole.total, page, pageSize: 1, totals: whole.totals });
      pages.push(...body.items);
    }
    expect(pages).toEqual(whole.items);
    const past = (await a.staff.get(`/api/v1/funds/summary?pageSize=1&page=${whole.total + 1}`)).json();
    expect(past).toMatchObject({ items: [], total: whole.total, totals: whole.totals });
  });

  it('a town bureau sums its own projects (finer than the kept county totals) to the same figures', async () => {
    const scope = buildScope({ userId: '00000000-0000-4000-8000-000000000001', username: 'town', organisationId: '00000000-0000-4000-8000-000000000002', regionCode: town, roles: ['staff'] });
    const body = await fundsSummary(t.db, scope, fundsSummaryQuery.parse({ pageSize: '200' }));
    const want = await expected(town);
    expect(want.items.some((i) => i.bySource.province_match === '1000.05')).toBe(true);
    expect([...body.items].sort(byKey)).toEqual(want.items.sort(byKey).map((i) => expect.objectContaining(i)));
    expect(body.totals).toEqual(want.totals);
  });

  it('shows a sibling county none of this county\'s money and refuses enterprises', async () => {
    const sibling = (await (await t.login('staff2')).get('/api/v1/funds/summary?pageSize=200')).json() as { items: Item[] };
    const mine = new Set((await expected(await staffRegion())).items.map((i) => i.programmeId));
    expect(sibling.items.filter((i) => mine.has(i.programmeId))).toEqual([]);
    const refused = await a.enterprise.get('/api/v1/funds/summary');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().message).toBe('只有科技局工作人员可以查看经费汇总');
  });
});
