/**
 * `npm run seed:scale [-- --scale=0.01] [-- --database-url=postgres://…] [-- --seed=34]`: fills a
 * database at province scale (安徽省: 200,000 enterprises with 5 years of annual data, tiers,
 * 50,000 projects with reviews and disbursements, 20,000 commissioners with 1,000,000 service
 * logs at --scale=1). Embedded PostgreSQL in KEJIJU_DATA_DIR by default, like `npm start`.
 * Refuses a database that holds non-demo business data.
 */
import { chinaDate } from '../../domain/enterprise/dates';
import { bootstrap } from '../../server/bootstrap';
import { parseConfig } from '../../server/config';
import { seedDemoIfEmpty } from '../../server/db/seed/demo';
import { ensureRegions } from '../../server/db/seed/regions';
import { RefusedError, seedScale } from './generate';
import { planFor } from './plan';

function option(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.slice(2).find((a) => a.startsWith(prefix))?.slice(prefix.length);
}

async function main(): Promise<void> {
  const log = (m: string) => console.log(`[seed:scale] ${m}`);
  const plan = planFor(Number(option('scale') ?? 1), Number(option('seed') ?? 34));
  const url = option('database-url');
  if (url) process.env.DATABASE_URL = url;
  const config = parseConfig();
  log(`规模 ${plan.scale}：企业 ${plan.enterprises}，年度数据 ${plan.enterprises * plan.years.length}，项目 ${plan.projects}，特派员 ${plan.commissioners}，服务日志 ${plan.serviceLogs}`);
  const runtime = await bootstrap(config, log, { jobs: 'none' });
  try {
    const { ctx } = runtime;
    await ensureRegions(ctx.database.db);
    if (config.demo) await seedDemoIfEmpty(ctx);
    await seedScale(ctx.database.pool, { plan, cipher: ctx.cipher, today: chinaDate(ctx.now()), log });
    log('账号：scale_34（全省，只读）、scale_<市代码>（只读）、scale_<县代码>（业务科室），密码同演示账号；仅演示模式可登录');
  } finally {
    await runtime.shutdown();
  }
}

main().catch((err) => {
  console.error(`[seed:scale] ${err instanceof RefusedError ? '拒绝运行' : '失败'}：${err instanceof Error ? err.message : String(err)}`);
  if (!(err instanceof RefusedError)) console.error(err);
  process.exit(1);
});
