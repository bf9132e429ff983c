import { asc, eq } from 'drizzle-orm';
import { Dec } from '../../../../domain/exact';
import { fundSourceLabels, type FundSource } from '../../../../domain/projects/catalog';
import { checkDisbursement } from '../../../../domain/projects/funds';
import { fundableStates } from '../../../../domain/projects/states';
import { projectDisbursements, projects } from '../../../db/schema/projects';
import { type Actor, recordAudit } from '../../../platform/audit/audit';
import type { Scope } from '../../../platform/authz/scope';
import type { AppContext } from '../../../platform/context';
import { AppError, notFound } from '../../../platform/errors';
import { findProject } from '../applications/repo';
import { notify, usersOfOrganisation } from '../notifications/notify';
import { assertOperator, isOperator } from '../shared/access';

export interface DisbursementInput {
  amount: string;
  source: FundSource;
  paidOn: string;
  voucherNo: string;
  note?: string | null;
}

export async function listDisbursements(ctx: AppContext, scope: Scope, projectId: string) {
  const db = ctx.database.db;
  const found = await findProject(db, scope, projectId);
  if (!found || scope.reach === 'personal') throw notFound('项目');
  const rows = await db.select().from(projectDisbursements).where(eq(projectDisbursements.projectId, projectId)).orderBy(asc(projectDisbursements.paidOn), asc(projectDisbursements.createdAt));
  const p = found.project;
  const disbursed = found.disbursed;
  return {
    items: rows.map((d) => ({ id: d.id, amount: d.amount, source: d.source, sourceLabel: fundSourceLabels[d.source], paidOn: d.paidOn, voucherNo: d.voucherNo, note: d.note, createdAt: d.createdAt.toISOString() })),
    approved: p.approvedAmount,
    disbursed,
    remaining: p.approvedAmount === null ? null : new Dec(p.approvedAmount).sub(disbursed).toFixed(2),
    abilities: { create: isOperator(scope) && fundableStates.includes(p.state) && p.approvedAmount !== null },
  };
}

/** One tranche. The project row is locked so two clerks cannot together pay past the approved amount. */
export async function addDisbursement(ctx: AppContext, scope: Scope, actor: Actor, projectId: string, input: DisbursementInput) {
  const db = ctx.database.db;
  const found = await findProject(db, scope, projectId);
  if (!found) throw notFound('项目');
  assertOperator(scope, '经费拨付');
  if (!fundableStates.includes(found.project.state)) throw new AppError('INVALID_TRANSITION', '项目立项后、结题前才能拨付经费');
  await db.transaction(async (tx) => {
    // disbursed_amount is Σ of the tranches (trigger of migration 0008), read under the same row lock.
    const [locked] = await tx.select({ approved: projects.approvedAmount, disbursed: projects.disbursedAmount }).from(projects).where(eq(projects.id, projectId)).for('update');
    const check = checkDisbursement(locked!.approved, [{ amount: locked!.disbursed }], input.amount);
    if (!check.ok) throw new AppError('VALIDATION_FAILED', check.reason!, [{ field: 'amount', message: check.reason! }]);
    const [row] = await tx.insert(projectDisbursements).values({ ...input, note: input.note ?? null, projectId, createdBy: scope.userId }).returning({ id: projectDisbursements.id });
    await tx.update(projects).set({ updatedAt: ctx.now() }).where(eq(projects.id, projectId));
    await recordAudit(tx, actor, { action: 'project.disburse', objectType: 'project', objectId: projectId, details: { after: { ...input, disbursementId: row!.id, disbursedAfter: check.disbursedAfter } } });
    await notify(tx, await usersOfOrganisation(tx, found.project.applicantOrganisationId), {
      kind: 'project.disbursed', title: `项目经费已拨付 ${input.amount} 元：${found.project.title}`, link: `/projects/${projectId}`, objectType: 'project', objectId: projectId,
    });
  });
}

