import fs from 'node:fs';
import path from 'node:path';
import type { BenchTarget } from './case';
import { watchRss } from './rss';

/** What a one-shot job case gets: the running app (to measure its memory) and the database. */
export interface JobContext {
  target: BenchTarget;
  app: { url: string; pid: number };
  smoke: boolean;
  log(message: string): void;
}

/** What a job reports besides time and memory (measured around `run`). */
export interface JobOutcome {
  rows: number;
  /** Extra figures for the notes column, e.g. phase times or file size. */
  notes?: string;
}

/**
 * A one-shot job measured end to end (time, peak RSS of the app process): big imports, exports,
 * report generation. Add one by adding a file to scripts/bench/jobs/ whose default export is
 * `defineJobCase({...})`; files run in name order, each on the data the earlier ones left.
 */
export interface JobCase<S = unknown> {
  name: string;
  /** Unmeasured preparation (log in, generate the upload file). */
  setup(ctx: JobContext): Promise<S>;
  run(ctx: JobContext, state: S): Promise<JobOutcome>;
}

export interface JobResult extends JobOutcome {
  name: string;
  ms: number;
  peakRssMiB: number;
  startRssMiB: number;
}

export function defineJobCase<S>(c: JobCase<S>): JobCase<S> {
  return c;
}

const jobsDir = path.join(path.dirname(new URL(import.meta.url).pathname), 'jobs');

export async function loadJobCases(): Promise<JobCase[]> {
  if (!fs.existsSync(jobsDir)) return [];
  const files = fs.readdirSync(jobsDir).filter((f) => /\.ts$/.test(f) && !f.endsWith('.d.ts')).sort();
  const cases: JobCase[] = [];
  for (const file of files) {
    const mod = (await import(path.join(jobsDir, file))) as { default?: JobCase };
    if (!mod.default?.name) throw new Error(`scripts/bench/jobs/${file} has no default export from defineJobCase()`);
    cases.push(mod.default);
  }
  return cases;
}

export async function runJobCases(cases: JobCase[], ctx: JobContext): Promise<JobResult[]> {
  const results: JobResult[] = [];
  for (const c of cases) {
    ctx.log(`${ctx.target.kind}：${c.name}…`);
    const state = await c.setup(ctx);
    const rss = watchRss(ctx.app.pid);
    const t0 = performance.now();
    const outcome = await c.run(ctx, state);
    const ms = performance.now() - t0;
    const mem = rss.stop();
    results.push({ name: c.name, ms, peakRssMiB: mem.peakMiB, startRssMiB: mem.startMiB, ...outcome });
    ctx.log(`${ctx.target.kind}：${c.name}：${outcome.rows} 行，${(ms / 1000).toFixed(1)} s，峰值 RSS ${mem.peakMiB.toFixed(0)} MiB`);
  }
  return results;
}
