import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { experts, projectReviews } from '../../../db/schema/project-reviews';
import { projectCalls, projects } from '../../../db/schema/projects';
import { hasRole, type Scope } from '../../../platform/authz/scope';
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

export async function listReviews(db: DbOrTx, scope: Scope, f: { projectId?: string; callId?: string; status?: string; id?: string }) {
  return db.select(columns).from(projectReviews)
    .innerJoin(experts, eq(experts.id, projectReviews.expertId))
    .innerJoin(projects, eq(projects.id, projectReviews.projectId))
    .innerJoin(projectCalls, eq(projectCalls.id, projects.callId))
    .where(and(
      reviewScope(scope),
      f.id ? eq(projectReviews.id, f.id) : undefined,
      f.projectId ? eq(projectReviews.projectId, f.projectId) : undefined,
      f.callId ? eq(projects.callId, f.callId) : undefined,
      f.status ? sql`${projectReviews.status} = ${f.status}` : undefined,
    ))
    .orderBy(asc(projects.title), asc(projectReviews.position), asc(projectReviews.createdAt))
    .limit(1000);
}

export async function findReview(db: DbOrTx, scope: Scope, id: string) {
  const [row] = await listReviews(db, scope, { id });
  return row ?? null;
}
