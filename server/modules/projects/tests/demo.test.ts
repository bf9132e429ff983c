import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replayDraw } from '../../../../domain/projects/draw';
import { stageOf } from '../../../../domain/projects/states';
import { reviewDraws } from '../../../db/schema/project-reviews';
import { seedDemoProjects } from '../../../db/seed/demo-projects';
import { createTestApp, type TestApp } from '../../../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const snapshot = async () => (await t.pool.query(`
  select p.title, p.state, p.year, p.approved_amount, p.project_no, p.requested_fiscal,
    (select string_agg(r.total::text, ',' order by r.total) from project_reviews r where r.project_id = p.id) as totals,
    (select coalesce(sum(d.amount), 0)::text from project_disbursements d where d.project_id = p.id) as paid
  from projects p where p.is_demo order by p.title`)).rows;

describe('demo projects', () => {
  it('cover every stage and track over three years', async () => {
    const rows = (await t.pool.query('select distinct state, track, year from projects where is_demo')).rows as Array<{ state: keyof typeof stageOf; track: string; year: number }>;
    expect(new Set(rows.map((r) => stageOf[r.state]))).toEqual(new Set(['application', 'review', 'approval', 'implementation', 'closed']));
    expect(new Set(rows.map((r) => r.track))).toEqual(new Set(['county', 'recommend', 'self_funded']));
    expect(new Set(rows.map((r) => r.year)).size).toBe(3);
    expect(new Set(rows.map((r) => r.state)).size).toBeGreaterThanOrEqual(18);
  });

  it('give the demo expert an open review task and keep every draw replayable', async () => {
    const expert = await t.login('expert');
    const tasks = (await expert.get('/api/v1/reviews')).json().items;
    expect(tasks.some((r: { status: string }) => r.status === 'assigned')).toBe(true);
    const draws = await t.db.select().from(reviewDraws).where(sql`${reviewDraws.seed} is not null`);
    expect(draws.length).toBeGreaterThan(0);
    for (const d of draws) expect(replayDraw(d.record).matches).toBe(true);
  });

  it('never pays a demo project beyond its approved amount', async () => {
    const over = await t.pool.query(`select p.id from projects p where p.is_demo and
      (select coalesce(sum(amount), 0) from project_disbursements d where d.project_id = p.id) > coalesce(p.approved_amount, 0)`);
    expect(over.rows).toEqual([]);
  });

  it('is deterministic: re-seeding gives the same rows', async () => {
    const before = await snapshot();
    await t.pool.query(`delete from notifications where kind in ('review.assigned', 'project.submitted');
      delete from project_reviews; delete from review_draws; delete from project_disbursements; delete from project_attachments;
      delete from project_events; delete from projects; delete from project_calls; delete from project_programmes;
      delete from expert_conflicts; delete from experts;`);
    await seedDemoProjects(t.ctx);
    const after = await snapshot();
    expect(after.map((r) => ({ ...r, totals: r.totals }))).toEqual(before);
  });
});
