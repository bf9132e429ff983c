import crypto from 'node:crypto';
import { composeUscc } from '../../../domain/uscc';
import type { Agent, TestApp } from '../harness';
import { enterpriseUser, siblingAdmin, siblingStaff } from './outsiders';
import type { CrossScopeCase } from './types';

type Outsider = CrossScopeCase['outsiders'][number];

/** One sign-in per test app and account, so the matrix stays under the login rate limit. */
function cached(o: Outsider): Outsider {
  const agents = new WeakMap<TestApp, Promise<Agent>>();
  return { who: o.who, agent: (t) => agents.get(t) ?? (agents.set(t, o.agent(t)), agents.get(t)!) };
}
const staffOf = cached({ who: 'staff', agent: (t) => t.login('staff') }).agent;
const outsiders = [siblingStaff, enterpriseUser, siblingAdmin].map(cached);

async function created(staff: Agent, url: string, body: unknown): Promise<string> {
  const res = await staff.post(url, body);
  if (res.statusCode !== 201) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
  return res.json().id;
}

const figures = {
  employees: 10, techStaff: 2, salesRevenue: '1.00', totalIncome: '1.00', totalAssets: '1.00', netAssets: '1.00', totalCost: '1.00',
  rdExpense: '0.00', rdExpenseDomestic: '0.00', highTechIncome: '0.00', ipClass1: 0, ipClass2: 0, conversions: 0,
};

/** 企业培育 rows of the demo county: another county, an enterprise user and another county's admin get 404. */
export const enterpriseCases: CrossScopeCase[] = [
  {
    resource: '企业 enterprises',
    create: async (t) => created(await staffOf(t), '/api/v1/enterprises', {
      uscc: composeUscc('91', '341522', `MA${crypto.randomInt(0, 1e6).toString().padStart(6, '0')}`), name: '跨域测试科技有限公司', regionCode: '341522', phone: '13912345678',
    }),
    listUrl: '/api/v1/enterprises?pageSize=200',
    detailUrl: (id) => `/api/v1/enterprises/${id}`,
    writes: [
      { method: 'PATCH', url: (id) => `/api/v1/enterprises/${id}`, payload: { version: 1, address: '越权修改' } },
      { method: 'POST', url: (id) => `/api/v1/enterprises/${id}/reveal-phone` },
      { method: 'PUT', url: (id) => `/api/v1/enterprises/${id}/annual-data/2024`, payload: figures },
      { method: 'POST', url: (id) => `/api/v1/enterprises/${id}/tiers`, payload: { kind: 'tech_sme', year: 2025 } },
      { method: 'POST', url: (id) => `/api/v1/enterprises/${id}/tiers/${crypto.randomUUID()}/end`, payload: { outcome: 'revoked', reason: '越权撤销' } },
      { method: 'POST', url: (id) => `/api/v1/enterprises/${id}/hnte-reports`, payload: { reportYear: 2024, filedOn: '2025-05-01' } },
      { method: 'POST', url: (id) => `/api/v1/enterprises/${id}/funnel-moves`, payload: { to: 'team', reason: '越权调整', version: 1 } },
    ],
    outsiders,
  },
  {
    resource: '申报批次 enterprise batches',
    create: async (t) => created(await staffOf(t), '/api/v1/enterprises/batches', { kind: 'hnte', year: 2026, name: '跨域测试批次' }),
    listUrl: '/api/v1/enterprises/batches?pageSize=200',
    detailUrl: (id) => `/api/v1/enterprises/batches/${id}`,
    writes: [
      { method: 'PATCH', url: (id) => `/api/v1/enterprises/batches/${id}`, payload: { version: 1, name: '越权修改' } },
      { method: 'POST', url: (id) => `/api/v1/enterprises/batches/${id}/advance`, payload: { version: 1, to: 'expert_review' } },
      { method: 'GET', url: (id) => `/api/v1/enterprises/batches/${id}/entries` },
      { method: 'POST', url: (id) => `/api/v1/enterprises/batches/${id}/entries`, payload: { enterpriseId: crypto.randomUUID() } },
      { method: 'DELETE', url: (id) => `/api/v1/enterprises/batches/${id}` },
    ],
    outsiders,
  },
];
