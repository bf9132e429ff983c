import { and, asc, count, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { expertConflicts, experts, projectReviews } from '../../../db/schema/project-reviews';
import { inRegion, type Scope } from '../../../platform/authz/scope';
import { likeContains, offsetOf } from '../../../platform/http/paging';
import { isBureau } from '../shared/access';

/** Bureaus see their subtree's experts and those registered above them (city, province pools). */
export function expertScope(scope: Scope): SQL {
  if (!isBureau(scope)) return eq(experts.userId, scope.userId);
  return or(inRegion(scope, experts.regionCode), sql`${scope.regionCode} like ${experts.regionCode} || '%'`)!;
}

/** Reviews assigned this calendar year (declined ones do not count against the quota). */
export const loadThisYear = (year: number) => sql<number>`(select count(*)::int from ${projectReviews} r
  where r.expert_id = ${experts.id} and r.status <> 'declined' and extract(year from r.created_at) = ${year})`;

const columns = (year: number) => ({
  expert: experts,
  load: loadThisYear(year),
  conflicts: sql<number>`(select count(*)::int from ${expertConflicts} c where c.expert_id = ${experts.id})`,
});

export interface ExpertFilter {
  q?: string;
  category?: 'technical' | 'financial' | 'management';
  field?: string;
  status?: 'active' | 'paused' | 'retired';
  page: number;
  pageSize: number;
}

export async function listExperts(db: DbOrTx, scope: Scope, f: ExpertFilter, year: number) {
  const where = and(
    expertScope(scope),
    f.q ? or(ilike(experts.name, likeContains(f.q)), ilike(experts.organisationName, likeContains(f.q))) : undefined,
    f.category ? eq(experts.category, f.category) : undefined,
    f.field ? sql`${f.field} = any(${experts.fields})` : undefined,
    f.status ? eq(experts.status, f.status) : undefined,
  );
  // The page is ordered and cut first: the load and conflict counts are then read for its experts
  // only, not for every expert of the region before the sort.
  const page = db.select({ id: experts.id }).from(experts).where(where).orderBy(asc(experts.name), asc(experts.id))
    .limit(f.pageSize).offset(offsetOf(f)).as('page');
  const [items, [total]] = await Promise.all([
    db.select(columns(year)).from(experts).innerJoin(page, eq(page.id, experts.id)).orderBy(asc(experts.name), asc(experts.id)),
    db.select({ n: count() }).from(experts).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export async function findExpert(db: DbOrTx, scope: Scope, id: string, year: number) {
  const [row] = await db.select(columns(year)).from(experts).where(and(eq(experts.id, id), expertScope(scope)));
  return row ?? null;
}

export type ExpertRecord = NonNullable<Awaited<ReturnType<typeof findExpert>>>;
