import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Role } from '../../../../domain/roles';
import type { DbOrTx } from '../../../db/client';
import { organisations, userRoles, users } from '../../../db/schema';
import { notifications } from '../../../db/schema/project-reviews';

export interface Notice {
  kind: string;
  title: string;
  body?: string | null;
  link?: string | null;
  objectType?: string;
  objectId?: string;
  dedupeKey?: string;
}

/** Active accounts holding one of the roles in an organisation of exactly this region. */
export async function usersOfRegion(db: DbOrTx, regionCode: string, roles: Role[]): Promise<string[]> {
  const rows = await db.selectDistinct({ id: users.id }).from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(and(eq(organisations.regionCode, regionCode), inArray(userRoles.role, roles), eq(users.status, 'active'), eq(organisations.kind, 'bureau')));
  return rows.map((r) => r.id);
}

/** Active enterprise accounts of the applicant organisation. */
export async function usersOfOrganisation(db: DbOrTx, organisationId: string | null, role: Role = 'enterprise'): Promise<string[]> {
  if (!organisationId) return [];
  const rows = await db.selectDistinct({ id: users.id }).from(users).innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(and(eq(users.organisationId, organisationId), eq(userRoles.role, role), eq(users.status, 'active')));
  return rows.map((r) => r.id);
}

/** Sends one notice to each user; with a dedupe key a user gets it at most once. */
export async function notify(db: DbOrTx, userIds: readonly string[], n: Notice): Promise<void> {
  const unique = [...new Set(userIds)];
  if (!unique.length) return;
  await db.insert(notifications).values(unique.map((userId) => ({
    userId,
    kind: n.kind,
    title: n.title,
    body: n.body ?? null,
    link: n.link ?? null,
    objectType: n.objectType ?? null,
    objectId: n.objectId ?? null,
    dedupeKey: n.dedupeKey ?? null,
  }))).onConflictDoNothing({ target: [notifications.userId, notifications.dedupeKey], where: sql`${notifications.dedupeKey} is not null` });
}
