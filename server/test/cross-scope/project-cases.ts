import { eq } from 'drizzle-orm';
import { enterprises } from '../../db/schema';
import { experts, projectReviews, reviewDraws } from '../../db/schema/project-reviews';
import { projectCalls, projectProgrammes, projects } from '../../db/schema/projects';
import { otherEnterprise, scoreSheet } from '../../modules/projects/testing/fixtures';
import type { TestApp } from '../harness';
import { enterpriseUser, siblingStaff } from './outsiders';
import type { CrossScopeCase } from './types';

const expertUser = { who: '未被抽中的专家 expert', agent: (t: TestApp) => t.login('expert') };

/** A programme and an open call of the demo county, inserted directly. */
async function countyCall(t: TestApp) {
  const [programme] = await t.db.insert(projectProgrammes).values({ regionCode: '341522', name: `跨域测试计划${Date.now()}${Math.random()}`, level: 'county', track: 'county' }).returning();
  const [call] = await t.db.insert(projectCalls).values({
    programmeId: programme!.id, regionCode: '341522', year: 2026, title: '跨域测试指南', opensAt: new Date(Date.now() - 86_400_000), closesAt: new Date(Date.now() + 86_400_000),
    budget: '100000', scoreSheet, drawRule: { perApplication: 3, minFinancial: 1, minTechnicalPercent: 60 },
  }).returning();
  return call!;
}

/** A draw record of a county call (its content is not read by these cases). */
async function countyDraw(t: TestApp, callId: string) {
  const record = { algorithm: 'x', input: { seed: 's', rule: { perApplication: 1, minFinancial: 0, minTechnicalPercent: 0 }, pool: [], applications: [], conflicts: [] }, result: { assignments: [], exclusions: [], shortfalls: [] } };
  return (await t.db.insert(reviewDraws).values({ callId, regionCode: '341522', seed: 's', record }).returning({ id: reviewDraws.id }))[0]!.id;
}

/** A submitted application of an enterprise that has no account (so the demo enterprise user is an outsider). */
async function countyProject(t: TestApp) {
  const call = await countyCall(t);
  const enterpriseId = await otherEnterprise(t);
  const [e] = await t.db.select().from(enterprises).where(eq(enterprises.id, enterpriseId));
  const [p] = await t.db.insert(projects).values({
    callId: call.id, programmeId: call.programmeId, year: 2026, track: 'county', state: 'in_review', regionCode: e!.regionCode, enterpriseId, title: '跨域测试项目',
  }).returning({ id: projects.id });
  return p!.id;
}

export const projectCases: CrossScopeCase[] = [
  {
    resource: '科技项目 projects',
    create: countyProject,
    listUrl: '/api/v1/projects?pageSize=200',
    detailUrl: (id) => `/api/v1/projects/${id}`,
    writes: [
      { method: 'PATCH', url: (id) => `/api/v1/projects/${id}`, payload: { version: 1, title: '越权修改' } },
      { method: 'POST', url: (id) => `/api/v1/projects/${id}/transitions`, payload: { version: 1, event: 'complete_review' } },
      { method: 'POST', url: (id) => `/api/v1/projects/${id}/disbursements`, payload: { amount: '1', source: 'county', paidOn: '2026-01-01', voucherNo: 'X' } },
      { method: 'POST', url: (id) => `/api/v1/projects/${id}/objections`, payload: { receivedOn: '2026-01-01', objector: '某某', content: '越权登记' } },
      { method: 'POST', url: (id) => `/api/v1/projects/${id}/changes`, payload: { kind: 'termination', reason: '越权申请' } },
    ],
    outsiders: [siblingStaff, enterpriseUser, expertUser],
  },
  {
    resource: '申报指南 calls',
    create: async (t) => (await countyCall(t)).id,
    listUrl: '/api/v1/calls?pageSize=200',
    detailUrl: (id) => `/api/v1/calls/${id}`,
    writes: [{ method: 'PATCH', url: (id) => `/api/v1/calls/${id}`, payload: { version: 1, title: '越权修改的指南' } }],
    outsiders: [siblingStaff, expertUser],
  },
  {
    resource: '专家库 experts',
    create: async (t) => (await t.db.insert(experts).values({ regionCode: '341522', name: '跨域测试专家', category: 'technical', organisationName: '某大学' }).returning({ id: experts.id }))[0]!.id,
    listUrl: '/api/v1/experts?pageSize=200',
    detailUrl: (id) => `/api/v1/experts/${id}`,
    writes: [
      { method: 'PATCH', url: (id) => `/api/v1/experts/${id}`, payload: { version: 1, name: '越权修改' } },
      { method: 'POST', url: (id) => `/api/v1/experts/${id}/reveal-phone` },
      { method: 'POST', url: (id) => `/api/v1/experts/${id}/conflicts`, payload: { kind: 'relation', note: '越权登记' } },
    ],
    outsiders: [siblingStaff, enterpriseUser, expertUser],
  },
  {
    resource: '评审抽取记录 review-draws',
    create: async (t) => countyDraw(t, (await countyCall(t)).id),
    listUrl: '/api/v1/review-draws',
    detailUrl: (id) => `/api/v1/review-draws/${id}`,
    outsiders: [siblingStaff, enterpriseUser, expertUser],
  },
  {
    // An expert of the county drawn for a county project; the demo expert account is not that expert.
    resource: '评审任务 reviews',
    create: async (t) => {
      const projectId = await countyProject(t);
      const [p] = await t.db.select({ callId: projects.callId }).from(projects).where(eq(projects.id, projectId));
      const [expert] = await t.db.insert(experts).values({ regionCode: '341522', name: '跨域测试评审专家', category: 'technical', organisationName: '某大学' }).returning({ id: experts.id });
      const [review] = await t.db.insert(projectReviews).values({ drawId: await countyDraw(t, p!.callId), projectId, expertId: expert!.id, category: 'technical', position: 1 })
        .returning({ id: projectReviews.id });
      return review!.id;
    },
    listUrl: '/api/v1/reviews?pageSize=200',
    detailUrl: (id) => `/api/v1/reviews/${id}`,
    writes: [
      { method: 'POST', url: (id) => `/api/v1/reviews/${id}/confirm`, payload: { version: 1, noConflict: true } },
      { method: 'POST', url: (id) => `/api/v1/reviews/${id}/decline`, payload: { version: 1, reason: '越权拒绝' } },
      { method: 'POST', url: (id) => `/api/v1/reviews/${id}/replace` },
    ],
    outsiders: [siblingStaff, enterpriseUser, expertUser],
  },
];
