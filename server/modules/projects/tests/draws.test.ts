import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { experts, reviewDraws } from '../../../db/schema/project-reviews';
import { createTestApp, type TestApp } from '../../../test/harness';
import { demoEnterprise, linkExpertAccount, openCall, seedExperts } from '../testing/fixtures';
import { type Actors, actors, mustMove, submittedProject } from '../testing/flow';

let t: TestApp;
let a: Actors;
let applicantOrg: string;
beforeAll(async () => {
  t = await createTestApp();
  applicantOrg = (await demoEnterprise(t)).organisationId;
  a = await actors(t);
  // These tests build their own expert pools: the demo pool sits out.
  await t.pool.query('update experts set status = $1 where is_demo', ['retired']);
});
afterAll(() => t.close());

/** A fresh field so only this test's experts match, and n projects in review under one call. */
async function batch(n: number, field: string) {
  const call = await openCall(a.staff, { drawRule: { perApplication: 3, minFinancial: 1, minTechnicalPercent: 60 } });
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const { id } = await submittedProject(t, a, call.id);
    await t.pool.query('update projects set field = $1 where id = $2', [field, id]);
    await mustMove(a.staff, id, 'formal_pass');
    ids.push(id);
  }
  return { callId: call.id, ids };
}

describe('回避 through the API', () => {
  it('never draws experts of the applicant, recorded collaborators or paused ones, and says why for each', async () => {
    const field = 'aerospace';
    const { callId, ids } = await batch(2, field);
    const clean = await seedExperts(t, { technical: 4, financial: 2, field });
    const sameOrg = await seedExperts(t, { technical: 2, financial: 1, field, organisationId: applicantOrg });
    const [collaborator, paused] = await seedExperts(t, { technical: 2, financial: 0, field });
    await t.db.update(experts).set({ status: 'paused' }).where(eq(experts.id, paused!));
    const c = await a.staff.post(`/api/v1/experts/${collaborator}/conflicts`, { kind: 'collaborator', organisationId: applicantOrg, note: '2025年与申报单位合作横向课题' });
    expect(c.statusCode).toBe(201);
    const res = await a.staff.post('/api/v1/review-draws', { callId });
    expect(res.statusCode).toBe(201);
    const draw = res.json();
    for (const p of draw.projects) {
      expect(ids).toContain(p.id);
      const drawn = p.assignments.map((x: { expertId: string }) => x.expertId);
      expect(drawn).toHaveLength(3);
      for (const banned of [...sameOrg, collaborator, paused]) expect(drawn).not.toContain(banned);
      expect(drawn.every((e: string) => clean.includes(e))).toBe(true);
      const why = (e: string) => p.exclusions.find((x: { expertId: string }) => x.expertId === e)?.reasons.map((r: { label: string }) => r.label);
      expect(why(sameOrg[0]!)).toEqual(['与申报单位为同一单位']);
      expect(why(collaborator!)).toEqual(['近三年与申报单位或合作单位有合作']);
      expect(why(paused!)).toEqual(['专家状态不可用（暂停或退出）']);
      expect(p.exclusions.find((x: { expertId: string }) => x.expertId === collaborator)?.conflict).toBe(true);
    }
    expect(draw.seed).toMatch(/^[0-9a-f]{32}$/);
    expect(draw.replayMatches).toBe(true);

    // 专家库: name order a page at a time, each expert's load this year and recorded conflicts.
    const page = async (n: number) => (await a.staff.get(`/api/v1/experts?pageSize=3&page=${n}`)).json() as { total: number; items: { id: string; name: string; load: number; conflicts: number }[] };
    const [first, second] = [await page(1), await page(2)];
    expect(first.total).toBeGreaterThan(6);
    const names = [...first.items, ...second.items].map((e) => e.name);
    expect(names).toEqual([...names].sort());
    expect(new Set([...first.items, ...second.items].map((e) => e.id)).size).toBe(6);
    const all = (await a.staff.get('/api/v1/experts?pageSize=100')).json().items as { id: string; load: number; conflicts: number }[];
    const drawnCount = (e: string) => draw.projects.filter((p: { assignments: { expertId: string }[] }) => p.assignments.some((x) => x.expertId === e)).length;
    for (const e of clean) expect(all.find((x) => x.id === e)?.load).toBe(drawnCount(e));
    expect(all.find((x) => x.id === collaborator)?.conflicts).toBe(1);
  });

  it('lists draws newest first, a page at a time, with the counts of each recorded draw', async () => {
    const { callId } = await batch(2, 'new_materials');
    await seedExperts(t, { technical: 6, financial: 2, field: 'new_materials' });
    const detail = (await a.staff.post('/api/v1/review-draws', { callId })).json();
    const list = (await a.staff.get(`/api/v1/review-draws?callId=${callId}`)).json();
    expect(list).toMatchObject({ total: 1, page: 1, pageSize: 20 });
    expect(list.items).toEqual([{
      id: detail.id, callId, kind: 'batch', seed: detail.seed, createdAt: detail.createdAt,
      applications: detail.applications, assignments: detail.assignments, exclusions: detail.exclusions,
    }]);
    expect(detail.applications).toBe(2);
    const all = (await a.staff.get('/api/v1/review-draws?pageSize=1')).json();
    expect(all.items).toHaveLength(1);
    expect(all.total).toBeGreaterThan(1);
    const second = (await a.staff.get('/api/v1/review-draws?pageSize=1&page=2')).json();
    expect(second.items).toHaveLength(1);
    expect(second.items[0].id).not.toBe(all.items[0].id);
    expect(second.items[0].createdAt <= all.items[0].createdAt).toBe(true);
    expect((await (await t.login('staff2')).get(`/api/v1/review-draws?callId=${callId}`)).json()).toMatchObject({ total: 0, items: [] });
  });

  it('replays a stored draw and detects tampering', async () => {
    const [row] = await t.db.select().from(reviewDraws).limit(1);
    expect((await a.staff.get(`/api/v1/review-draws/${row!.id}`)).json().replayMatches).toBe(true);
    const forged = structuredClone(row!.record);
    forged.result.assignments.reverse();
    if (forged.result.assignments.length > 1) {
      await t.db.update(reviewDraws).set({ record: forged }).where(eq(reviewDraws.id, row!.id));
      expect((await a.staff.get(`/api/v1/review-draws/${row!.id}`)).json().replayMatches).toBe(false);
    }
    expect((await (await t.login('staff2')).get(`/api/v1/review-draws/${row!.id}`)).statusCode).toBe(404);
  });

  it('refuses a draw when experts run short, drawing nobody', async () => {
    const { callId } = await batch(1, 'biomedicine');
    await seedExperts(t, { technical: 1, financial: 0, field: 'biomedicine' });
    const res = await a.staff.post('/api/v1/review-draws', { callId });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toContain('符合条件的专家不足');
    expect((await a.staff.get(`/api/v1/reviews?callId=${callId}`)).json().items).toEqual([]);
  });
});

