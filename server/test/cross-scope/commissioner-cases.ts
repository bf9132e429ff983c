import crypto from 'node:crypto';
import type { Agent, TestApp } from '../harness';
import { enterpriseUser, siblingAdmin, siblingStaff } from './outsiders';
import type { CrossScopeCase } from './types';

type Outsider = CrossScopeCase['outsiders'][number];

/** Signs in once per test app and account: the matrix would otherwise hit the login rate limit. */
function cached(o: Outsider): Outsider {
  const agents = new WeakMap<TestApp, Promise<Agent>>();
  return { who: o.who, agent: (t) => agents.get(t) ?? (agents.set(t, o.agent(t)), agents.get(t)!) };
}
const staffOf = cached({ who: 'staff', agent: (t) => t.login('staff') }).agent;

/** The demo commissioner account: a commissioner user who must see only their own rows. */
const otherCommissioner = { who: '另一位科技特派员 commissioner', agent: (t: TestApp) => t.login('commissioner') };
const outsiders = [siblingStaff, enterpriseUser, siblingAdmin, otherCommissioner].map(cached);

async function post(staff: Agent, url: string, body: unknown): Promise<{ id: string }> {
  const res = await staff.post(url, body);
  if (res.statusCode !== 201) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
  return res.json();
}
const commissioner = (staff: Agent) => post(staff, '/api/v1/commissioners', {
  code: `X${crypto.randomBytes(4).toString('hex')}`, name: '跨域测试特派员', level: 'county', field: '粮油作物', workUnit: '县农技中心', status: 'active',
});
const assignment = async (staff: Agent) => post(staff, '/api/v1/commissioner-assignments', {
  commissionerId: (await commissioner(staff)).id, targetKind: 'cooperative', targetName: `跨域测试合作社${crypto.randomBytes(3).toString('hex')}`, startsOn: '2025-01-01',
});

/** 科技特派员 rows of the demo county: another county, an enterprise, another admin and another commissioner get 404. */
export const commissionerCases: CrossScopeCase[] = [
  {
    resource: '科技特派员 commissioners',
    create: async (t) => (await commissioner(await staffOf(t))).id,
    listUrl: '/api/v1/commissioners?pageSize=200',
    detailUrl: (id) => `/api/v1/commissioners/${id}`,
    writes: [
      { method: 'PATCH', url: (id) => `/api/v1/commissioners/${id}`, payload: { version: 1, name: '越权修改' } },
      { method: 'POST', url: (id) => `/api/v1/commissioners/${id}/exit`, payload: { version: 1, exitedOn: '2025-01-01', reason: '越权退出' } },
      { method: 'POST', url: (id) => `/api/v1/commissioners/${id}/reveal-phone` },
    ],
    outsiders,
  },
  {
    resource: '派驻 commissioner-assignments',
    create: async (t) => (await assignment(await staffOf(t))).id,
    listUrl: '/api/v1/commissioner-assignments?pageSize=200',
    detailUrl: (id) => `/api/v1/commissioner-assignments/${id}`,
    writes: [{ method: 'PATCH', url: (id) => `/api/v1/commissioner-assignments/${id}`, payload: { version: 1, endsOn: '2025-02-01' } }],
    outsiders,
  },
  {
    resource: '三方协议 commissioner-agreements',
    create: async (t) => {
      const staff = await staffOf(t);
      const a = await assignment(staff);
      return (await post(staff, '/api/v1/commissioner-agreements', { assignmentId: a.id, terms: '乙方每月到村服务不少于两天，甲方给予经费保障。', startsOn: '2025-01-01', endsOn: '2025-12-31' })).id;
    },
    listUrl: '/api/v1/commissioner-agreements?pageSize=200',
    detailUrl: (id) => `/api/v1/commissioner-agreements/${id}`,
    writes: [{ method: 'PATCH', url: (id) => `/api/v1/commissioner-agreements/${id}`, payload: { version: 1, status: 'terminated' } }],
    outsiders,
  },
  {
    resource: '服务日志 service-logs',
    create: async (t) => {
      const staff = await staffOf(t);
      const c = await commissioner(staff);
      return (await post(staff, '/api/v1/service-logs', { commissionerId: c.id, serviceDate: '2025-05-01', place: '村部', type: 'training', content: '跨域测试的服务内容', trained: 10 })).id;
    },
    listUrl: '/api/v1/service-logs?pageSize=200',
    detailUrl: (id) => `/api/v1/service-logs/${id}`,
    writes: [
      { method: 'PATCH', url: (id) => `/api/v1/service-logs/${id}`, payload: { version: 1, content: '越权修改的服务内容' } },
      { method: 'DELETE', url: (id) => `/api/v1/service-logs/${id}` },
    ],
    outsiders,
  },
  {
    // One row per commissioner: the row is the commissioner, who has a log of the year.
    resource: '服务情况汇总 service-logs/summary',
    create: async (t) => {
      const staff = await staffOf(t);
      const c = await commissioner(staff);
      await post(staff, '/api/v1/service-logs', { commissionerId: c.id, serviceDate: '2025-05-02', place: '村部', type: 'problem', content: '跨域测试的汇总日志', problemsSolved: 1 });
      return c.id;
    },
    listUrl: '/api/v1/service-logs/summary?year=2025&pageSize=200',
    listIds: (body) => (body as { items: Array<{ commissionerId: string }> }).items.map((r) => r.commissionerId),
    detailUrl: (id) => `/api/v1/commissioners/${id}`,
    outsiders,
  },
  {
    resource: '需求 needs',
    create: async (t) => (await post(await staffOf(t), '/api/v1/needs', {
      title: '跨域测试需求', description: '跨域测试的需求描述', requesterKind: 'village', villageCode: '341522102231' })).id,
    listUrl: '/api/v1/needs?pageSize=200',
    detailUrl: (id) => `/api/v1/needs/${id}`,
    writes: [{ method: 'POST', url: (id) => `/api/v1/needs/${id}/transitions`, payload: { version: 1, action: 'close', note: '越权关闭' } }],
    outsiders,
  },
  {
    resource: '年度考核 appraisals',
    create: async (t) => (await post(await staffOf(t), '/api/v1/appraisals', { year: 2019 })).id,
    listUrl: '/api/v1/appraisals',
    detailUrl: (id) => `/api/v1/appraisals/${id}`,
    writes: [
      { method: 'PATCH', url: (id) => `/api/v1/appraisals/${id}`, payload: { version: 1, name: '越权修改' } },
      { method: 'POST', url: (id) => `/api/v1/appraisals/${id}/compute` },
      { method: 'POST', url: (id) => `/api/v1/appraisals/${id}/publish`, payload: { version: 1 } },
    ],
    outsiders,
  },
  {
    resource: '科技特派团 commissioner-teams',
    create: async (t) => (await post(await staffOf(t), '/api/v1/commissioner-teams', {
      name: `跨域测试特派团${crypto.randomBytes(3).toString('hex')}`, kind: 'composite', level: 'county', field: '综合', members: [] })).id,
    listUrl: '/api/v1/commissioner-teams',
    detailUrl: (id) => `/api/v1/commissioner-teams/${id}`,
    writes: [{ method: 'PATCH', url: (id) => `/api/v1/commissioner-teams/${id}`, payload: { version: 1, name: '越权修改' } }],
    outsiders,
  },
];
