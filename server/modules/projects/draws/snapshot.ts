import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { ConflictFact, DrawApplication, PoolExpert } from '../../../../domain/projects/conflicts';
import type { Tx } from '../../../db/client';
import { enterprises } from '../../../db/schema';
import { expertConflicts, experts, projectReviews } from '../../../db/schema/project-reviews';
import { projects } from '../../../db/schema/projects';
import { loadThisYear } from '../experts/repo';

/** Experts a call of this region may draw: registered in the region, above it, or below it. */
export async function poolSnapshot(tx: Tx, regionCode: string, year: number): Promise<PoolExpert[]> {
  const rows = await tx.select({ e: experts, load: loadThisYear(year) }).from(experts)
    .where(or(sql`${regionCode} like ${experts.regionCode} || '%'`, sql`${experts.regionCode} like ${`${regionCode}%`}`));
  return rows.map(({ e, load }) => ({
    id: e.id, name: e.name, category: e.category, fields: e.fields, organisationId: e.organisationId, organisationName: e.organisationName,
    enterpriseIds: e.enterpriseIds, status: e.status, quota: e.quota, load,
  }));
}

type ProjectRow = typeof projects.$inferSelect;

/** The applications as the draw sees them; an applicant without an account is keyed by its enterprise. */
export async function drawApplications(tx: Tx, rows: ProjectRow[]): Promise<DrawApplication[]> {
  if (!rows.length) return [];
  const names = await tx.select({ id: enterprises.id, name: enterprises.name }).from(enterprises).where(inArray(enterprises.id, rows.map((r) => r.enterpriseId)));
  const nameOf = new Map(names.map((n) => [n.id, n.name]));
  return rows.map((p) => ({
    id: p.id,
    title: p.title,
    field: p.field ?? '',
    applicantOrganisationId: p.applicantOrganisationId ?? `enterprise:${p.enterpriseId}`,
    applicantName: p.applicantSnapshot?.name ?? nameOf.get(p.enterpriseId) ?? '',
    enterpriseId: p.enterpriseId,
    partnerOrganisationIds: p.partners.map((x) => x.organisationId).filter((x): x is string => !!x),
  }));
}

/** Recorded conflicts plus earlier answers (declined, already assigned) for these applications. */
export async function conflictFacts(tx: Tx, pool: PoolExpert[], projectIds: string[]): Promise<ConflictFact[]> {
  if (!pool.length || !projectIds.length) return [];
  const ids = pool.map((e) => e.id);
  const recorded = await tx.select().from(expertConflicts).where(inArray(expertConflicts.expertId, ids));
  const answered = await tx.select().from(projectReviews).where(and(inArray(projectReviews.projectId, projectIds), inArray(projectReviews.expertId, ids)));
  return [
    ...recorded.map((c): ConflictFact => ({ expertId: c.expertId, kind: c.kind, organisationId: c.organisationId, applicationId: c.projectId, note: c.note })),
    ...answered.map((r): ConflictFact => ({
      expertId: r.expertId,
      kind: r.status === 'declined' ? 'declined' : 'assigned',
      applicationId: r.projectId,
      note: r.status === 'declined' ? (r.declineReason ?? '专家拒绝评审') : '已分配评审',
    })),
  ];
}

/** In-review applications of a call that have no active reviewer yet. */
export async function undrawn(tx: Tx, callId: string, only?: string[]): Promise<ProjectRow[]> {
  return tx.select().from(projects).where(and(
    eq(projects.callId, callId),
    eq(projects.state, 'in_review'),
    only?.length ? inArray(projects.id, only) : undefined,
    sql`not exists (select 1 from ${projectReviews} r where r.project_id = ${projects.id} and r.status <> 'declined')`,
  ));
}

