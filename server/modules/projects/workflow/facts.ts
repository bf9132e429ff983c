import { and, count, eq, ne, sql } from 'drizzle-orm';
import { type ApplicantFacts, type CallRules, completenessProblems, type Problem } from '../../../../domain/projects/completeness';
import { chinaDate } from '../../../../domain/projects/deadline';
import type { WorkflowFacts } from '../../../../domain/projects/workflow';
import type { DbOrTx } from '../../../db/client';
import { projectReviews } from '../../../db/schema/project-reviews';
import { type projectCalls, projectAttachments, projectObjections, type projects } from '../../../db/schema/projects';
import { loadApplicant } from '../applications/applicant';

type Project = typeof projects.$inferSelect;
type Call = typeof projectCalls.$inferSelect;

export const rulesOf = (c: Call): CallRules => ({
  regionCode: c.regionCode,
  requireInRegion: c.requireInRegion,
  requireHnte: c.requireHnte,
  requireTechSme: c.requireTechSme,
  requiredAttachments: c.requiredAttachments,
  maxFiscalPerProject: c.maxFiscalPerProject,
  minSelfToFiscal: c.minSelfToFiscal,
  maxMonths: c.maxMonths,
});

export async function attachmentKinds(db: DbOrTx, projectId: string): Promise<string[]> {
  const rows = await db.selectDistinct({ kind: projectAttachments.kind }).from(projectAttachments).where(eq(projectAttachments.projectId, projectId));
  return rows.map((r) => r.kind);
}

/** Completeness of the application now, eligibility read from the enterprise master (or the frozen snapshot). */
export async function completenessOf(db: DbOrTx, p: Project, call: Call, today: string): Promise<Problem[]> {
  const live = p.applicantSnapshot ? null : await loadApplicant(db, p.enterpriseId, today);
  const applicant: ApplicantFacts = p.applicantSnapshot ?? live ?? { name: '', regionCode: '', isHnte: false, isTechSme: false };
  const kinds = await attachmentKinds(db, p.id);
  return completenessProblems(rulesOf(call), applicant, { ...p, attachmentKinds: kinds });
}

export interface TransitionPayload {
  publicityStartsOn?: string | null;
  publicityEndsOn?: string | null;
  newEndOn?: string | null;
  fundingWon?: string | null;
}

/** Everything the state machine's guards need, read in one place. */
export async function gatherFacts(db: DbOrTx, p: Project, call: Call, now: Date, payload: TransitionPayload = {}): Promise<WorkflowFacts> {
  const today = chinaDate(now);
  const needsCompleteness = p.state === 'draft' || p.state === 'returned';
  const [reviews] = await db.select({
    assigned: count(),
    submitted: sql<number>`count(*) filter (where ${projectReviews.status} = 'submitted')::int`,
  }).from(projectReviews).where(and(eq(projectReviews.projectId, p.id), ne(projectReviews.status, 'declined')));
  const [objections] = await db.select({ n: count() }).from(projectObjections).where(and(eq(projectObjections.projectId, p.id), eq(projectObjections.status, 'open')));
  const kinds = await attachmentKinds(db, p.id);
  const publicity = p.state === 'proposed'
    ? (payload.publicityStartsOn && payload.publicityEndsOn ? { startsOn: payload.publicityStartsOn, endsOn: payload.publicityEndsOn } : null)
    : (p.publicityStartsOn && p.publicityEndsOn ? { startsOn: p.publicityStartsOn, endsOn: p.publicityEndsOn } : null);
  return {
    now,
    today,
    completenessProblems: needsCompleteness ? (await completenessOf(db, p, call, today)).map((x) => x.message) : [],
    window: { opensAt: call.opensAt, closesAt: call.closesAt },
    reviewsAssigned: reviews?.assigned ?? 0,
    reviewsSubmitted: reviews?.submitted ?? 0,
    publicity,
    openObjections: objections?.n ?? 0,
    hasAgreement: kinds.includes('agreement'),
    newEndOn: payload.newEndOn ?? null,
    fundingWon: payload.fundingWon ?? null,
  };
}
