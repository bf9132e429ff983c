import { eq, or, type SQL, sql } from 'drizzle-orm';
import type { ActorRole } from '../../../../domain/projects/events';
import { experts, projectReviews } from '../../../db/schema/project-reviews';
import { projectCalls, projects } from '../../../db/schema/projects';
import { hasRole, inRegion, type Scope } from '../../../platform/authz/scope';
import { forbidden } from '../../../platform/errors';

/** Bureau roles that see the projects of their region subtree (upper-level bureaus read only). */
export const isBureau = (scope: Scope) => hasRole(scope, 'staff', 'leader', 'upper');
export const isOperator = (scope: Scope) => hasRole(scope, 'staff') && !scope.readOnly;

/**
 * Rows of `projects` the user may see: bureaus their region subtree; an enterprise its own
 * applications; an expert only applications assigned to them after confirming no conflict.
 */
export function projectScope(scope: Scope): SQL {
  if (isBureau(scope)) return inRegion(scope, projects.regionCode);
  const parts: SQL[] = [];
  if (hasRole(scope, 'enterprise')) parts.push(eq(projects.applicantOrganisationId, scope.organisationId));
  if (hasRole(scope, 'expert')) {
    parts.push(sql`exists (select 1 from ${projectReviews} r join ${experts} e on e.id = r.expert_id
      where r.project_id = ${projects.id} and e.user_id = ${scope.userId} and r.status in ('confirmed', 'submitted'))`);
  }
  return parts.length ? or(...parts)! : sql`false`;
}

/** Calls a user may see: bureaus their subtree; enterprises the calls of the regions above them. */
export function callScope(scope: Scope): SQL {
  if (isBureau(scope)) return inRegion(scope, projectCalls.regionCode);
  if (hasRole(scope, 'enterprise')) return sql`${scope.regionCode} like ${projectCalls.regionCode} || '%'`;
  return sql`false`;
}

/** The workflow roles this user holds on one project (already known to be in scope). */
export function actorRolesFor(scope: Scope, project: { applicantOrganisationId: string | null }): ActorRole[] {
  const out: ActorRole[] = [];
  if (hasRole(scope, 'enterprise') && project.applicantOrganisationId === scope.organisationId) out.push('applicant');
  if (hasRole(scope, 'staff')) out.push('staff');
  if (hasRole(scope, 'leader')) out.push('leader');
  if (hasRole(scope, 'expert')) out.push('expert');
  if (hasRole(scope, 'upper')) out.push('upper');
  return out;
}

export function assertOperator(scope: Scope, what = '此操作'): void {
  if (!isOperator(scope)) throw forbidden(`只有业务科室可以办理${what}`);
}

export function assertBureauReader(scope: Scope): void {
  if (!isBureau(scope)) throw forbidden('只有科技局工作人员可以查看');
}