describe('the expert side', () => {
  it('sees only assigned applications, opens them after declaring no conflict, scores once', async () => {
    const field = 'energy';
    const { callId, ids } = await batch(1, field);
    const pool = await seedExperts(t, { technical: 2, financial: 1, field });
    await linkExpertAccount(t, pool[0]!);
    await a.staff.post('/api/v1/review-draws', { callId });
    const expert = await t.login('expert');
    const mine = (await expert.get('/api/v1/reviews')).json().items;
    const review = mine.find((r: { project: { id: string } }) => r.project.id === ids[0]);
    expect(review).toMatchObject({ status: 'assigned', project: { title: expect.any(String), applicantName: '霍邱县演示智能装备有限公司' }, abilities: { confirm: true, score: false } });
    expect(mine.every((r: { expert: unknown }) => r.expert === null)).toBe(true);
    expect((await expert.get(`/api/v1/projects/${ids[0]}`)).statusCode).toBe(404);
    expect((await expert.get('/api/v1/projects')).json().items).toEqual([]);
    const early = await expert.post(`/api/v1/reviews/${review.id}/submit`, { version: review.version, scores: { innovation: 90, feasibility: 90, benefit: 90 } });
    expect(early.json()).toMatchObject({ code: 'INVALID_TRANSITION', message: '该评审任务尚未确认回避，不能重复办理' });
    const confirmed = (await expert.post(`/api/v1/reviews/${review.id}/confirm`, { version: review.version, noConflict: true })).json();
    expect((await expert.get(`/api/v1/projects/${ids[0]}`)).statusCode).toBe(200);
    const low = await expert.post(`/api/v1/reviews/${review.id}/submit`, { version: confirmed.version, scores: { innovation: 50, feasibility: 50, benefit: 50 } });
    expect(low.json()).toMatchObject({ code: 'VALIDATION_FAILED', message: '总分 50.00 低于 60 分，须填写评审意见' });
    const ok = await expert.post(`/api/v1/reviews/${review.id}/submit`, { version: confirmed.version, scores: { innovation: 50, feasibility: 50, benefit: 50 }, comment: '技术路线不清晰' });
    expect(ok.json()).toMatchObject({ status: 'submitted', total: '50.00' });
    const again = await expert.post(`/api/v1/reviews/${review.id}/submit`, { version: ok.json().version, scores: { innovation: 99, feasibility: 99, benefit: 99 } });
    expect(again.statusCode).toBe(409);
    const staffView = (await a.staff.get(`/api/v1/projects/${ids[0]}/reviews`)).json();
    expect(staffView.items.find((r: { id: string }) => r.id === review.id).expert.name).toBe('技术专家1');
    const ranking = (await a.staff.get(`/api/v1/calls/${callId}/ranking`)).json();
    expect(ranking.items[0]).toMatchObject({ rank: 1, aggregate: { count: 1, mean: '50.00' }, pending: 2 });
    expect((await expert.get(`/api/v1/calls/${callId}/ranking`)).statusCode).toBe(403);
  });

  it('declines with a conflict; staff draw one replacement of the same category who is not the decliner', async () => {
    const field = 'environment';
    const { callId, ids } = await batch(1, field);
    await seedExperts(t, { technical: 3, financial: 2, field });
    await a.staff.post('/api/v1/review-draws', { callId });
    const reviews = (await a.staff.get(`/api/v1/reviews?projectId=${ids[0]}`)).json().items;
    const fin = reviews.find((r: { category: string }) => r.category === 'financial');
    await linkExpertAccount(t, fin.expert.id);
    const expert = await t.login('expert');
    const declined = await expert.post(`/api/v1/reviews/${fin.id}/decline`, { version: fin.version, reason: '本人为申报单位财务顾问', conflict: true });
    expect(declined.json()).toMatchObject({ status: 'declined', declineReason: '存在利益冲突：本人为申报单位财务顾问' });
    expect((await a.staff.get('/api/v1/notifications')).json().items[0].title).toContain('评审专家拒绝评审，请补抽');
    const replaced = await a.staff.post(`/api/v1/reviews/${fin.id}/replace`);
    expect(replaced.statusCode).toBe(201);
    const [one] = replaced.json().projects[0].assignments;
    expect(one.category).toBe('financial');
    expect(one.expertId).not.toBe(fin.expert.id);
    expect(reviews.map((r: { expert: { id: string } }) => r.expert.id)).not.toContain(one.expertId);
    const reason = replaced.json().projects[0].exclusions.find((x: { expertId: string }) => x.expertId === fin.expert.id).reasons.map((r: { reason: string }) => r.reason);
    expect(reason).toEqual(expect.arrayContaining(['declared_relation', 'declined']));
    expect((await a.staff.post(`/api/v1/reviews/${fin.id}/replace`)).statusCode).toBe(409);
  });
});

