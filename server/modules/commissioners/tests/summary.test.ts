import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, createTestApp, type TestApp } from '../../../test/harness';
import { commissionerLogin, logBody, newCommissioner } from './fixtures';

// 2019 has no demo logs: the year's figures are exactly the logs written here.
const year = 2019;
let t: TestApp;
let staff: Agent;
let busy: { id: string; code: string };
let quiet: { id: string; code: string };
let mine: Awaited<ReturnType<typeof commissionerLogin>>;

interface Row { commissionerId: string; code: string; services: number; serviceDays: number; problemsSolved: number; trainedPeople: number }
interface SummaryPage { items: Row[]; total: number; totalExact: boolean; page: number; pageSize: number; totals: Record<string, number> }

const summary = async (agent: Agent, query: string): Promise<SummaryPage> => {
  const res = await agent.get(`/api/v1/service-logs/summary?year=${year}&${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

async function allPages(agent: Agent, query = ''): Promise<Row[]> {
  const rows: Row[] = [];
  for (let page = 1; ; page += 1) {
    const p = await summary(agent, `pageSize=50&page=${page}&${query}`);
    rows.push(...p.items);
    if (rows.length >= p.total || p.items.length === 0) return rows;
  }
}

beforeAll(async () => {
  t = await createTestApp();
  staff = await t.login('staff');
  busy = await newCommissioner(staff);
  quiet = await newCommissioner(staff);
  mine = await commissionerLogin(t, staff);
  const log = async (commissionerId: string, over: Record<string, unknown>) =>
    expect((await staff.post('/api/v1/service-logs', logBody({ commissionerId, ...over }))).statusCode).toBe(201);
  await log(busy.id, { serviceDate: '2019-03-01', type: 'training', trained: 40 });
  await log(busy.id, { serviceDate: '2019-03-01', type: 'problem', problemsSolved: 2 });
  await log(busy.id, { serviceDate: '2019-07-15', type: 'onsite' });
  await log(quiet.id, { serviceDate: '2019-05-20', type: 'problem', problemsSolved: 5 });
  await log(mine.c.id, { serviceDate: '2019-06-01', type: 'training', trained: 12 });
  await log(busy.id, { serviceDate: '2020-01-02', type: 'problem', problemsSolved: 100 }); // another year: not counted
});
afterAll(() => t.close());

describe('service-log summary at scale: one page at a time, totals of the whole set', () => {
  it('pages by commissioner code with a total, and the pages together list everyone once', async () => {
    const first = await summary(staff, 'pageSize=2');
    expect(first.items).toHaveLength(2);
    expect(first).toMatchObject({ page: 1, pageSize: 2, totalExact: true });
    const rows = await allPages(staff);
    expect(rows).toHaveLength(first.total);
    expect(new Set(rows.map((r) => r.commissionerId)).size).toBe(rows.length);
    const codes = rows.map((r) => r.code);
    expect(codes).toEqual([...codes].sort());
    expect(rows.map((r) => r.commissionerId)).toEqual(expect.arrayContaining([busy.id, quiet.id, mine.c.id]));
  });

  it('totals sum every commissioner of the set, not only the page shown', async () => {
    const page = await summary(staff, 'pageSize=1');
    expect(page.totals).toMatchObject({ services: 5, serviceDays: 4, trainings: 2, trainedPeople: 52, problemsSolved: 7, onsiteVisits: 1 });
    const rows = await allPages(staff);
    for (const m of ['services', 'serviceDays', 'problemsSolved', 'trainedPeople'] as const) {
      expect(rows.reduce((n, r) => n + r[m], 0), m).toBe(page.totals[m]);
    }
  });

  it('sorts by a figure on the server, ties by code', async () => {
    const top = await summary(staff, 'sort=services&order=desc&pageSize=3');
    expect(top.items.map((r) => [r.commissionerId, r.services])).toEqual([[busy.id, 3], expect.any(Array), expect.any(Array)]);
    expect(top.items.slice(1).map((r) => r.services)).toEqual([1, 1]);
    const solved = await summary(staff, 'sort=problemsSolved&order=desc&pageSize=2');
    expect(solved.items.map((r) => r.commissionerId)).toEqual([quiet.id, busy.id]);
    const last = await summary(staff, `sort=services&order=asc&pageSize=1&page=${top.total}`);
    expect(last.items.map((r) => r.commissionerId)).toEqual([busy.id]);
  });

  it('one commissioner: their row and totals equal to it', async () => {
    const one = await summary(staff, `commissionerId=${busy.id}`);
    expect(one.total).toBe(1);
    expect(one.items).toEqual([expect.objectContaining({ commissionerId: busy.id, services: 3, serviceDays: 2, trainedPeople: 40, problemsSolved: 2, firstDate: '2019-03-01', lastDate: '2019-07-15' })]);
    expect(one.totals).toMatchObject({ services: 3, serviceDays: 2, trainedPeople: 40, problemsSolved: 2 });
  });

  it('keeps scope: a commissioner sees only themselves, another county sees none of these', async () => {
    const own = await summary(mine.agent, '');
    expect(own.items.map((r) => r.commissionerId)).toEqual([mine.c.id]);
    expect(own.totals).toMatchObject({ services: 1, trainedPeople: 12 });
    const sibling = await summary(await t.login('staff2'), 'pageSize=200');
    expect(sibling.items.map((r) => r.commissionerId)).not.toEqual(expect.arrayContaining([busy.id]));
    expect(sibling.totals).toMatchObject({ services: 0, serviceDays: 0 });
    const named = await summary(await t.login('staff2'), `commissionerId=${busy.id}`);
    expect(named).toMatchObject({ items: [], total: 0, totals: { services: 0 } });
  });

  it('refuses a page size above 200 and an unknown sort', async () => {
    expect((await staff.get(`/api/v1/service-logs/summary?year=${year}&pageSize=500`)).statusCode).toBe(400);
    expect((await staff.get(`/api/v1/service-logs/summary?year=${year}&sort=name`)).statusCode).toBe(400);
  });

  it('follows edits and deletions of logs: a log moved to another year leaves the first', async () => {
    const created = await staff.post('/api/v1/service-logs', logBody({ commissionerId: quiet.id, serviceDate: '2019-08-08', type: 'problem', problemsSolved: 4 }));
    const log = created.json();
    const quietIn = async (y: number) => (await staff.get(`/api/v1/service-logs/summary?year=${y}&commissionerId=${quiet.id}`)).json().items[0];
    expect(await quietIn(2019)).toMatchObject({ services: 2, problemsSolved: 9, lastDate: '2019-08-08' });
    const moved = await staff.patch(`/api/v1/service-logs/${log.id}`, { version: log.version, serviceDate: '2018-12-31' });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(await quietIn(2019)).toMatchObject({ services: 1, problemsSolved: 5, lastDate: '2019-05-20' });
    expect(await quietIn(2018)).toMatchObject({ services: 1, problemsSolved: 4, firstDate: '2018-12-31' });
    expect((await staff.delete(`/api/v1/service-logs/${log.id}`)).statusCode).toBe(204);
    expect(await quietIn(2018)).toMatchObject({ services: 0, problemsSolved: 0, firstDate: null });
  });

  it('takes a bulk insert touching thousands of commissioners in one transaction (a seed or a big import)', async () => {
    // 24,000 commissioner-years in one statement: more than PostgreSQL's shared lock table holds
    // (64 per connection), which one lock per key once exhausted ("out of shared memory").
    const client = await t.pool.connect();
    try {
      await client.query('begin');
      await client.query(`insert into commissioners (region_code, code, name, level, field, work_unit, status)
        select '341522', 'BULK' || lpad(g::text, 5, '0'), '批量' || g, 'county', '中药材', '霍邱县农业技术推广中心（演示）', 'active' from generate_series(1, 12000) g`);
      await client.query(`insert into commissioner_service_logs (region_code, commissioner_id, service_date, place, type, content, trained)
        select '341522', c.id, d, '村部', 'training', '批量导入的培训记录', 3 from commissioners c, (values (date '2023-03-01'), (date '2024-03-01')) v(d)
        where c.code like 'BULK%'`);
      await client.query('commit');
    } finally {
      client.release();
    }
    const row = await t.pool.query(`select count(*)::int as n, sum(trained_people)::int as trained from commissioner_log_years y
      join commissioners c on c.id = y.commissioner_id where c.code like 'BULK%'`);
    expect(row.rows[0]).toEqual({ n: 24000, trained: 72000 });
  });

  it('the per-year figures equal a fresh aggregate of every log (demo data included)', async () => {
    const fresh = `select commissioner_id, extract(year from service_date)::int as year, count(distinct service_date)::int, count(*)::int,
      (count(*) filter (where type = 'onsite'))::int, count(distinct village_code)::int, (count(*) filter (where type = 'training'))::int,
      sum(trained)::int, sum(beneficiaries)::int, sum(varieties)::int, sum(technologies)::int, sum(problems_solved)::int, min(service_date), max(service_date)
      from commissioner_service_logs group by 1, 2`;
    const kept = `select commissioner_id, year, service_days, services, onsite_visits, villages_served, trainings, trained_people, beneficiaries,
      varieties, technologies, problems_solved, first_date, last_date from commissioner_log_years`;
    const differ = await t.pool.query(`(${fresh} except ${kept}) union all (${kept} except ${fresh})`);
    expect(differ.rows).toEqual([]);
    expect((await t.pool.query('select count(*)::int as n from commissioner_log_years')).rows[0].n).toBeGreaterThan(10);
  });

  it('the county totals (migration 0019) equal the per-year rows summed by their commissioner\'s county, through moves and deletions', async () => {
    const figures = 'service_days, services, onsite_visits, villages_served, trainings, trained_people, beneficiaries, varieties, technologies, problems_solved';
    const fresh = `select left(c.region_code, 6) as county_code, y.year, ${figures.split(', ').map((f) => `sum(y.${f})::int`).join(', ')}
      from commissioner_log_years y join commissioners c on c.id = y.commissioner_id group by 1, 2`;
    const kept = `select county_code, year, ${figures} from commissioner_log_county_years
      where (${figures.split(', ').join(' + ')}) <> 0`;
    const drift = async () => (await t.pool.query(`(${fresh} except ${kept}) union all (${kept} except ${fresh})`)).rows;
    expect(await drift()).toEqual([]);
    const countyTotals = async (agent = staff) => (await summary(agent, 'pageSize=1')).totals as Record<'services' | 'trainedPeople' | 'problemsSolved', number>;
    const before = await countyTotals();
    const staff2 = await t.login('staff2');
    const siblingBefore = await countyTotals(staff2);
    const sibling = (await t.pool.query(`select o.region_code from users u join organisations o on o.id = u.organisation_id where u.username = 'staff2'`)).rows[0].region_code;

    // A log edited into another year, then the commissioner moved to the sibling county with their years.
    const created = (await staff.post('/api/v1/service-logs', logBody({ commissionerId: quiet.id, serviceDate: '2019-09-09', type: 'training', trained: 30 }))).json();
    expect(await countyTotals()).toMatchObject({ services: before.services + 1, trainedPeople: before.trainedPeople + 30 });
    await staff.patch(`/api/v1/service-logs/${created.id}`, { version: created.version, serviceDate: '2017-01-01' });
    expect(await countyTotals()).toEqual(before);
    expect(await drift()).toEqual([]);
    await t.pool.query('update commissioners set region_code = $2 where id = $1', [quiet.id, sibling]);
    expect(await drift()).toEqual([]);
    expect(await countyTotals()).toMatchObject({ services: before.services - 1, problemsSolved: before.problemsSolved - 5 });
    expect(await countyTotals(staff2)).toMatchObject({ services: siblingBefore.services + 1, problemsSolved: siblingBefore.problemsSolved + 5 });
    await t.pool.query(`update commissioners set region_code = '341522' where id = $1`, [quiet.id]);
    await t.pool.query('delete from commissioner_service_logs where id = $1', [created.id]);
    expect(await drift()).toEqual([]);
    expect(await countyTotals()).toEqual(before);
    expect(await countyTotals(staff2)).toEqual(siblingBefore);
  });
});
