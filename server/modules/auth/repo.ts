import { desc, eq, sql } from 'drizzle-orm';
import type { Role } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import { organisations, passwordHistory, regions, userRoles, users } from '../../db/schema';

const rolesOf = sql<Role[]>`coalesce((select array_agg(${userRoles.role} order by ${userRoles.role}) from ${userRoles} where ${userRoles.userId} = ${users.id}), '{}')`;

/** Login happens before there is a Scope, so this lookup is deliberately unscoped. */
export async function unsafeFindUserByUsername(db: DbOrTx, username: string) {
  const [row] = await db
    .select({ user: users, roles: rolesOf })
    .from(users)
    .where(sql`lower(${users.username}) = lower(${username})`);
  return row ?? null;
}

/** Loads the signed-in user's own record; the id comes from the session, never from input. */
export async function unsafeFindUserById(db: DbOrTx, id: string) {
  const [row] = await db.select({ user: users, roles: rolesOf }).from(users).where(eq(users.id, id));
  return row ?? null;
}

export async function findOrganisationWithRegion(db: DbOrTx, organisationId: string) {
  const [row] = await db
    .select({ id: organisations.id, name: organisations.name, kind: organisations.kind, regionCode: organisations.regionCode, regionName: regions.fullName })
    .from(organisations)
    .innerJoin(regions, eq(regions.code, organisations.regionCode))
    .where(eq(organisations.id, organisationId));
  return row ?? null;
}

export async function recentPasswordHashes(db: DbOrTx, userId: string, depth: number): Promise<string[]> {
  const rows = await db
    .select({ hash: passwordHistory.passwordHash })
    .from(passwordHistory)
    .where(eq(passwordHistory.userId, userId))
    .orderBy(desc(passwordHistory.createdAt), desc(passwordHistory.id))
    .limit(depth);
  return rows.map((r) => r.hash);
}

/** Keeps only the newest `depth` history rows of a user. */
export async function trimPasswordHistory(db: DbOrTx, userId: string, depth: number): Promise<void> {
  await db.execute(sql`
    delete from ${passwordHistory} where ${passwordHistory.userId} = ${userId} and ${passwordHistory.id} not in (
      select ${passwordHistory.id} from ${passwordHistory} where ${passwordHistory.userId} = ${userId}
      order by ${passwordHistory.createdAt} desc, ${passwordHistory.id} desc limit ${depth})`);
}
