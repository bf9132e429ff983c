import type pg from 'pg';
import type { z } from 'zod';
import { chinaDate } from '../../domain/enterprise/dates';
import type { Db } from '../../server/db/client';
import type { Scope } from '../../server/platform/authz/scope';
import { type BenchCase, defineCase, loginCookie } from './case';
import { captureQueries, scopeOf } from './capture';

/** The province-wide read-only account seed:scale creates (安徽省, region prefix 34). */
export const provinceUser = 'scale_34';

export type ListCase = BenchCase<{ cookie: string; queries: pg.QueryConfig[] }> & {
  /** The SQL the route sends for this case, captured from the repository (for EXPLAIN). */
  queries(pool: pg.Pool): Promise<pg.QueryConfig[]>;
};

interface ListCaseSpec<Q extends z.ZodType> {
  /** Route path without the query string. */
  path: string;
  query: Record<string, string>;
  /** The route's querystring schema: parses `query` into exactly what the handler gets. */
  schema: Q;
  /** The repository call the handler makes. */
  list(db: Db, scope: Scope, query: z.infer<Q>, today: string): Promise<unknown>;
  username?: string;
  /** What the floor's SQL is, when not a list page with its total (e.g. a summary's aggregates). */
  floorLabel?: string;
}

/**
 * A list route measured as the province account on seed:scale data; the floor is the SQL the
 * repository sends (captured, see capture.ts), its page and total run concurrently like the route.
 */
export function listCase<Q extends z.ZodType>(spec: ListCaseSpec<Q>): ListCase {
  const search = new URLSearchParams(spec.query).toString();
  const queries = async (pool: pg.Pool) => {
    const scope = await scopeOf(pool, spec.username ?? provinceUser);
    return captureQueries(pool, (db) => spec.list(db, scope, spec.schema.parse(spec.query), chinaDate(new Date())));
  };
  const c = defineCase({
    name: `${search ? `GET ${spec.path}?${decodeURIComponent(search)}` : `GET ${spec.path}`}${spec.username ? ` (${spec.username})` : ''}`,
    async setup(target) {
      const cookie = await loginCookie(target.url, spec.username ?? provinceUser);
      const res = await fetch(`${target.url}${spec.path}?${search}`, { headers: { cookie } });
      const body = (await res.json()) as { total?: number; items?: unknown[] };
      if (res.status !== 200 || !body.items?.length) throw new Error(`${spec.path}: ${res.status}, ${body.items?.length ?? 0} rows: is the database filled by seed:scale?`);
      return { cookie, queries: await queries(target.pool) };
    },
    request: ({ cookie }) => ({ path: `${spec.path}?${search}`, headers: { cookie } }),
    floor: { label: spec.floorLabel ?? 'the repository SQL per request (page; total counted or estimated)', query: (state) => state.queries },
  });
  return Object.assign(c, { queries });
}
