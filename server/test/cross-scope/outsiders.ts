import { createUser, orgIdByName, strongPassword } from '../factories';
import type { TestApp } from '../harness';

/** Outsiders shared by the cases: another county's staff, an enterprise user, another county's admin. */
export const siblingStaff = { who: '舒城县业务科室 staff2', agent: (t: TestApp) => t.login('staff2') };
export const enterpriseUser = { who: '企业用户 enterprise', agent: (t: TestApp) => t.login('enterprise') };
export const siblingAdmin = {
  who: '舒城县系统管理员',
  agent: async (t: TestApp) => {
    const org = await orgIdByName(t, '舒城县科学技术局（演示）');
    const u = await createUser(t, { organisationId: org, roles: ['sysadmin'] });
    // Real admins must enrol TOTP; the matrix only needs a full session, so demo-flag the account.
    await t.pool.query('update users set is_demo = true where id = $1', [u.id]);
    return t.login(u.username, strongPassword);
  },
};
