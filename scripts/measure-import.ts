/**
 * `node --import tsx scripts/measure-import.ts [rows] [--reimport] [--keep]`: the enterprise Excel
 * import (and the export of what it wrote) measured through the real app process and task path,
 * against a scratch database on the external PostgreSQL (KEJIJU_MEASURE_PG_URL, default
 * postgres://postgres@127.0.0.1:5432/postgres). Prints time and the app's peak RSS per step.
 * --reimport imports the same file a second time (every row unchanged); --embedded measures the
 * embedded PostgreSQL (in a scratch data directory) instead.
 */
import fs from 'node:fs';
import pg from 'pg';
import { freePort } from '../server/db/embedded';
import { embeddedUrl, makeTempDir, migrate, spawnApp, stopApp, waitHealthy } from '../server/test/app-process';
import type { BenchTarget } from './bench/case';
import { type JobContext, runJobCases } from './bench/job-case';
import excelImport from './bench/jobs/01-excel-import';
import excelExport from './bench/jobs/02-excel-export';

const args = process.argv.slice(2);
const rows = Number(args.find((a) => /^\d+$/.test(a)) ?? 100_000);
const adminUrl = process.env.KEJIJU_MEASURE_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = `kejiju_measure_${process.pid}`;
const log = (m: string) => console.log(`[measure] ${m}`);

async function admin(sql: string): Promise<void> {
  const c = new pg.Client(adminUrl);
  await c.connect();
  await c.query(sql);
  await c.end();
}

async function main(): Promise<void> {
  process.env.KEJIJU_BENCH_EXCEL_ROWS = String(rows);
  const embedded = args.includes('--embedded');
  if (!embedded) await admin(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const env = { NODE_ENV: 'production', ...(embedded ? {} : { DATABASE_URL: url.toString() }), KEJIJU_SM4_KEY: '00112233445566778899aabbccddeeff', KEJIJU_DEMO: 'true', KEJIJU_UPLOAD_MAX_MB: '200' };
  const dataDir = makeTempDir('kejiju-measure-');
  try {
    log(`${name}: migrate + demo data…`);
    await migrate(dataDir, env);
    // KEJIJU_MEASURE_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/p" profiles the app (NODE_OPTIONS refuses --cpu-prof).
    const nodeArgs = process.env.KEJIJU_MEASURE_NODE_ARGS?.split(' ').filter(Boolean);
    const app = spawnApp({ dataDir, port: await freePort(), nodeArgs, entry: (process.env.KEJIJU_MEASURE_ENTRY as 'tsx' | undefined) ?? 'start', env: { ...env, NODE_OPTIONS: process.env.KEJIJU_MEASURE_NODE_OPTIONS ?? '' } });
    let pool: pg.Pool | null = null;
    try {
      await waitHealthy(app);
      pool = new pg.Pool({ connectionString: embedded ? embeddedUrl(dataDir) : url.toString(), max: 2 });
      const target: BenchTarget = { kind: embedded ? 'embedded' : 'external', url: app.url, pool };
      const ctx: JobContext = { target, app: { url: app.url, pid: app.pid }, smoke: false, log };
      const jobs = [excelImport, ...(args.includes('--reimport') ? [{ ...excelImport, name: 'Excel re-import (all unchanged)' }] : []), excelExport];
      const results = await runJobCases(jobs as never, ctx);
      for (const r of results) console.log(JSON.stringify(r));
    } finally {
      await pool?.end();
      await stopApp(app);
      if (process.env.KEJIJU_MEASURE_SHOW_OUTPUT) console.log(app.output());
    }
  } finally {
    if (embedded) fs.rmSync(dataDir, { recursive: true, force: true });
    else if (!args.includes('--keep')) await admin(`drop database if exists ${name} with (force)`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
