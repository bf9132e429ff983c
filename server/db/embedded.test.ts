import fs from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AppProcess,
  embeddedUrl,
  isHealthy,
  makeTempDir,
  migrate,
  nodeChildrenOf,
  readPostmaster,
  sleep,
  spawnApp,
  stopApp,
  stopPostmaster,
  until,
  waitHealthy,
} from '../test/app-process';
import { freePort, processAlive } from './embedded';
import { demoRegion } from './seed/demo-region';

/**
 * The embedded PostgreSQL lifecycle with real processes: `kill -9` of the app leaves an orphaned
 * postmaster that the next start must take over without losing committed data, and a second app
 * on the same data directory must refuse to start.
 */
describe.skipIf(process.env.KEJIJU_TEST_DB !== 'embedded')('embedded PostgreSQL lifecycle (real processes)', () => {
  let dataDir: string;
  let webDir: string;
  const apps: AppProcess[] = [];
  let current: AppProcess | null = null;

  async function startApp(env: Record<string, string> = {}): Promise<AppProcess> {
    const app = spawnApp({ dataDir, port: await freePort(), env: { WEB_DIST_DIR: webDir, ...env } });
    apps.push(app);
    await waitHealthy(app);
    return app;
  }

  async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
    const client = new pg.Client(embeddedUrl(dataDir));
    await client.connect();
    try {
      return (await client.query<T>(sql, params)).rows;
    } finally {
      await client.end();
    }
  }

  beforeAll(async () => {
    dataDir = makeTempDir('kejiju-lifecycle-');
    webDir = makeTempDir('kejiju-web-');
    await migrate(dataDir);
  }, 180_000);

  afterAll(async () => {
    for (const app of apps) await stopApp(app).catch(() => undefined);
    if (dataDir) await stopPostmaster(dataDir).catch(() => undefined);
    for (const dir of [dataDir, webDir]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('recovers after kill -9 of the app: the orphaned postmaster is taken over and committed data survives', async () => {
    current = await startApp();
    const orgName = `断电恢复测试单位-${Date.now()}`;
    const [org] = await query<{ id: string }>(
      `insert into organisations (name, kind, region_code) values ($1, 'enterprise', $2) returning id`,
      [orgName, demoRegion.county],
    );
    const before = readPostmaster(dataDir);
    expect(before).not.toBeNull();

    process.kill(current.pid, 'SIGKILL');
    expect(await current.exited).toBe('SIGKILL');
    // Nothing shut the database down: its postmaster lives on without its parent.
    expect(processAlive(before!.pid)).toBe(true);

    current = await startApp();
    const after = readPostmaster(dataDir);
    expect(after!.pid).not.toBe(before!.pid);
    expect(processAlive(before!.pid)).toBe(false);
    expect(current.output()).toContain('发现遗留的 PostgreSQL 进程');
    const rows = await query<{ name: string }>('select name from organisations where id = $1', [org!.id]);
    expect(rows).toEqual([{ name: orgName }]);
    const health = await fetch(`${current.url}/api/health`).then((r) => r.json());
    expect(health).toMatchObject({ status: 'ok', db: 'embedded' });
  }, 240_000);

  it('refuses a second app on the same data directory, and the first keeps serving', async () => {
    if (!current || current.child.exitCode !== null || !(await isHealthy(current.url))) current = await startApp();
    const postmaster = readPostmaster(dataDir);

    const second = spawnApp({ dataDir, port: await freePort(), env: { WEB_DIST_DIR: webDir } });
    apps.push(second);
    const code = await Promise.race([second.exited, sleep(60_000).then(() => 'timeout')]);
    expect(code, second.output()).not.toBe(0);
    expect(code, second.output()).not.toBe('timeout');
    expect(second.output()).toContain('启动失败');
    expect(second.output()).toContain(`数据目录 ${dataDir} 正被另一个 Kejiju 进程 (pid ${current.pid}) 使用`);

    expect(await isHealthy(current.url)).toBe(true);
    expect(readPostmaster(dataDir)).toEqual(postmaster);
    expect(fs.readFileSync(`${dataDir}/kejiju.lock`, 'utf8')).toBe(String(current.pid));
  }, 180_000);

  it('with two HTTP processes, kill -9 of the primary takes its HTTP processes along and the next start recovers', async () => {
    if (current) await stopApp(current);
    current = await startApp({ KEJIJU_HTTP_PROCESSES: '2' });
    const primary = current;
    const children = await until(() => nodeChildrenOf(primary.pid), (c) => c.length === 2);
    expect(children).toHaveLength(2);
    const health = await fetch(`${primary.url}/api/health`).then((r) => r.json());
    expect(health).toMatchObject({ status: 'ok', db: 'embedded' });

    process.kill(primary.pid, 'SIGKILL');
    expect(await primary.exited).toBe('SIGKILL');
    // The forked processes lose their channel to the primary and exit; only the postmaster is left.
    expect(await until(() => children.filter(processAlive), (alive) => alive.length === 0, 15_000)).toEqual([]);
    expect(await isHealthy(primary.url)).toBe(false);

    current = await startApp({ KEJIJU_HTTP_PROCESSES: '2' });
    expect(current.output()).toContain('发现遗留的 PostgreSQL 进程');
    expect(await isHealthy(current.url)).toBe(true);
    await stopApp(current);
    expect(await current.exited).toBe(0);
    expect(readPostmaster(dataDir)).toBeNull();
  }, 240_000);
});
