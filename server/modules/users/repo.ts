import { and, asc, count, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { Role } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import { organisations, userRoles, users } from '../../db/schema';
import { inRegion, type Scope } from '../../platform/authz/scope';
import { likeContains, offsetOf } from '../../platform/http/paging';

/** Administrators see accounts of organisations in their region subtree; others only themselves. */
export function userScope(scope: Scope): SQL {
  return scope.reach === 'region' ? inRegion(scope, organisations.regionCode) : eq(users.id, scope.userId);
}

const columns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  organisationId: users.organisationId,
  organisationName: organisations.name,
  organisationRegion: organisations.regionCode,
  status: users.status,
  mobileEnc: users.mobileEnc,
  lockedUntil: users.lockedUntil,
  lastLoginAt: users.lastLoginAt,
  totpEnabled: users.totpEnabled,
  mustChangePassword: users.mustChangePassword,
  isDemo: users.isDemo,
  version: users.version,
  roles: sql<Role[]>`coalesce((select array_agg(${userRoles.role} order by ${userRoles.role}) from ${userRoles} where ${userRoles.userId} = ${users.id}), '{}')`,
};

export type UserRecord = Awaited<ReturnType<typeof findUser>> & object;

export interface UserFilter {
  q?: string;
  organisationId?: string;
  role?: Role;
  status?: 'active' | 'disabled';
  page: number;
  pageSize: number;
}

export async function listUsers(db: DbOrTx, scope: Scope, f: UserFilter) {
  const where = and(
    userScope(scope),
    f.q ? or(ilike(users.username, likeContains(f.q)), ilike(users.displayName, likeContains(f.q))) : undefined,
    f.organisationId ? eq(users.organisationId, f.organisationId) : undefined,
    f.role ? sql`exists (select 1 from ${userRoles} r where r.user_id = ${users.id} and r.role = ${f.role})` : undefined,
    f.status ? eq(users.status, f.status) : undefined,
  );
  const [items, [total]] = await Promise.all([
    db.select(columns).from(users).innerJoin(organisations, eq(organisations.id, users.organisationId))
      .where(where).orderBy(asc(organisations.regionCode), asc(users.username)).limit(f.pageSize).offset(offsetOf(f)),
    db.select({ n: count() }).from(users).innerJoin(organisations, eq(organisations.id, users.organisationId)).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export async function findUser(db: DbOrTx, scope: Scope, id: string) {
  const [row] = await db.select(columns).from(users).innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(eq(users.id, id), userScope(scope)));
  return row ?? null;
}
