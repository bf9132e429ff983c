import crypto from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { type DrawRecord, type DrawRule, recordDraw, replacementRule } from '../../../../domain/projects/draw';
import type { Tx } from '../../../db/client';
import { experts, projectReviews, reviewDraws } from '../../../db/schema/project-reviews';
import { projectCalls, projects } from '../../../db/schema/projects';
import { type Actor, recordAudit } from '../../../platform/audit/audit';
import type { Scope } from '../../../platform/authz/scope';
import type { AppContext } from '../../../platform/context';
import { AppError, forbidden, notFound } from '../../../platform/errors';
import { findCall } from '../calls/repo';
import { notify } from '../notifications/notify';
import { assertOperator, projectScope } from '../shared/access';
import { conflictFacts, drawApplications, poolSnapshot, undrawn } from './snapshot';

type ProjectRow = typeof projects.$inferSelect;
interface DrawPlan { callId: string; regionCode: string; kind: 'batch' | 'replacement'; rule: DrawRule; rows: ProjectRow[] }

/** Runs and stores one draw inside the caller's transaction; refuses when experts run short. */
async function runDraw(tx: Tx, ctx: AppContext, scope: Scope, actor: Actor, plan: DrawPlan): Promise<string> {
  const now = ctx.now();
  const pool = await poolSnapshot(tx, plan.regionCode, now.getFullYear());
  const applications = await drawApplications(tx, plan.rows);
  const conflicts = await conflictFacts(tx, pool, plan.rows.map((r) => r.id));
  const seed = crypto.randomBytes(16).toString('hex');
  const record: DrawRecord = recordDraw({ seed, rule: plan.rule, pool, applications, conflicts });
  if (record.result.shortfalls.length) {
    const messages = record.result.shortfalls.map((s) => `${applications.find((a) => a.id === s.applicationId)?.title ?? s.applicationId}：${s.message}`);
    throw new AppError('CONFLICT', `符合条件的专家不足，未抽取：${messages.join('；')}`, messages.map((message) => ({ message })));
  }
  const [draw] = await tx.insert(reviewDraws).values({ callId: plan.callId, regionCode: plan.regionCode, kind: plan.kind, seed, record, createdBy: scope.userId, createdAt: now }).returning({ id: reviewDraws.id });
  const assignments = record.result.assignments;
  await tx.insert(projectReviews).values(assignments.map((a) => ({ drawId: draw!.id, projectId: a.applicationId, expertId: a.expertId, category: a.category, position: a.position })));
  const accounts = await tx.select({ id: experts.id, userId: experts.userId }).from(experts).where(inArray(experts.id, [...new Set(assignments.map((a) => a.expertId))]));
  const userIds = accounts.map((a) => a.userId).filter((x): x is string => !!x);
  await notify(tx, userIds, { kind: 'review.assigned', title: '您有新的项目评审任务，请先确认无利益冲突', link: '/reviews', objectType: 'review_draw', objectId: draw!.id });
  await recordAudit(tx, actor, {
    action: 'review.draw', objectType: 'review_draw', objectId: draw!.id,
    details: { after: { callId: plan.callId, kind: plan.kind, seed, rule: plan.rule, applications: applications.length, pool: pool.length, assignments: assignments.length, exclusions: record.result.exclusions.length } },
  });
  return draw!.id;
}

const lockCall = (tx: Tx, callId: string) => tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`draw:${callId}`}))`);

/** Draws reviewers for every in-review application of a call that has none yet (or the listed ones). */
export async function drawForCall(ctx: AppContext, scope: Scope, actor: Actor, callId: string, projectIds?: string[]) {
  const call = await findCall(ctx.database.db, scope, callId);
  if (!call) throw notFound('申报指南');
  assertOperator(scope, '抽取评审专家');
  if (!call.call.regionCode.startsWith(scope.regionCode)) throw forbidden('只能为本辖区的申报指南抽取专家');
  if (call.programme.track !== 'county') throw new AppError('INVALID_TRANSITION', '该类项目不组织专家评审');
  return ctx.database.db.transaction(async (tx) => {
    await lockCall(tx, callId);
    const rows = await undrawn(tx, callId, projectIds);
    if (!rows.length) throw new AppError('INVALID_TRANSITION', '没有待抽取评审专家的项目（须为“专家评审”状态且尚未抽取）');
    return runDraw(tx, ctx, scope, actor, { callId, regionCode: call.call.regionCode, kind: 'batch', rule: call.call.drawRule, rows });
  });
}

/** After an expert declines: one replacement of the same category for that application. */
export async function replaceDeclined(ctx: AppContext, scope: Scope, actor: Actor, reviewId: string) {
  const db = ctx.database.db;
  assertOperator(scope, '补抽评审专家');
  const [row] = await db.select({ review: projectReviews, project: projects }).from(projectReviews)
    .innerJoin(projects, eq(projects.id, projectReviews.projectId)).where(and(eq(projectReviews.id, reviewId), projectScope(scope)));
  if (!row) throw notFound('评审任务');
  if (row.review.status !== 'declined') throw new AppError('INVALID_TRANSITION', '只有专家拒绝评审后才需要补抽');
  if (row.project.state !== 'in_review') throw new AppError('INVALID_TRANSITION', '项目已不在专家评审阶段');
  const [call] = await db.select().from(projectCalls).where(eq(projectCalls.id, row.project.callId));
  return db.transaction(async (tx) => {
    await lockCall(tx, call!.id);
    const [again] = await tx.select({ n: sql<number>`count(*)::int` }).from(projectReviews)
      .where(and(eq(projectReviews.projectId, row.project.id), sql`${projectReviews.status} <> 'declined'`, sql`${projectReviews.createdAt} > ${row.review.createdAt.toISOString()}`, eq(projectReviews.category, row.review.category)));
    if ((again?.n ?? 0) > 0) throw new AppError('INVALID_TRANSITION', '已为该专家补抽过，请刷新');
    return runDraw(tx, ctx, scope, actor, { callId: call!.id, regionCode: call!.regionCode, kind: 'replacement', rule: replacementRule(row.review.category), rows: [row.project] });
  });
}
