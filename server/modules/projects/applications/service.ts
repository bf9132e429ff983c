import { and, desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { budgetTotals } from '../../../../domain/projects/completeness';
import { chinaDate, windowState } from '../../../../domain/projects/deadline';
import { editableStates } from '../../../../domain/projects/states';
import { enterprises } from '../../../db/schema';
import { projectEvents, projects } from '../../../db/schema/projects';
import { type Actor, recordAudit } from '../../../platform/audit/audit';
import { hasRole, inRegion, type Scope } from '../../../platform/authz/scope';
import type { AppContext } from '../../../platform/context';
import { AppError, forbidden, notFound } from '../../../platform/errors';
import { findCall } from '../calls/repo';
import { actorRolesFor, isOperator } from '../shared/access';
import { displayNameOf } from '../shared/people';
import { enterpriseOfOrganisation, loadApplicant } from './applicant';
import { findProject } from './repo';
import type { createBody, saveBody } from './schemas';

const staleProject = () => new AppError('STALE_VERSION', '该项目已被他人处理或修改，请刷新后重试');

async function applicantFor(ctx: AppContext, scope: Scope, enterpriseId: string | undefined, today: string) {
  const db = ctx.database.db;
  if (hasRole(scope, 'enterprise')) {
    const own = await enterpriseOfOrganisation(db, scope.organisationId);
    if (!own) throw new AppError('BAD_REFERENCE', '本单位尚未在企业库登记，请联系科技局');
    return (await loadApplicant(db, own, today))!;
  }
  if (!isOperator(scope)) throw forbidden('只有企业用户或业务科室可以填报申报书');
  if (!enterpriseId) throw new AppError('VALIDATION_FAILED', '申报企业：代录纸质申报须选择企业', [{ field: 'enterpriseId', message: '请选择申报企业' }]);
  const found = await loadApplicant(db, enterpriseId, today, inRegion(scope, enterprises.regionCode));
  if (!found) throw new AppError('BAD_REFERENCE', '申报企业：不存在或不在管辖范围内', [{ field: 'enterpriseId', message: '企业不存在' }]);
  return found;
}

/** A new draft, prefilled from the enterprise master and the enterprise's previous application. */
export async function createApplication(ctx: AppContext, scope: Scope, actor: Actor, input: z.infer<typeof createBody>) {
  const db = ctx.database.db;
  const now = ctx.now();
  const call = await findCall(db, scope, input.callId);
  if (!call) throw new AppError('BAD_REFERENCE', '申报指南：不存在或不在可申报范围内', [{ field: 'callId', message: '申报指南不存在' }]);
  if (windowState(call.call, now) !== 'open') throw new AppError('INVALID_TRANSITION', '该指南当前不在申报期内');
  const applicant = await applicantFor(ctx, scope, input.enterpriseId, chinaDate(now));
  const [previous] = await db.select({ team: projects.team, leader: projects.leader }).from(projects)
    .where(eq(projects.enterpriseId, applicant.enterpriseId)).orderBy(desc(projects.createdAt)).limit(1);
  const values = {
    callId: call.call.id,
    programmeId: call.programme.id,
    year: call.call.year,
    track: call.programme.track,
    regionCode: applicant.regionCode,
    enterpriseId: applicant.enterpriseId,
    applicantOrganisationId: applicant.organisationId,
    leader: previous?.leader ?? null,
    team: previous?.team ?? [],
    enteredByStaff: !hasRole(scope, 'enterprise'),
    createdBy: scope.userId,
  };
  const id = await db.transaction(async (tx) => {
    const [row] = await tx.insert(projects).values(values).returning({ id: projects.id });
    await tx.insert(projectEvents).values({ projectId: row!.id, event: 'create', toState: 'draft', actorId: scope.userId, actorName: await displayNameOf(tx, scope.userId), comment: values.enteredByStaff ? '业务科室代录纸质申报' : null });
    await recordAudit(tx, actor, { action: 'project.create', objectType: 'project', objectId: row!.id, details: { after: values } });
    return row!.id;
  });
  return (await findProject(db, scope, id))!;
}

/** Auto-save of a draft (or of an application returned for changes). */
export async function saveApplication(ctx: AppContext, scope: Scope, actor: Actor, id: string, input: z.infer<typeof saveBody>) {
  const db = ctx.database.db;
  const before = await findProject(db, scope, id);
  if (!before) throw notFound('项目');
  const roles = actorRolesFor(scope, before.project);
  if (!roles.includes('applicant') && !roles.includes('staff')) throw forbidden('只有申报单位或业务科室可以修改申报书');
  if (!editableStates.includes(before.project.state)) throw new AppError('INVALID_TRANSITION', '申报书已提交，当前状态不能修改');
  const { version, ...changes } = input;
  const totals = changes.budget ? budgetTotals(changes.budget) : null;
  await db.transaction(async (tx) => {
    const done = await tx.update(projects)
      .set({ ...changes, ...(totals ? { requestedFiscal: totals.fiscal, requestedSelf: totals.self } : {}), version: version + 1, updatedAt: ctx.now() })
      .where(and(eq(projects.id, id), eq(projects.version, version))).returning({ id: projects.id });
    if (!done.length) throw staleProject();
    const old = Object.fromEntries(Object.keys(changes).map((k) => [k, before.project[k as keyof typeof before.project]]));
    await recordAudit(tx, actor, { action: 'project.save', objectType: 'project', objectId: id, details: { before: old, after: changes } });
  });
  return (await findProject(db, scope, id))!;
}

export { staleProject };
