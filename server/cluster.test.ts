import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import crypto from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort } from './db/embedded';
import { type AppProcess, makeTempDir, nodeChildrenOf as childrenOf, spawnApp, stopApp, until, waitHealthy } from './test/app-process';
import { withDatabase } from './test/harness';

/**
 * One request on a connection of its own, so that the cluster hands it to the next process; 0 when
 * no answer comes (a connection handed to a process at the moment it died is lost with it).
 */
function statusOnNewConnection(url: string): Promise<number> {
  return new Promise((resolve) => {
    const req = http.get(url, { agent: false, timeout: 3_000 }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(0));
  });
}

/**
 * KEJIJU_HTTP_PROCESSES=2 with real processes on the external PostgreSQL: the primary migrates and
 * runs the jobs, two forked processes serve HTTP on one port, limits hold across them, a process
 * that dies is replaced, and SIGTERM stops everything.
 */
describe.skipIf(process.env.KEJIJU_TEST_DB !== 'external')('several HTTP processes (KEJIJU_HTTP_PROCESSES)', () => {
  const adminUrl = inject('adminUrl');
  const name = `kejiju_t_cluster_${crypto.randomBytes(4).toString('hex')}`;
  let dataDir: string;
  let app: AppProcess;
  let appEnv: Record<string, string>;

  beforeAll(async () => {
    const admin = new pg.Client(adminUrl);
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    dataDir = makeTempDir('kejiju-cluster-');
    appEnv = { DATABASE_URL: withDatabase(adminUrl, name), KEJIJU_SM4_KEY: '00112233445566778899aabbccddeeff' };
    app = spawnApp({ dataDir, port: await freePort(), env: { ...appEnv, KEJIJU_HTTP_PROCESSES: '2', PUBLIC_RATE_LIMIT_PER_MINUTE: '4' } });
    await waitHealthy(app, 120_000);
  }, 180_000);

  afterAll(async () => {
    if (app) await stopApp(app);
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    const admin = new pg.Client(adminUrl);
    await admin.connect();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }, 60_000);

  it('serves from two forked processes and says so when it starts', async () => {
    expect(childrenOf(app.pid)).toHaveLength(2);
    // Health answers as soon as one process listens; the primary says it started once both do.
    expect(await until(() => app.output(), (out) => out.includes('已启动'))).toContain('2 个 HTTP 进程');
  });

  it('keeps one rate limit for a client whichever process answers', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 6; i++) codes.push(await statusOnNewConnection(`${app.url}/api/v1/public/uscc/91110000600037341L`));
    // Each process alone would have counted only three requests, under the limit of four.
    expect(codes).toEqual([200, 200, 200, 200, 429, 429]);
  });

  it('replaces a process that dies and keeps answering meanwhile', async () => {
    const [victim, survivor] = childrenOf(app.pid);
    process.kill(victim!, 'SIGKILL');
    const health = () => Promise.all([1, 2, 3, 4].map(() => statusOnNewConnection(`${app.url}/api/health`)));
    // The survivor answers while the replacement starts.
    expect(await until(health, (s) => s.includes(200), 10_000)).toContain(200);
    const after = await until(() => childrenOf(app.pid), (c) => c.length === 2 && !c.includes(victim!));
    expect(after).toContain(survivor);
    expect(after).toHaveLength(2);
    expect(app.output()).toMatch(new RegExp(`HTTP 进程 ${victim} 意外退出（信号 SIGKILL），已重启`));
    expect(await until(health, (s) => s.every((c) => c === 200))).toEqual([200, 200, 200, 200]);
  }, 60_000);

  it('fails to start, saying why, when its HTTP processes cannot listen', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    try {
      const busy = spawnApp({ dataDir, port: (blocker.address() as net.AddressInfo).port, env: { ...appEnv, KEJIJU_HTTP_PROCESSES: '2' } });
      expect(await busy.exited).toBe(1);
      expect(busy.output()).toMatch(/启动失败：HTTP 进程启动失败（退出码 1）/);
    } finally {
      blocker.close();
    }
  }, 60_000);

  it('stops every process on SIGTERM', async () => {
    const children = childrenOf(app.pid);
    await stopApp(app);
    expect(await app.exited).toBe(0);
    expect(children.filter((pid) => fs.existsSync(`/proc/${pid}`))).toEqual([]);
  }, 60_000);
});
