import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { experts, projectReviews } from '../../../db/schema/project-reviews';
import { projectCalls, projects } from '../../../db/schema/projects';
import { hasRole, type Scope } from '../../../platform/authz/scope';
import { offsetOf } from '../../../platform/http/paging';
import { listTotal } from '../../../platform/http/total';
import { isBureau, projectScope } from '../shared/access';

/** Bureaus: reviews of projects in their scope; experts: only their own (before or after confirming). */
export function reviewScope(scope: Scope): SQL {
  if (isBureau(scope)) return projectScope(scope);
  if (hasRole(scope, 'expert')) return eq(experts.userId, scope.userId);
  return sql`false`;
}

const columns = {
  review: projectReviews,
  expert: { id: experts.id, name: experts.name, userId: experts.userId },
  project: { id: projects.id, title: projects.title, field: projects.field, state: projects.state, callId: projects.callId, requestedFiscal: projects.requestedFiscal, regionCode: projects.regionCode },
  applicantName: sql<string>`coalesce(${projects.applicantSnapshot}->>'name', (select e.name from enterprises e where e.id = ${projects.enterpriseId}))`,
  call: { title: projectCalls.title, scoreSheet: projectCalls.scoreSheet, regionCode: projectCalls.regionCode },
};

export type ReviewRecord = Awaited<ReturnType<typeof listReviews>>[number];
type ReviewFilter = { projectId?: string; callId?: string; status?: string; id?: string };

const where = (scope: Scope, f: ReviewFilter) => and(
  reviewScope(scope),
  f.id ? eq(projectReviews.id, f.id) : undefined,
  f.projectId ? eq(projectReviews.projectId, f.projectId) : undefined,
  f.callId ? eq(projects.callId, f.callId) : undefined,
  f.status ? sql`${projectReviews.status} = ${f.status}` : undefined,
);

const joined = (db: DbOrTx) => db.select(columns).from(projectReviews)
  .innerJoin(experts, eq(experts.id, projectReviews.expertId))
  .innerJoin(projects, eq(projects.id, projectReviews.projectId))
  .innerJoin(projectCalls, eq(projectCalls.id, projects.callId));
const order = [asc(projects.title), asc(projectReviews.position), asc(projectReviews.createdAt)];
// Newest projects first, in the project library's index order (projects_list_idx), so a page of a
// province's reviews walks that index instead of sorting every review; ids keep pages apart.
const pageOrder = [desc(projects.year), desc(projects.updatedAt), asc(projects.id), asc(projectReviews.position), asc(projectReviews.id)];

/**
 * Every review of one project or one call, unpaged: the call's ranking needs them all (a cap here
 * would rank a big call on part of its scores), and a call holds at most its applications times
 * the experts per application.
 */
export async function listReviews(db: DbOrTx, scope: Scope, f: ReviewFilter & ({ projectId: string } | { callId: string })) {
  return joined(db).where(where(scope, f)).orderBy(...order);
}

/** One page of the review list with its total (estimated past 10,000 rows, like other lists). */
export async function reviewPage(db: DbOrTx, scope: Scope, f: ReviewFilter & { page: number; pageSize: number }) {
  const w = where(scope, f);
  const [items, total] = await Promise.all([
    joined(db).where(w).orderBy(...pageOrder).limit(f.pageSize).offset(offsetOf(f)),
    // Counted without the call (every project has one) and the applicant name the rows show.
    listTotal(db, db.select({ one: sql`1` }).from(projectReviews).innerJoin(experts, eq(experts.id, projectReviews.expertId))
      .innerJoin(projects, eq(projects.id, projectReviews.projectId)).where(w)),
  ]);
  return { items, ...total };
}

export async function findReview(db: DbOrTx, scope: Scope, id: string) {
  const [row] = await joined(db).where(where(scope, { id }));
  return row ?? null;
}
