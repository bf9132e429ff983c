import autocannon from 'autocannon';
import type pg from 'pg';

/** Closed-loop load: `connections` workers each send the next request as soon as one returns. */

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
}

export interface LoadOptions {
  connections: number;
  durationMs: number;
  /** Run this long first, unrecorded (JIT, connection pools, caches). */
  warmupMs: number;
}

export interface HttpRequestSpec {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

async function closedLoop(options: LoadOptions, once: () => Promise<boolean>): Promise<LoadResult> {
  const run = async (ms: number, record: boolean) => {
    const latencies: number[] = [];
    let errors = 0;
    const start = performance.now();
    const deadline = start + ms;
    const worker = async () => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        const ok = await once().catch(() => false);
        if (!record) continue;
        if (ok) latencies.push(performance.now() - t0);
        else errors++;
      }
    };
    await Promise.all(Array.from({ length: options.connections }, worker));
    return { latencies, errors, seconds: (performance.now() - start) / 1000 };
  };
  if (options.warmupMs > 0) await run(options.warmupMs, false);
  const { latencies, errors, seconds } = await run(options.durationMs, true);
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
  return { requests: latencies.length, errors, seconds, rps: latencies.length / seconds, p50Ms: pct(50), p99Ms: pct(99) };
}

/**
 * HTTP/1.1 keep-alive load against the app through autocannon (its pipelined-free closed loop of
 * `connections` sockets costs the shared cores far less than Node's http client); any non-2xx
 * answer counts as an error.
 */
export async function httpLoad(baseUrl: string, spec: HttpRequestSpec, options: LoadOptions): Promise<LoadResult> {
  const run = (ms: number) =>
    autocannon({
      url: new URL(spec.path, baseUrl).toString(),
      method: (spec.method ?? 'GET') as autocannon.Request['method'],
      headers: spec.headers,
      body: spec.body,
      connections: options.connections,
      duration: ms / 1000,
    });
  if (options.warmupMs > 0) await run(options.warmupMs);
  const r = await run(options.durationMs);
  const seconds = r.duration;
  const ok = r.requests.total - r.non2xx;
  return { requests: ok, errors: r.errors + r.non2xx + r.timeouts, seconds, rps: ok / seconds, p50Ms: r.latency.p50, p99Ms: r.latency.p99 };
}

/**
 * The same closed loop straight through a pg Pool: what the database alone costs. Several
 * queries (a list page and its total) run concurrently, as the route runs them.
 */
export async function queryLoad(pool: pg.Pool, query: pg.QueryConfig | pg.QueryConfig[], options: LoadOptions): Promise<LoadResult> {
  const queries = Array.isArray(query) ? query : [query];
  return closedLoop(options, async () => {
    await Promise.all(queries.map((q) => pool.query(q)));
    return true;
  });
}
