import { and, eq } from 'drizzle-orm';
import { changeKindLabels, changeRequestProblem, decideChange, type ChangeKind } from '../../../../domain/projects/changes';
import { budgetTotals, type BudgetLine } from '../../../../domain/projects/completeness';
import { projectChanges, projectEvents, projectObjections, projects } from '../../../db/schema/projects';
import { type Actor, recordAudit } from '../../../platform/audit/audit';
import type { Scope } from '../../../platform/authz/scope';
import type { AppContext } from '../../../platform/context';
import { AppError, forbidden, notFound } from '../../../platform/errors';
import { findProject } from '../applications/repo';
import { staleProject } from '../applications/service';
import { notify, usersOfOrganisation, usersOfRegion } from '../notifications/notify';
import { actorRolesFor, assertOperator } from '../shared/access';
import { displayNameOf } from '../shared/people';

const invalid = (message: string) => new AppError('INVALID_TRANSITION', message);

async function load(ctx: AppContext, scope: Scope, id: string) {
  const r = await findProject(ctx.database.db, scope, id);
  if (!r) throw notFound('项目');
  return r;
}

/** 公示异议: recorded by staff during publicity; an open objection blocks 立项. */
export async function recordObjection(ctx: AppContext, scope: Scope, actor: Actor, id: string, input: { receivedOn: string; objector: string; content: string }) {
  const r = await load(ctx, scope, id);
  assertOperator(scope, '登记公示异议');
  if (r.project.state !== 'publicity') throw invalid('只有公示期内的项目可以登记异议');
  await ctx.database.db.transaction(async (tx) => {
    const [row] = await tx.insert(projectObjections).values({ ...input, projectId: id, recordedBy: scope.userId }).returning({ id: projectObjections.id });
    await recordAudit(tx, actor, { action: 'project.objection.add', objectType: 'project', objectId: id, details: { after: { ...input, objectionId: row!.id } } });
  });
}

export async function resolveObjection(ctx: AppContext, scope: Scope, actor: Actor, id: string, objectionId: string, input: { status: 'dismissed' | 'upheld'; resolution: string }) {
  await load(ctx, scope, id);
  assertOperator(scope, '处理公示异议');
  await ctx.database.db.transaction(async (tx) => {
    const [done] = await tx.update(projectObjections).set({ ...input, resolvedBy: scope.userId, resolvedAt: ctx.now() })
      .where(and(eq(projectObjections.id, objectionId), eq(projectObjections.projectId, id), eq(projectObjections.status, 'open'))).returning();
    if (!done) throw invalid('异议不存在或已处理');
    await recordAudit(tx, actor, { action: 'project.objection.resolve', objectType: 'project', objectId: id, details: { before: { status: 'open' }, after: input, objectionId } });
  });
}

export interface ChangeInput { kind: ChangeKind; reason: string; newEndOn?: string | null; budget?: BudgetLine[] | null }

export async function requestChange(ctx: AppContext, scope: Scope, actor: Actor, id: string, input: ChangeInput) {
  const r = await load(ctx, scope, id);
  const roles = actorRolesFor(scope, r.project);
  if (!roles.includes('applicant') && !roles.includes('staff')) throw forbidden('只有项目承担单位或业务科室可以申请变更');
  if (r.project.state !== 'in_progress') throw invalid('只有实施中的项目可以申请变更');
  const problem = changeRequestProblem(input.kind, { ...input, currentEndOn: r.project.endOn });
  if (problem) throw new AppError('VALIDATION_FAILED', problem);
  if (input.kind === 'budget' && !input.budget?.length) throw new AppError('VALIDATION_FAILED', '请填写调整后的预算');
  const payload = { ...(input.newEndOn ? { newEndOn: input.newEndOn } : {}), ...(input.budget ? { budget: input.budget } : {}) };
  await ctx.database.db.transaction(async (tx) => {
    const [row] = await tx.insert(projectChanges).values({ projectId: id, kind: input.kind, reason: input.reason, payload, requestedBy: scope.userId }).returning({ id: projectChanges.id });
    await recordAudit(tx, actor, { action: 'project.change.request', objectType: 'project', objectId: id, details: { after: { ...input, changeId: row!.id } } });
    const approvers = input.kind === 'termination' ? ['leader' as const] : ['staff' as const, 'leader' as const];
    await notify(tx, await usersOfRegion(tx, r.call.regionCode, approvers), {
      kind: 'project.change', title: `${changeKindLabels[input.kind]}申请待审批：${r.project.title}`, body: input.reason, link: `/projects/${id}`, objectType: 'project', objectId: id,
    });
  });
}

/** Approving applies the change: a new end date, a new budget, or termination of the project. */
export async function decideChangeRequest(ctx: AppContext, scope: Scope, actor: Actor, id: string, changeId: string, input: { approve: boolean; comment?: string | null; version: number }) {
  const r = await load(ctx, scope, id);
  const [change] = await ctx.database.db.select().from(projectChanges).where(and(eq(projectChanges.id, changeId), eq(projectChanges.projectId, id)));
  if (!change) throw notFound('变更申请');
  const d = decideChange(change.kind, change.status, actorRolesFor(scope, r.project), input.approve, input.comment);
  if (!d.ok) throw d.kind === 'role' ? forbidden(d.reason) : d.kind === 'comment' ? new AppError('VALIDATION_FAILED', d.reason) : invalid(d.reason);
  if (input.approve && r.project.state !== 'in_progress') throw invalid('项目已不在实施中');
  const p = r.project;
  await ctx.database.db.transaction(async (tx) => {
    const done = await tx.update(projectChanges).set({ status: d.status, decidedBy: scope.userId, decidedAt: ctx.now(), decisionComment: input.comment ?? null, version: change.version + 1 })
      .where(and(eq(projectChanges.id, changeId), eq(projectChanges.status, 'pending'))).returning({ id: projectChanges.id });
    if (!done.length) throw staleProject();
    if (d.status === 'approved') {
      const totals = change.payload.budget ? budgetTotals(change.payload.budget) : null;
      const set = change.kind === 'extension' ? { endOn: change.payload.newEndOn! }
        : change.kind === 'budget' ? { budget: change.payload.budget!, requestedFiscal: totals!.fiscal, requestedSelf: totals!.self }
          : { state: 'terminated' as const };
      const moved = await tx.update(projects).set({ ...set, version: p.version + 1, updatedAt: ctx.now() })
        .where(and(eq(projects.id, id), eq(projects.version, input.version))).returning({ id: projects.id });
      if (!moved.length) throw staleProject();
      await tx.insert(projectEvents).values({
        projectId: id, event: change.kind === 'termination' ? 'terminate' : `change_${change.kind}`, fromState: p.state, toState: change.kind === 'termination' ? 'terminated' : p.state,
        actorId: scope.userId, actorName: await displayNameOf(tx, scope.userId), comment: `${changeKindLabels[change.kind]}：${change.reason}${input.comment ? `；审批意见：${input.comment}` : ''}`, payload: change.payload,
      });
    }
    await recordAudit(tx, actor, { action: 'project.change.decide', objectType: 'project', objectId: id, details: { before: { status: 'pending' }, after: { status: d.status, comment: input.comment ?? null }, changeId, kind: change.kind } });
    await notify(tx, await usersOfOrganisation(tx, p.applicantOrganisationId), {
      kind: 'project.change.decided', title: `${changeKindLabels[change.kind]}申请${d.status === 'approved' ? '已批准' : '未批准'}：${p.title}`, body: input.comment ?? null, link: `/projects/${id}`, objectType: 'project', objectId: id,
    });
  });
}
