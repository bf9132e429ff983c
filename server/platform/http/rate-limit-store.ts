import type pg from 'pg';
import { registerHousekeeping } from '../jobs/registry';

interface Counted {
  current: number;
  /** Milliseconds left in the client's window. */
  ttl: number;
}
type Done = (err: Error | null, result?: Counted) => void;
interface RouteLimit {
  routeInfo?: { method?: string | string[]; url?: string };
}

// One statement counts the request and opens a new window when the last one has ended, so two
// processes counting the same client at once both see the sum.
const countSql = `insert into rate_limit_counters as c (key, hits, window_ends_at)
  values ($1, 1, now() + $2::int * interval '1 millisecond')
  on conflict (key) do update set
    hits = case when c.window_ends_at <= now() then 1 else c.hits + 1 end,
    window_ends_at = case when c.window_ends_at <= now() then excluded.window_ends_at else c.window_ends_at end
  returning hits, greatest(0, ceil(extract(epoch from c.window_ends_at - now()) * 1000))::int as ttl_ms`;

/**
 * A store for @fastify/rate-limit that keeps the counters in PostgreSQL (table
 * `rate_limit_counters`), so the limits hold for the whole deployment however many HTTP processes
 * serve it (KEJIJU_HTTP_PROCESSES), where the plugin's in-memory store would allow each process its
 * own quota. Fixed windows per route and client, like the in-memory store; the plugin's
 * `continueExceeding` and `exponentialBackoff` options are not supported (Kejiju uses neither).
 */
export function postgresRateLimitStore(pool: pg.Pool) {
  return class PostgresRateLimitStore {
    constructor(_params?: unknown, private readonly prefix = '') {}

    // The plugin passes the route's window (ms) and maximum after the callback; its typings omit them.
    incr(key: string, done: Done, timeWindow = 60_000): void {
      pool
        .query<{ hits: number; ttl_ms: number }>({ name: 'kejiju_rate_limit_count', text: countSql, values: [this.prefix + key, Math.ceil(timeWindow)] })
        .then(({ rows: [row] }) => done(null, { current: row!.hits, ttl: row!.ttl_ms }), (err: Error) => done(err));
    }

    // At run time the plugin passes the route's merged limit options, the route under `routeInfo`
    // (its typings say the route options themselves).
    child(routeOptions: object): PostgresRateLimitStore {
      const { method, url } = (routeOptions as RouteLimit).routeInfo ?? {};
      return new PostgresRateLimitStore(undefined, `${[method].flat().join(',')} ${url ?? ''}|`);
    }
  };
}

// Ended windows are only read again to be restarted; dropping them keeps the table small.
registerHousekeeping('rate-limit-counters', async (ctx) => {
  await ctx.database.pool.query(`delete from rate_limit_counters where window_ends_at < now() - interval '1 minute'`);
});
