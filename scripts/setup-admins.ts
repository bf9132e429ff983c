/**
 * `npm run setup:admins -- --region 341522 --org "霍邱县科学技术局"`: first start of a production
 * installation. Creates the bureau organisation (if missing) and the three separated admin accounts
 * (sysadmin / secadmin / auditor) with one-time random passwords printed once. Each must change the
 * password and enrol TOTP at first login. Refuses to run when admin accounts already exist.
 */
import crypto from 'node:crypto';
import { parseArgs } from 'node:util';
import { and, eq, inArray } from 'drizzle-orm';
import { roleLabels, type Role } from '../domain/roles';
import { bootstrap } from '../server/bootstrap';
import { parseConfig } from '../server/config';
import { organisations, regions, userRoles, users } from '../server/db/schema';
import { ensureRegions } from '../server/db/seed/regions';
import { recordAudit } from '../server/platform/audit/audit';
import { hashPassword } from '../server/platform/crypto/passwords';

const adminAccounts: Array<{ username: string; role: Role }> = [
  { username: 'sysadmin', role: 'sysadmin' },
  { username: 'secadmin', role: 'secadmin' },
  { username: 'auditadmin', role: 'auditor' },
];

/** 16 characters from four classes, so it passes the password policy. */
function oneTimePassword(): string {
  const sets = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnopqrstuvwxyz', '23456789', '#%+=@!'];
  const chars = sets.flatMap((set) => Array.from({ length: 4 }, () => set[crypto.randomInt(set.length)]!));
  for (let i = chars.length - 1; i > 0; i--) {
    const j = crypto.randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('');
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { region: { type: 'string' }, org: { type: 'string' } } });
  if (!values.region || !values.org) {
    console.error('用法：npm run setup:admins -- --region <区划代码> --org <科技局名称>');
    return 2;
  }
  const runtime = await bootstrap(parseConfig(), () => undefined, { jobs: 'none' });
  try {
    const { db } = runtime.ctx.database;
    await ensureRegions(db);
    const [region] = await db.select().from(regions).where(eq(regions.code, values.region));
    if (!region) {
      console.error(`区划代码 ${values.region} 不存在（省 2 位、市 4 位、县 6 位）`);
      return 2;
    }
    const existing = await db.select({ id: userRoles.userId }).from(userRoles).where(inArray(userRoles.role, ['sysadmin', 'secadmin', 'auditor']));
    if (existing.length > 0) {
      console.error('已存在管理员账号，未做任何修改。请由安全管理员在系统内管理账号。');
      return 1;
    }
    const printed: string[] = [];
    await db.transaction(async (tx) => {
      let [org] = await tx.select({ id: organisations.id }).from(organisations)
        .where(and(eq(organisations.name, values.org!), eq(organisations.regionCode, region.code)));
      if (!org) [org] = await tx.insert(organisations).values({ name: values.org!, kind: 'bureau', regionCode: region.code }).returning({ id: organisations.id });
      for (const account of adminAccounts) {
        const password = oneTimePassword();
        const [user] = await tx.insert(users).values({
          username: account.username,
          displayName: roleLabels[account.role],
          organisationId: org!.id,
          passwordHash: await hashPassword(password),
          mustChangePassword: true,
        }).returning({ id: users.id });
        await tx.insert(userRoles).values({ userId: user!.id, role: account.role });
        await recordAudit(tx, { userId: null, username: 'setup:admins', ip: null, regionCode: region.code }, {
          action: 'user.create', objectType: 'user', objectId: user!.id, details: { after: { username: account.username, roles: [account.role] } },
        });
        printed.push(`  ${account.username.padEnd(11)} ${roleLabels[account.role].padEnd(6)} 一次性密码：${password}`);
      }
    });
    console.log(`已在「${values.org}」（${region.fullName}）创建三员管理账号。首次登录须修改密码并绑定动态口令：`);
    for (const line of printed) console.log(line);
    return 0;
  } finally {
    await runtime.shutdown();
  }
}

main().then((code) => process.exit(code), (err) => {
  console.error(`[setup:admins] ${err instanceof Error ? err.message : String(err)}`);
  process.exit(2);
});
