import { drizzle } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import type { Db } from '../../server/db/client';
import * as schema from '../../server/db/schema';
import { buildScope, type Scope } from '../../server/platform/authz/scope';
import type { Role } from '../../domain/roles';

/**
 * Runs a repository function on `pool` through a recording wrapper and returns the SQL it sent
 * (text, parameters, row mode) on this data once warm, so a list case's floor is exactly the SQL
 * the route sends per request and follows every change of the repository (e.g. whether the total
 * was counted or estimated).
 */
export async function captureQueries(pool: pg.Pool, run: (db: Db) => Promise<unknown>): Promise<pg.QueryConfig[]> {
  const captured: pg.QueryConfig[] = [];
  const client = {
    query: async (config: pg.QueryConfig, values?: unknown[]) => {
      const q = { ...config, values: values ?? config.values };
      captured.push(q);
      return pool.query(q);
    },
  };
  // The second call is what a warm app sends per request: the first also plans the total's
  // estimate, which the app then reuses for a minute (platform/http/total.ts).
  const db = drizzle({ client: client as unknown as pg.Pool, schema });
  await run(db);
  captured.length = 0;
  await run(db);
  if (!captured.length) throw new Error('the repository function sent no query');
  return captured;
}

/** The Scope the auth hook builds for `username` (same columns as loadSession). */
export async function scopeOf(pool: pg.Pool, username: string): Promise<Scope> {
  const { rows } = await pool.query<{ id: string; username: string; organisation_id: string; region_code: string; roles: Role[] }>(
    `select u.id, u.username, u.organisation_id, o.region_code,
            coalesce((select array_agg(r.role order by r.role) from user_roles r where r.user_id = u.id), '{}') as roles
       from users u join organisations o on o.id = u.organisation_id where lower(u.username) = lower($1)`, [username]);
  const u = rows[0];
  if (!u) throw new Error(`no user ${username}: was the database filled by seed:scale?`);
  return buildScope({ userId: u.id, username: u.username, organisationId: u.organisation_id, regionCode: u.region_code, roles: u.roles });
}