describe('the review list pages on the server', () => {
  it('honours page and pageSize with a total; the pages hold every review once; others see none', async () => {
    const field = 'agriculture';
    const { callId } = await batch(2, field);
    const pool = await seedExperts(t, { technical: 4, financial: 2, field });
    expect((await a.staff.post('/api/v1/review-draws', { callId })).statusCode).toBe(201);
    const page = async (n: number) => (await a.staff.get(`/api/v1/reviews?callId=${callId}&pageSize=4&page=${n}`)).json();
    const [first, second, third] = [await page(1), await page(2), await page(3)];
    expect(first).toMatchObject({ total: 6, totalExact: true, page: 1, pageSize: 4 });
    expect([first.items.length, second.items.length, third.items]).toEqual([4, 2, []]);
    const ids = [...first.items, ...second.items].map((r: { id: string }) => r.id);
    expect(new Set(ids).size).toBe(6);
    expect((await a.staff.get(`/api/v1/reviews?callId=${callId}&pageSize=4`)).json().items.map((r: { id: string }) => r.id)).toEqual(ids.slice(0, 4));

    const drawn = first.items.map((r: { expert: { id: string } }) => r.expert.id) as string[];
    const expertId = pool.find((id) => drawn.includes(id))!;
    await linkExpertAccount(t, expertId);
    const own = (await (await t.login('expert')).get('/api/v1/reviews?pageSize=1')).json();
    expect(own.total).toBe([...first.items, ...second.items].filter((r: { expert: { id: string } }) => r.expert.id === expertId).length);
    expect(own.items).toHaveLength(1);

    const sibling = (await (await t.login('staff2')).get(`/api/v1/reviews?callId=${callId}`)).json();
    expect(sibling).toMatchObject({ items: [], total: 0 });
    expect((await a.staff.get('/api/v1/reviews?pageSize=201')).statusCode).toBe(400);
  });
});
