import { sql } from 'drizzle-orm';
import type { Role } from '../../../domain/roles';
import { composeUscc } from '../../../domain/uscc';
import type { AppContext } from '../../platform/context';
import { hashPassword } from '../../platform/crypto/passwords';
import { organisations, userRoles, users } from '../schema';
import type { OrganisationKind } from '../schema';
import { seedDemoCommissioners } from './demo-commissioners';
import { demoRegion } from './demo-region';
import { seedDemoEnterprises } from './demo-enterprises';
import { seedDemoProjects } from './demo-projects';

/** Demo-mode password of every demo account. Never valid outside demo mode (see login). */
export const demoPassword = 'Kejiju#2026';

interface DemoOrg {
  key: string;
  name: string;
  kind: OrganisationKind;
  regionCode: string;
  uscc?: string;
}

const demoOrgs: DemoOrg[] = [
  { key: 'city', name: '六安市科学技术局（演示）', kind: 'bureau', regionCode: demoRegion.city, uscc: composeUscc('11', '341500', 'D0000001') },
  { key: 'county', name: '霍邱县科学技术局（演示）', kind: 'bureau', regionCode: demoRegion.county, uscc: composeUscc('11', '341522', 'D0000002') },
  { key: 'sibling', name: '舒城县科学技术局（演示）', kind: 'bureau', regionCode: demoRegion.siblingCounty, uscc: composeUscc('11', '341523', 'D0000003') },
  { key: 'stats', name: '霍邱县统计局（演示）', kind: 'member_unit', regionCode: demoRegion.county, uscc: composeUscc('11', '341522', 'D0000004') },
  { key: 'enterprise', name: '霍邱县演示智能装备有限公司', kind: 'enterprise', regionCode: `${demoRegion.county}100`, uscc: composeUscc('91', '341522', 'MA2D0001') },
  { key: 'university', name: '演示农业大学', kind: 'institution', regionCode: demoRegion.city, uscc: composeUscc('12', '341500', 'D0000005') },
  { key: 'agri', name: '霍邱县农业技术推广中心（演示）', kind: 'institution', regionCode: demoRegion.county, uscc: composeUscc('12', '341522', 'D0000006') },
];

export interface DemoAccount {
  username: string;
  displayName: string;
  org: string;
  roles: Role[];
  label: string;
  mobile: string;
}

export const demoAccounts: DemoAccount[] = [
  { username: 'admin', displayName: '系统管理员（演示）', org: 'city', roles: ['sysadmin'], label: '系统管理员', mobile: '13800000001' },
  { username: 'security', displayName: '安全管理员（演示）', org: 'city', roles: ['secadmin'], label: '安全管理员', mobile: '13800000002' },
  { username: 'auditor', displayName: '审计管理员（演示）', org: 'city', roles: ['auditor'], label: '审计管理员', mobile: '13800000003' },
  { username: 'leader', displayName: '王局长（演示）', org: 'county', roles: ['leader'], label: '局领导（霍邱县）', mobile: '13800000004' },
  { username: 'staff', displayName: '李科员（演示）', org: 'county', roles: ['staff'], label: '业务科室（霍邱县）', mobile: '13800000005' },
  { username: 'staff2', displayName: '张科员（演示）', org: 'sibling', roles: ['staff'], label: '业务科室（舒城县）', mobile: '13800000006' },
  { username: 'city', displayName: '赵处长（演示）', org: 'city', roles: ['upper'], label: '上级科技局（六安市，只读）', mobile: '13800000007' },
  { username: 'enterprise', displayName: '陈经理（演示）', org: 'enterprise', roles: ['enterprise'], label: '企业用户', mobile: '13800000008' },
  { username: 'expert', displayName: '刘教授（演示）', org: 'university', roles: ['expert'], label: '专家', mobile: '13800000009' },
  { username: 'commissioner', displayName: '周农艺师（演示）', org: 'agri', roles: ['commissioner'], label: '科技特派员', mobile: '13800000010' },
  { username: 'member', displayName: '吴统计员（演示）', org: 'stats', roles: ['member'], label: '成员单位（霍邱县统计局）', mobile: '13800000011' },
];

/** Loads the demo organisations and accounts when no user exists yet. Returns whether it did. */
export async function seedDemoIfEmpty(ctx: AppContext): Promise<boolean> {
  const { db } = ctx.database;
  const [{ count } = { count: 0 }] = await db.select({ count: sql<number>`count(*)::int` }).from(users);
  if (count > 0) return false;
  const passwordHash = await hashPassword(demoPassword);
  await db.transaction(async (tx) => {
    const orgIds = new Map<string, string>();
    for (const org of demoOrgs) {
      const [row] = await tx
        .insert(organisations)
        .values({ name: org.name, kind: org.kind, regionCode: org.regionCode, uscc: org.uscc ?? null, isDemo: true })
        .returning({ id: organisations.id });
      orgIds.set(org.key, row!.id);
    }
    for (const account of demoAccounts) {
      const [user] = await tx
        .insert(users)
        .values({
          username: account.username,
          displayName: account.displayName,
          organisationId: orgIds.get(account.org)!,
          passwordHash,
          mustChangePassword: false,
          mobileEnc: ctx.cipher.encrypt(account.mobile),
          isDemo: true,
        })
        .returning({ id: users.id });
      await tx.insert(userRoles).values(account.roles.map((role) => ({ userId: user!.id, role })));
    }
  });
  await seedDemoEnterprises(ctx);
  await seedDemoCommissioners(ctx);
  await seedDemoProjects(ctx);
  return true;
}
