import http from 'node:http';
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

/** HTTP/1.1 keep-alive load against the app; any non-2xx answer counts as an error. */
export async function httpLoad(baseUrl: string, spec: HttpRequestSpec, options: LoadOptions): Promise<LoadResult> {
  const url = new URL(spec.path, baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const once = () =>
    new Promise<boolean>((resolve, reject) => {
      const req = http.request(
        { host: url.hostname, port: url.port, path: url.pathname + url.search, method: spec.method ?? 'GET', headers: spec.headers, agent },
        (res) => {
          res.resume();
          res.on('end', () => resolve((res.statusCode ?? 0) >= 200 && (res.statusCode ?? 0) < 300));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(spec.body);
    });
  try {
    return await closedLoop(options, once);
  } finally {
    agent.destroy();
  }
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
