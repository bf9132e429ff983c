import fs from 'node:fs';
import path from 'node:path';
import { type BundleSizes, renderBundle } from './bundle';
import type { ColdStartResult } from './cold-start';
import type { JobResult } from './job-case';
import type { LoadResult } from './load';
import type { MachineInfo } from './machine';

export interface CaseResult {
  name: string;
  /** The route's rounds together, and the floor's (paired.ts). */
  http: LoadResult;
  floorLabel: string;
  floor: LoadResult;
  /** Route ÷ floor in each round; `ratio` is their median. */
  ratios: number[];
  ratio: number;
}

export interface TargetResult {
  kind: 'embedded' | 'external';
  coldStart: ColdStartResult;
  cases: CaseResult[];
  /** One-shot jobs (scripts/bench/jobs/), e.g. the 100k-row Excel import and export. */
  jobs?: JobResult[];
}

export interface BenchRun {
  machine: MachineInfo;
  settings: { connections: number; warmupMs: number; roundMs: number; rounds: number; coldStartRuns: number; web: string; data: string };
  targets: TargetResult[];
  /** Gzipped web bundle sizes; null when web/dist is not built. */
  bundle: BundleSizes | null;
  notes: string[];
}

const begin = '<!-- bench:results:begin (written by npm run bench; edit outside these markers) -->';
const end = '<!-- bench:results:end -->';
const dbLabel = { embedded: '内置 (embedded)', external: '外部 (external)' } as const;
const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(v < 10 ? 2 : 0) : '–');
const int = (v: number) => Math.round(v).toLocaleString('en-US');
const ratio = (c: CaseResult) => `${c.ratio.toFixed(2)} (${c.ratios.map((r) => r.toFixed(2)).join(', ')})`;

function renderJobs(run: BenchRun): string[] {
  const rows = run.targets.flatMap((t) => (t.jobs ?? []).map((j) => ({ t, j })));
  if (!rows.length) return [];
  return [
    '',
    '### One-shot jobs (one run each, from the request to the finished task)',
    '',
    'Peak RSS is the app process only (PostgreSQL runs in its own processes); "before" is its RSS when the job started.',
    '',
    '| Job | Database | Rows | Time | Rows/s | Peak RSS | RSS before | Notes |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rows.map(({ t, j }) =>
      `| ${j.name} | ${dbLabel[t.kind]} | ${int(j.rows)} | ${(j.ms / 1000).toFixed(1)} s | ${int(j.rows / (j.ms / 1000))} | ${int(j.peakRssMiB)} MiB | ${int(j.startRssMiB)} MiB | ${j.notes ?? ''} |`),
  ];
}

export function renderResults(run: BenchRun): string {
  const m = run.machine;
  const s = run.settings;
  const lines = [
    `Measured ${m.date} on commit \`${m.commit}\`.`,
    '',
    `Machine: ${m.cores} cores (\`nproc\`), ${m.memoryGiB} GiB RAM, ${m.cpu}, Node ${m.node}; load average at start ${m.loadAverage}.`,
    `The load generator, the app and PostgreSQL share these cores. Web assets: ${s.web}.`,
    `Data for the list cases: ${s.data}; they run as \`scale_34\`, the province-wide read-only account.`,
    '',
    `### Cold start on existing data (spawn → first 200 from /api/health, runs: ${s.coldStartRuns})`,
    '',
    '| Database | Median | Of which in `main()` | Runs (ms) |',
    '| --- | ---: | ---: | --- |',
    ...run.targets.map(
      (t) => `| ${dbLabel[t.kind]} | ${ms(t.coldStart.medianMs)} ms | ${ms(t.coldStart.inMainMedianMs)} ms | ${t.coldStart.runs.map((r) => ms(r)).join(', ')} |`,
    ),
    '',
    `### Throughput and latency (${s.connections} concurrent connections; ${s.warmupMs / 1000} s warm-up of each side, then ${s.rounds} alternating rounds of ${s.roundMs / 1000} s)`,
    '',
    'Floor: the same SQL through a bare `pg` Pool of the same size, same closed loop, no HTTP. The route and its floor alternate',
    '(route, floor, route, floor …), so that a slow spell of the shared VM lands on both. req/s and q/s are over all rounds of',
    'a side, p50 is the median round\'s, p99 the worst round\'s; ÷ floor is the median of the rounds\' ratios (each round\'s in brackets).',
    '',
    '| Case | Database | req/s | p50 ms | p99 ms | Errors | Floor | Floor q/s | Floor p50 ms | Floor p99 ms | ÷ floor |',
    '| --- | --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |',
  ];
  const names = [...new Set(run.targets.flatMap((t) => t.cases.map((c) => c.name)))];
  for (const name of names) {
    for (const t of run.targets) {
      const c = t.cases.find((x) => x.name === name);
      if (!c) continue;
      lines.push(
        `| ${c.name} | ${dbLabel[t.kind]} | ${int(c.http.rps)} | ${ms(c.http.p50Ms)} | ${ms(c.http.p99Ms)} | ${c.http.errors} | ${c.floorLabel} | ${int(c.floor.rps)} | ${ms(c.floor.p50Ms)} | ${ms(c.floor.p99Ms)} | ${ratio(c)} |`,
      );
    }
  }
  lines.push(...renderJobs(run));
  lines.push(...renderBundle(run.bundle));
  if (run.notes.length) lines.push('', ...run.notes.map((n) => `- ${n}`));
  return lines.join('\n');
}

const intro = `# Benchmarks

\`npm run bench\` measures the platform and rewrites the results section below (\`npm run bench -- --smoke\`
runs the same code with tiny durations and writes nothing). It needs the local PostgreSQL at
127.0.0.1:5432 for the external figures (\`KEJIJU_BENCH_PG_URL\` names another admin URL; \`--no-external\`
skips them). Add a case for a module by adding one file to \`scripts/bench/cases/\` (see \`scripts/bench/case.ts\`).

## Results
`;

/** Replaces the results section of docs/BENCHMARKS.md, keeping the text around it. */
export function writeResults(file: string, section: string): void {
  const block = `${begin}\n${section}\n${end}`;
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : `${intro}\n${begin}\n${end}\n`;
  const from = current.indexOf(begin);
  const to = current.indexOf(end);
  const next = from >= 0 && to > from ? current.slice(0, from) + block + current.slice(to + end.length) : `${current.trimEnd()}\n\n${block}\n`;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, next);
}
