import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness';
import { demoEnterprise } from '../testing/fixtures';
import { type Actors, actors, submittedProject } from '../testing/flow';

let t: TestApp;
let a: Actors;
beforeAll(async () => {
  t = await createTestApp();
  await demoEnterprise(t);
  a = await actors(t);
});
afterAll(() => t.close());

/** project_totals as it is, and as it would be recomputed from the projects (zero rows dropped). */
async function maintainedAndLive() {
  const q = (sql: string) => t.pool.query(sql).then((r) => r.rows);
  const maintained = await q(`select county_code, year, state, projects, requested_fiscal::text, approved_amount::text, disbursed_amount::text
    from project_totals where projects <> 0 or requested_fiscal <> 0 or approved_amount <> 0 or disbursed_amount <> 0 order by 1, 2, 3`);
  const live = await q(`select left(region_code, 6) as county_code, year, state, count(*)::int as projects, sum(requested_fiscal)::numeric(18,2)::text as requested_fiscal,
      coalesce(sum(approved_amount), 0)::numeric(18,2)::text as approved_amount, sum(disbursed_amount)::numeric(18,2)::text as disbursed_amount
    from projects group by 1, 2, 3 order by 1, 2, 3`);
  return { maintained, live };
}

describe('pre-aggregated project totals (project_totals)', () => {
  it('stay equal to the projects through inserts, edits, moves between regions and states, payments and deletes', async () => {
    const ids = [await submittedProject(t, a), await submittedProject(t, a), await submittedProject(t, a)].map((p) => p.id);
    let { maintained, live } = await maintainedAndLive();
    expect(live.length).toBeGreaterThan(0);
    expect(maintained).toEqual(live);

    // One statement moving rows between groups in both directions, with amounts of exact cents.
    await t.pool.query(`update projects set state = case when id = $1 then 'in_progress' else 'approved' end,
      approved_amount = case when id = $1 then 0.10 else 0.20 end, year = year + 1 where id = any($2)`, [ids[0], ids]);
    await t.pool.query(`update projects set title = title || '（改）' where id = $1`, [ids[1]]);
    // A payment reaches projects.disbursed_amount (migration 0008) and from there the totals.
    await t.pool.query(`insert into project_disbursements (project_id, amount, source, paid_on, voucher_no) values ($1, 0.30, 'county', current_date, 'PZ-T1')`, [ids[0]]);
    await t.pool.query(`update projects set region_code = (select code from regions where code like '3415%' and level = 3 and code <> left(projects.region_code, 6) order by code limit 1) where id = $1`, [ids[2]]);
    ({ maintained, live } = await maintainedAndLive());
    expect(maintained).toEqual(live);

    await t.pool.query(`delete from project_disbursements where project_id = $1`, [ids[0]]);
    for (const child of ['project_attachments', 'project_changes', 'project_events', 'project_objections', 'expert_conflicts', 'project_reviews']) {
      await t.pool.query(`delete from ${child} where project_id = $1`, [ids[1]]);
    }
    expect((await t.pool.query(`delete from projects where id = $1`, [ids[1]])).rowCount).toBe(1);
    ({ maintained, live } = await maintainedAndLive());
    expect(maintained).toEqual(live);
  });

  it('give the library the same totals as summing the matching projects, pre-aggregated or not', async () => {
    const live = async (where: string, params: unknown[] = []) =>
      (await t.pool.query(`select count(*)::int as count, coalesce(sum(requested_fiscal), 0)::numeric(18,2)::text as requested,
        coalesce(sum(approved_amount), 0)::numeric(18,2)::text as approved, coalesce(sum(disbursed_amount), 0)::numeric(18,2)::text as disbursed
        from projects where region_code like '341522%' and ${where}`, params)).rows[0];
    const byStage = (await a.staff.get('/api/v1/projects?stage=implementation&pageSize=5')).json();
    expect(byStage.totals).toEqual(await live(`state in ('approved', 'in_progress', 'acceptance_requested', 'upper_approved', 'filed')`));
    expect(byStage.totals.count).toBeGreaterThan(0);
    const all = (await a.staff.get('/api/v1/projects?pageSize=5')).json();
    expect(all.totals).toEqual(await live('true'));
    // Below the county (a town) the aggregate cannot tell: the projects are summed.
    const { rows: [town] } = await t.pool.query(`select region_code from projects where region_code like '341522%' and length(region_code) > 6 limit 1`);
    const inTown = (await a.staff.get(`/api/v1/projects?pageSize=5&regionCode=${town.region_code}`)).json();
    expect(inTown.totals).toEqual(await live('region_code like $1', [`${town.region_code}%`]));
    expect(inTown.totals.count).toBeGreaterThan(0);
    // A keyword is not pre-aggregated: the projects are summed.
    const keyword = (await a.staff.get(`/api/v1/projects?pageSize=5&q=${encodeURIComponent('（改）')}`)).json();
    expect(keyword.totals).toEqual(await live(`title like '%（改）%'`));
  });
});
