import { and, asc, count, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { organisations, regions, users } from '../../db/schema';
import type { OrganisationKind } from '../../db/schema';
import { inRegion, type Scope } from '../../platform/authz/scope';
import { likeContains, offsetOf } from '../../platform/http/paging';

/** Region staff see organisations in their subtree; everyone else only their own organisation. */
export function organisationScope(scope: Scope): SQL {
  return scope.reach === 'region' ? inRegion(scope, organisations.regionCode) : eq(organisations.id, scope.organisationId);
}

const columns = {
  id: organisations.id,
  name: organisations.name,
  kind: organisations.kind,
  regionCode: organisations.regionCode,
  regionName: regions.fullName,
  uscc: organisations.uscc,
  isDemo: organisations.isDemo,
  version: organisations.version,
  userCount: sql<number>`(select count(*)::int from ${users} where ${users.organisationId} = ${organisations.id})`,
};

export interface OrganisationFilter {
  q?: string;
  kind?: OrganisationKind;
  regionCode?: string;
  page: number;
  pageSize: number;
}

export async function listOrganisations(db: DbOrTx, scope: Scope, f: OrganisationFilter) {
  const where = and(
    organisationScope(scope),
    f.q ? or(ilike(organisations.name, likeContains(f.q)), ilike(organisations.uscc, likeContains(f.q))) : undefined,
    f.kind ? eq(organisations.kind, f.kind) : undefined,
    f.regionCode ? sql`${organisations.regionCode} like ${`${f.regionCode}%`}` : undefined,
  );
  const [items, [total]] = await Promise.all([
    db.select(columns).from(organisations).innerJoin(regions, eq(regions.code, organisations.regionCode))
      .where(where).orderBy(asc(organisations.regionCode), asc(organisations.name)).limit(f.pageSize).offset(offsetOf(f)),
    db.select({ n: count() }).from(organisations).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export async function findOrganisation(db: DbOrTx, scope: Scope, id: string) {
  const [row] = await db.select(columns).from(organisations).innerJoin(regions, eq(regions.code, organisations.regionCode))
    .where(and(eq(organisations.id, id), organisationScope(scope)));
  return row ?? null;
}
