import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertSeedable, RefusedError, seedScale } from '../../../scripts/seed-scale/generate';
import { planFor } from '../../../scripts/seed-scale/plan';
import { createTestApp, type TestApp } from '../../test/harness';

/** seed:scale at a tiny scale (100 enterprises) on a clone of the demo database: counts and invariants. */
describe('seed:scale generator', () => {
  const plan = planFor(0.0005);
  const today = '2026-12-01';
  let a: TestApp;
  let b: TestApp;
  const one = async (t: TestApp, text: string) => (await t.pool.query(text)).rows[0] as Record<string, unknown>;
  const digest = (t: TestApp) => one(t, `select md5(string_agg(id::text || name || uscc || region_code, ',' order by id)) as d from enterprises where is_demo and id::text like '5ca1e0%'`);

  beforeAll(async () => {
    [a, b] = await Promise.all([createTestApp(), createTestApp()]);
    await seedScale(a.pool, { plan, cipher: a.ctx.cipher, today, log: () => undefined });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  it('writes the planned counts, all flagged as demo data', async () => {
    const counts = await one(a, `select
      (select count(*)::int from enterprises where id::text like '5ca1e0%' and is_demo) as enterprises,
      (select count(*)::int from enterprise_annual_data where id::text like '5ca1e0%') as annual,
      (select count(*)::int from projects where id::text like '5ca1e0%' and is_demo) as projects,
      (select count(*)::int from commissioners where id::text like '5ca1e0%' and is_demo) as commissioners,
      (select count(*)::int from commissioner_service_logs where id::text like '5ca1e0%' and is_demo) as logs`);
    expect(counts).toEqual({ enterprises: plan.enterprises, annual: plan.enterprises * 5, projects: plan.projects, commissioners: plan.commissioners, logs: plan.serviceLogs });
  });

  it('leaves 发现一批 and 到期提醒 computed for its day, as a running system keeps them', async () => {
    const kept = await one(a, `select (select array_agg(name || ' ' || as_of order by name) from enterprise_kept_state) as state,
      (select count(*)::int from enterprise_candidacy_changes) + (select count(*)::int from enterprise_reminder_changes) as changed,
      (select count(*)::int from enterprise_reminders where enterprise_id::text like '5ca1e0%') as reminders`);
    expect(kept).toMatchObject({ state: [`candidacies ${today}`, `reminders ${today}`], changed: 0 });
    expect(kept.reminders).toBeGreaterThan(0);
  });

  it('keeps every row inside 安徽省 and consistent with its parents', async () => {
    const bad = await one(a, `select
      (select count(*)::int from enterprises where id::text like '5ca1e0%' and region_code not like '34%') as outside,
      (select count(*)::int from (select enterprise_id from enterprise_annual_data where id::text like '5ca1e0%' group by enterprise_id
         having count(*) <> 5 or min(year) <> 2021 or max(year) <> 2025) x) as annual_gaps,
      (select count(*)::int from projects p join enterprises e on e.id = p.enterprise_id join project_calls c on c.id = p.call_id
         where p.id::text like '5ca1e0%' and (p.region_code <> e.region_code or left(p.region_code, 6) <> c.region_code)) as project_regions,
      (select count(*)::int from project_disbursements d join projects p on p.id = d.project_id where d.id::text like '5ca1e0%'
         and (d.paid_on >= $$2026-12-01$$ or p.approved_amount is null)) as bad_payments,
      (select count(*)::int from projects p where p.id::text like '5ca1e0%'
         and p.disbursed_amount <> (select coalesce(sum(d.amount), 0) from project_disbursements d where d.project_id = p.id)) as wrong_disbursed,
      (select count(*)::int from commissioner_service_logs l join commissioners c on c.id = l.commissioner_id
         where l.id::text like '5ca1e0%' and (l.region_code <> c.region_code or l.service_date >= $$2026-12-01$$)) as bad_logs,
      (select count(*)::int from project_reviews r join projects p on p.id = r.project_id join experts x on x.id = r.expert_id
         where r.id::text like '5ca1e0%' and x.region_code <> left(p.region_code, 6)) as foreign_reviewers,
      (select count(*)::int from project_fund_totals t full join (
         select p.programme_id, p.year, left(p.region_code, 6) as county_code, sum(d.amount) filter (where d.source = 'county') as county, sum(d.amount) filter (where d.source = 'city_match') as city_match,
           sum(d.amount) filter (where d.source = 'province_match') as province_match
         from projects p left join (select project_id, source, sum(amount) as amount from project_disbursements group by 1, 2) d on d.project_id = p.id
         where p.state <> 'draft' group by 1, 2, 3) x using (programme_id, year, county_code)
       where t.disbursed_county is distinct from coalesce(x.county, 0) or t.disbursed_city_match is distinct from coalesce(x.city_match, 0)
         or t.disbursed_province_match is distinct from coalesce(x.province_match, 0)) as wrong_fund_totals,
      (select count(*)::int from (select left(c.region_code, 6), y.year, sum(y.services), sum(y.service_days), sum(y.trained_people)
         from commissioner_log_years y join commissioners c on c.id = y.commissioner_id group by 1, 2
         except select county_code, year, services, service_days, trained_people from commissioner_log_county_years) x) as wrong_log_county_totals,
      (select count(*)::int from project_calls c where c.id::text like '5ca1e0%' and c.budget
         < (select coalesce(sum(p.approved_amount), 0) from projects p where p.call_id = c.id and p.track = 'county')) as over_budget`);
    expect(bad).toEqual({ outside: 0, annual_gaps: 0, project_regions: 0, bad_payments: 0, wrong_disbursed: 0, bad_logs: 0, foreign_reviewers: 0, wrong_fund_totals: 0, wrong_log_county_totals: 0, over_budget: 0 });
  });

  it('stores phones encrypted with the app key and signs the province account in (demo mode)', async () => {
    const { phone_enc } = await one(a, `select phone_enc from enterprises where id::text like '5ca1e0%' order by id limit 1`);
    expect(a.ctx.cipher.decrypt(String(phone_enc))).toMatch(/^1\d{10}$/);
    const agent = await a.login('scale_34');
    const res = await agent.get('/api/v1/enterprises?pageSize=5');
    expect(res.statusCode).toBe(200);
    const { n } = await one(a, `select count(*)::int as n from enterprises where region_code like '34%'`);
    expect(res.json()).toMatchObject({ total: n, totalExact: true });
    expect(n).toBeGreaterThanOrEqual(plan.enterprises);
  });

  it('refuses a database with non-demo business data or earlier scale data, and is deterministic', async () => {
    const client = await a.pool.connect();
    try {
      await expect(assertSeedable(client)).rejects.toThrow(/scale_34/);
    } finally {
      client.release();
    }
    await b.pool.query(`insert into enterprises (uscc, name, region_code) values ('91341522MA2D9999XX', '真实企业', '341522')`);
    await expect(seedScale(b.pool, { plan, cipher: b.ctx.cipher, today, log: () => undefined })).rejects.toBeInstanceOf(RefusedError);
    await b.pool.query(`delete from enterprises where uscc = '91341522MA2D9999XX'`);
    await seedScale(b.pool, { plan, cipher: b.ctx.cipher, today, log: () => undefined });
    expect(await digest(b)).toEqual(await digest(a));
  });
});
