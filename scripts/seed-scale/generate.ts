import { drizzle } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import * as schema from '../../server/db/schema';
import { demoPassword } from '../../server/db/seed/demo';
import { candidacyList } from '../../server/modules/enterprises/insights/candidacy-store';
import { unsafeRefreshKept } from '../../server/modules/enterprises/insights/kept';
import { reminderList } from '../../server/modules/enterprises/insights/reminder-store';
import type { FieldCipher } from '../../server/platform/crypto/field-cipher';
import { hashPassword } from '../../server/platform/crypto/passwords';
import { seedCommissioners, seedServiceLogs } from './commissioners';
import { seedAnnual, seedEnterprises, seedTiers } from './enterprises';
import { Progress } from './insert';
import { type ScalePlan, provinceCode } from './plan';
import { seedCallsAndExperts, seedProjects } from './projects';
import { seedDisbursements, seedReviews } from './reviews';
import { buildWorld, scaleUsername } from './world';

/** Business tables whose non-demo rows mean a real deployment: seed:scale never writes next to them. */
const businessTables = ['enterprises', 'projects', 'project_programmes', 'commissioners', 'commissioner_service_logs', 'experts'];

export class RefusedError extends Error {}

export async function assertSeedable(db: pg.ClientBase): Promise<void> {
  for (const table of businessTables) {
    const { rows } = await db.query<{ n: number }>(`select count(*)::int as n from (select 1 from ${table} where not is_demo limit 1) x`);
    if (rows[0]!.n > 0) throw new RefusedError(`数据库中已有非演示的业务数据（${table}），拒绝写入规模测试数据`);
  }
  const { rowCount } = await db.query('select 1 from users where lower(username) = $1', [scaleUsername(provinceCode)]);
  if (rowCount) throw new RefusedError('数据库中已有规模测试数据（账号 scale_34）；请换一个空数据库');
}

export interface SeedOptions {
  plan: ScalePlan;
  cipher: FieldCipher;
  /** "Today" in China (YYYY-MM-DD): nothing is dated after it. */
  today: string;
  log(message: string): void;
}

/**
 * Writes the whole scale data set in one transaction (all or nothing), then ANALYZEs. Every row
 * is flagged is_demo where the table has the flag; nothing is written to the audit chain.
 */
export async function seedScale(pool: pg.Pool, o: SeedOptions): Promise<Record<string, number>> {
  const client = await pool.connect();
  const progress = new Progress(o.log);
  const t0 = Date.now();
  try {
    await assertSeedable(client);
    await client.query('begin');
    await client.query('set local synchronous_commit = off');
    const world = await buildWorld(client, o.cipher, await hashPassword(demoPassword));
    o.log(`安徽省：${world.counties.length} 个县级区划，每级一个科技局机构与账号（scale_<区划代码>）`);
    const ents = await seedEnterprises(client, o.plan, world, progress);
    await seedAnnual(client, o.plan, ents, progress);
    await seedTiers(client, o.plan, ents, progress);
    const { calls, experts } = await seedCallsAndExperts(client, o.plan, world);
    const projects = await seedProjects(client, o.plan, ents, calls, progress);
    await seedReviews(client, o.plan, calls, experts, projects, progress);
    await seedDisbursements(client, o.plan, projects, progress, o.today);
    const commissioners = await seedCommissioners(client, o.plan, world, progress);
    await seedServiceLogs(client, o.plan, world, commissioners, progress, o.today);
    o.log('提交事务…');
    await client.query('commit');
  } catch (err) {
    await client.query('rollback').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
  // VACUUM as well: sets the visibility map, so list totals can use index-only scans right away.
  o.log('VACUUM ANALYZE…');
  await pool.query('vacuum analyze');
  // The kept 发现一批 and 到期提醒 (migration 0015) for today, as the first reader or the
  // housekeeping would compute them: the database is left as a running system has it.
  o.log('发现一批、到期提醒…');
  const db = drizzle({ client: pool, schema });
  await unsafeRefreshKept(db, candidacyList, o.today, 2000);
  await unsafeRefreshKept(db, reminderList, o.today, 2000);
  // Write the seeded pages out now, so the checkpoint that would otherwise follow within minutes does
  // not flush gigabytes under whatever runs next (a benchmark). Needs superuser or pg_checkpoint.
  await pool.query('checkpoint').catch((err: Error) => o.log(`CHECKPOINT 未执行：${err.message}`));
  const counts = await countScaleRows(pool);
  o.log(`完成，用时 ${((Date.now() - t0) / 1000).toFixed(0)} s：${Object.entries(counts).map(([k, v]) => `${k} ${v.toLocaleString('en-US')}`).join('，')}`);
  return counts;
}

export async function countScaleRows(pool: pg.Pool): Promise<Record<string, number>> {
  const tables = ['enterprises', 'enterprise_annual_data', 'enterprise_tiers', 'projects', 'project_reviews', 'project_disbursements', 'commissioners', 'commissioner_service_logs'];
  const out: Record<string, number> = {};
  for (const t of tables) {
    const { rows } = await pool.query<{ n: number }>(`select count(*)::int as n from ${t} where id::text like '5ca1e0%'`);
    out[t] = rows[0]!.n;
  }
  return out;
}
