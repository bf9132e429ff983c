/**
 * `node --import tsx scripts/bench/cpu.ts <database-url> <case substring> [seconds]`: where the CPU of
 * a request goes, for the bench cases whose name contains the substring, on a database seed:scale
 * filled. Each case runs under load (10 connections) through the app (run as `npm start` runs it),
 * then its floor through a bare pool, and prints per request the CPU time of the app process, of the
 * PostgreSQL backends and of this process (the load generator, or the floor's pg client), from
 * /proc. On 2 shared cores the list ratio follows from these: the app's req/s ÷ the floor's is about
 * (PostgreSQL + pg client) ÷ (PostgreSQL + app + load generator) when the cores are busy.
 */
import fs from 'node:fs';
import pg from 'pg';
import { sessionSettings } from '../../server/db/client';
import { freePort } from '../../server/db/embedded';
import { makeTempDir, spawnApp, stopApp, waitHealthy } from '../../server/test/app-process';
import { type BenchTarget, loadCases } from './case';
import { httpLoad, type LoadResult, queryLoad } from './load';

const [url, filter, seconds = '8'] = process.argv.slice(2);
if (!url || !filter) throw new Error('usage: cpu.ts <database-url> <case substring> [seconds]');

/** utime + stime of a process, in clock ticks (100 per second). */
function ticks(pid: number | string): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

/** CPU ticks of the PostgreSQL processes that live through `work` (a backend that ends is not counted). */
async function postgresTicks<T>(work: () => Promise<T>): Promise<{ result: T; ticks: number }> {
  const snapshot = () => {
    const seen = new Map<string, number>();
    for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
      try {
        if (fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres') seen.set(pid, ticks(pid));
      } catch {
        // The process ended while the directory was read.
      }
    }
    return seen;
  };
  const before = snapshot();
  const result = await work();
  let spent = 0;
  for (const [pid, t] of snapshot()) if (before.has(pid)) spent += t - before.get(pid)!;
  return { result, ticks: spent };
}

const perRequest = (t: number, r: LoadResult) => ((t * 10) / r.requests).toFixed(2);
const load = { connections: 10, durationMs: Number(seconds) * 1000, warmupMs: 0 };
const warm = { ...load, durationMs: 3000 };

const app = spawnApp({
  dataDir: makeTempDir('kejiju-cpu-'),
  port: await freePort(),
  env: { NODE_ENV: 'production', DATABASE_URL: url, KEJIJU_SM4_KEY: process.env.KEJIJU_SM4_KEY ?? '00112233445566778899aabbccddeeff' },
  entry: 'start',
});
const pool = new pg.Pool({ connectionString: url, max: 10, ...sessionSettings });
try {
  await waitHealthy(app);
  const target: BenchTarget = { kind: 'external', url: app.url, pool };
  console.log('case | app req/s | app ms | PostgreSQL ms | load generator ms | floor q/s | floor PostgreSQL ms | floor client ms | ratio');
  for (const c of (await loadCases()).filter((c) => c.name.includes(filter))) {
    const state = await c.setup(target);
    const request = c.request(state);
    await httpLoad(app.url, request, warm);
    const [app0, self0] = [ticks(app.pid), ticks(process.pid)];
    const served = await postgresTicks(() => httpLoad(app.url, request, load));
    const [appTicks, genTicks] = [ticks(app.pid) - app0, ticks(process.pid) - self0];
    const queries = c.floor.query(state);
    await queryLoad(pool, queries, warm);
    const self1 = ticks(process.pid);
    const floor = await postgresTicks(() => queryLoad(pool, queries, load));
    const clientTicks = ticks(process.pid) - self1;
    const r = served.result;
    const f = floor.result;
    console.log([c.name, r.rps.toFixed(0), perRequest(appTicks, r), perRequest(served.ticks, r), perRequest(genTicks, r),
      f.rps.toFixed(0), perRequest(floor.ticks, f), perRequest(clientTicks, f), (r.rps / f.rps).toFixed(2)].join(' | '));
  }
} finally {
  await pool.end();
  await stopApp(app);
}
