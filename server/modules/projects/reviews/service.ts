import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { checkScores } from '../../../../domain/projects/scoring';
import { expertConflicts, type ReviewStatus, projectReviews } from '../../../db/schema/project-reviews';
import { type Actor, recordAudit } from '../../../platform/audit/audit';
import type { Scope } from '../../../platform/authz/scope';
import type { AppContext } from '../../../platform/context';
import { AppError, forbidden, notFound } from '../../../platform/errors';
import { notify, usersOfRegion } from '../notifications/notify';
import { findReview, type ReviewRecord } from './repo';
import type { confirmBody, declineBody, submitBody } from './schemas';

const statusText: Record<ReviewStatus, string> = { assigned: '尚未确认回避', confirmed: '已确认无利益冲突', declined: '已拒绝', submitted: '已提交评审意见' };

async function loadMine(ctx: AppContext, scope: Scope, id: string, expect: ReviewStatus, version: number): Promise<ReviewRecord> {
  const r = await findReview(ctx.database.db, scope, id);
  if (!r) throw notFound('评审任务');
  if (r.expert.userId !== scope.userId) throw forbidden('只有被抽中的专家本人可以办理');
  if (r.project.state !== 'in_review') throw new AppError('INVALID_TRANSITION', '该项目已不在专家评审阶段');
  if (r.review.version !== version) throw new AppError('STALE_VERSION', '评审任务已变化，请刷新后重试');
  if (r.review.status !== expect) throw new AppError('INVALID_TRANSITION', `该评审任务${statusText[r.review.status]}，不能重复办理`);
  return r;
}

async function move(ctx: AppContext, actor: Actor, r: ReviewRecord, changes: Partial<typeof projectReviews.$inferInsert>, action: string, extra: (tx: Parameters<Parameters<typeof ctx.database.db.transaction>[0]>[0]) => Promise<void> = async () => {}) {
  await ctx.database.db.transaction(async (tx) => {
    const done = await tx.update(projectReviews).set({ ...changes, version: r.review.version + 1 })
      .where(and(eq(projectReviews.id, r.review.id), eq(projectReviews.version, r.review.version))).returning({ id: projectReviews.id });
    if (!done.length) throw new AppError('STALE_VERSION', '评审任务已变化，请刷新后重试');
    const { scores: _s, ...safe } = changes;
    await recordAudit(tx, actor, { action, objectType: 'review', objectId: r.review.id, details: { before: { status: r.review.status }, after: safe, projectId: r.project.id } });
    await extra(tx);
  });
}

/** The expert declares no conflict of interest; only then the application opens to them. */
export async function confirmReview(ctx: AppContext, scope: Scope, actor: Actor, id: string, body: z.infer<typeof confirmBody>) {
  const r = await loadMine(ctx, scope, id, 'assigned', body.version);
  await move(ctx, actor, r, { status: 'confirmed', confirmedAt: ctx.now() }, 'review.confirm_no_conflict');
}

export async function declineReview(ctx: AppContext, scope: Scope, actor: Actor, id: string, body: z.infer<typeof declineBody>) {
  const r = await loadMine(ctx, scope, id, 'assigned', body.version);
  await move(ctx, actor, r, { status: 'declined', declineReason: body.conflict ? `存在利益冲突：${body.reason}` : body.reason }, 'review.decline', async (tx) => {
    if (body.conflict) await tx.insert(expertConflicts).values({ expertId: r.expert.id, kind: 'relation', projectId: r.project.id, note: `专家申报回避：${body.reason}`, recordedBy: scope.userId });
    await notify(tx, await usersOfRegion(tx, r.call.regionCode, ['staff']), {
      kind: 'review.declined', title: `评审专家拒绝评审，请补抽：${r.project.title}`, body: body.reason, link: `/projects/${r.project.id}`, objectType: 'project', objectId: r.project.id,
    });
  });
}

/** Scores once, on the call's score sheet; a total under the threshold needs a comment. */
export async function submitReview(ctx: AppContext, scope: Scope, actor: Actor, id: string, body: z.infer<typeof submitBody>) {
  const r = await loadMine(ctx, scope, id, 'confirmed', body.version);
  const check = checkScores(r.call.scoreSheet, { scores: body.scores, comment: body.comment });
  if (!check.ok) throw new AppError('VALIDATION_FAILED', check.problems.map((p) => p.message).join('；'), check.problems);
  const scores = Object.fromEntries(Object.entries(body.scores).map(([k, v]) => [k, String(v)]));
  await move(ctx, actor, r, { status: 'submitted', scores, total: check.total, comment: body.comment ?? null, submittedAt: ctx.now() }, 'review.submit', async (tx) => {
    await recordAudit(tx, actor, { action: 'review.scores', objectType: 'review', objectId: r.review.id, details: { after: { scores, total: check.total } } });
  });
}
