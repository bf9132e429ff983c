import { and, eq, inArray, sql } from 'drizzle-orm';
import { type FundsRow, fundsTotals } from '../../../../domain/projects/funds';
import type { DbOrTx } from '../../../db/client';
import { projectCalls, projectDisbursements, projectProgrammes, projects } from '../../../db/schema/projects';
import { inRegion, type Scope } from '../../../platform/authz/scope';
import { forbidden } from '../../../platform/errors';
import { isBureau } from '../shared/access';

/** Requested, approved and disbursed per programme and year, against the budgets of its calls. */
export async function fundsSummary(db: DbOrTx, scope: Scope, year?: number) {
  if (!isBureau(scope)) throw forbidden('只有科技局工作人员可以查看经费汇总');
  const rows = await db.select({ id: projects.id, programmeId: projects.programmeId, year: projects.year, requested: projects.requestedFiscal, approved: projects.approvedAmount })
    .from(projects).where(and(inRegion(scope, projects.regionCode), year ? eq(projects.year, year) : undefined, sql`${projects.state} not in ('draft')`));
  const tranches = rows.length
    ? await db.select({ projectId: projectDisbursements.projectId, amount: projectDisbursements.amount, source: projectDisbursements.source })
      .from(projectDisbursements).where(inArray(projectDisbursements.projectId, rows.map((r) => r.id)))
    : [];
  const budgets = await db.select({ programmeId: projectCalls.programmeId, year: projectCalls.year, budget: sql<string>`sum(${projectCalls.budget})::text` })
    .from(projectCalls).where(and(inRegion(scope, projectCalls.regionCode), year ? eq(projectCalls.year, year) : undefined))
    .groupBy(projectCalls.programmeId, projectCalls.year);
  const names = await db.select({ id: projectProgrammes.id, name: projectProgrammes.name }).from(projectProgrammes);
  const nameOf = new Map(names.map((n) => [n.id, n.name]));
  const input: FundsRow[] = rows.map((r) => ({ ...r, disbursed: tranches.filter((t) => t.projectId === r.id) }));
  const totals = fundsTotals(input, new Map(budgets.map((b) => [`${b.programmeId}|${b.year}`, b.budget])));
  return { items: totals.map((t) => ({ ...t, programmeName: nameOf.get(t.programmeId) ?? '' })) };
}
