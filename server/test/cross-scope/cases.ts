import { createOrganisation, createUser, orgIdByName } from '../factories';
import { demoRegion } from '../../db/seed/demo-region';
import { commissionerCases } from './commissioner-cases';
import { enterpriseCases } from './enterprise-cases';
import { projectCases } from './project-cases';
import { enterpriseUser, siblingAdmin, siblingStaff } from './outsiders';
import type { CrossScopeCase } from './types';

export const crossScopeCases: CrossScopeCase[] = [
  {
    resource: '单位 organisations',
    create: (t) => createOrganisation(t, { regionCode: demoRegion.county, kind: 'member_unit', name: '霍邱县财政局（跨域测试）' }),
    listUrl: '/api/v1/organisations?pageSize=200',
    detailUrl: (id) => `/api/v1/organisations/${id}`,
    writes: [
      { method: 'PATCH', url: (id) => `/api/v1/organisations/${id}`, payload: { version: 1, name: '越权修改' } },
      { method: 'DELETE', url: (id) => `/api/v1/organisations/${id}` },
    ],
    outsiders: [siblingStaff, enterpriseUser, siblingAdmin],
  },
  {
    resource: '用户 users',
    create: async (t) => (await createUser(t, { organisationId: await orgIdByName(t, '霍邱县科学技术局（演示）'), roles: ['staff'] })).id,
    listUrl: '/api/v1/users?pageSize=200',
    detailUrl: (id) => `/api/v1/users/${id}`,
    writes: [
      { method: 'PATCH', url: (id) => `/api/v1/users/${id}`, payload: { version: 1, displayName: '越权修改' } },
      { method: 'POST', url: (id) => `/api/v1/users/${id}/reveal-mobile` },
      { method: 'POST', url: (id) => `/api/v1/users/${id}/reset-password`, payload: { newPassword: 'Another#Pass1' } },
    ],
    outsiders: [siblingAdmin],
  },
  ...commissionerCases,
  ...enterpriseCases,
  ...projectCases,
];
