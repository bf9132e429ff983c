import { buildApp } from './app';
import { bootstrap } from './bootstrap';
import { parseConfig } from './config';
import { ensureRegions } from './db/seed/regions';
import { demoAccounts, demoPassword, seedDemoIfEmpty } from './db/seed/demo';
import { ensureWebBuilt } from './platform/http/web-build';

/**
 * Process roles: `web` (default) serves HTTP and runs background workers; `api` serves HTTP only;
 * `worker` runs background work only; `migrate` migrates and seeds, then exits.
 */
async function main(): Promise<void> {
  const started = Date.now();
  const role = process.argv[2] ?? 'web';
  const config = parseConfig();
  const log = (m: string) => console.log(`[kejiju] ${m}`);
  const jobs = role === 'migrate' ? 'none' : role === 'api' ? 'enqueue-only' : 'workers';
  const runtime = await bootstrap(config, log, { jobs });
  const { ctx } = runtime;
  await ensureRegions(ctx.database.db);
  const seeded = config.demo ? await seedDemoIfEmpty(ctx) : false;
  if (role === 'migrate') {
    await runtime.shutdown();
    return;
  }
  if (role === 'worker') {
    log('后台任务进程已启动');
    const stop = () => void runtime.shutdown().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return;
  }
  await ensureWebBuilt(log);
  const app = await buildApp(ctx, { logger: { level: config.logLevel }, serveWeb: true });
  const shutdown = async (signal: string) => {
    log(`收到 ${signal}，正在关闭…`);
    await app.close().catch(() => undefined);
    await runtime.shutdown().catch(() => undefined);
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ host: config.host, port: config.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host}:${port}`;
  log(`Kejiju ${ctx.version} 已启动：${url}  （数据库：${ctx.database.kind === 'embedded' ? `内置 PostgreSQL，数据目录 ${config.dataDir}` : '外部 PostgreSQL'}；就绪用时 ${Date.now() - started} ms）`);
  log(`API 文档：${url}/api/docs`);
  if (config.demo) {
    log(`演示模式${seeded ? '（已载入演示数据）' : ''}。演示账号（密码均为 ${demoPassword}）：`);
    for (const a of demoAccounts) log(`  ${a.username.padEnd(13)} ${a.label}`);
  }
}

main().catch((err) => {
  console.error(`[kejiju] 启动失败：${err instanceof Error ? err.message : String(err)}`);
  if (process.env.LOG_LEVEL === 'debug') console.error(err);
  process.exit(1);
});
