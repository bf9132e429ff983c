import { and, eq, ne, sql } from 'drizzle-orm';
import { shortVillageName } from '../../../../domain/commissioners/villages';
import { organisations } from '../../../db/schema';
import { commissionerAssignments, commissioners } from '../../../db/schema/commissioners';
import type { DbOrTx } from '../../../db/client';
import { type Actor, recordAudit } from '../../../platform/audit/audit';
import { inRegion, type Scope } from '../../../platform/authz/scope';
import type { AppContext } from '../../../platform/context';
import { AppError, notFound, staleVersion } from '../../../platform/errors';
import { agreementStatuses } from '../../../../domain/commissioners/vocabulary';
import { assertManager } from '../access';
import { assertVillage, beforeOf, invalid, presentKeys, today } from '../common';
import { type AssignmentRecord, findAssignment } from './repo';
import { type AssignmentRow, type CreateAssignment, targetLabels, type UpdateAssignment } from './schemas';

export const presentAssignment = (r: AssignmentRecord): AssignmentRow => ({
  id: r.a.id,
  commissioner: { id: r.a.commissionerId, code: r.cCode, name: r.cName, field: r.cField },
  targetKind: r.a.targetKind, targetKindLabel: targetLabels[r.a.targetKind], villageCode: r.a.villageCode, townName: r.townName,
  organisationId: r.a.organisationId, targetName: r.a.targetName, startsOn: r.a.startsOn, endsOn: r.a.endsOn, active: r.active,
  needs: r.a.needs, isDemo: r.a.isDemo, version: r.a.version,
  agreement: r.agreement && agreementStatuses.includes(r.agreement.status as never) ? (r.agreement as AssignmentRow['agreement']) : null,
});

export async function loadAssignment(ctx: AppContext, scope: Scope, id: string) {
  const row = await findAssignment(ctx.database.db, scope, id, today(ctx));
  if (!row) throw notFound('派驻记录');
  return row;
}

async function targetOf(db: DbOrTx, scope: Scope, input: CreateAssignment): Promise<{ villageCode: string | null; organisationId: string | null; targetName: string }> {
  if (input.targetKind === 'village') {
    if (!input.villageCode) throw invalid('villageCode', '派驻村', '请选择派驻的行政村');
    const v = await assertVillage(db, scope, input.villageCode);
    return { villageCode: input.villageCode, organisationId: null, targetName: shortVillageName(v.name) };
  }
  if (input.organisationId) {
    const [org] = await db.select({ name: organisations.name, kind: organisations.kind }).from(organisations)
      .where(and(eq(organisations.id, input.organisationId), inRegion(scope, organisations.regionCode)));
    if (!org) throw invalid('organisationId', '派驻单位', '单位不存在或超出管辖范围');
    return { villageCode: null, organisationId: input.organisationId, targetName: org.name };
  }
  if (!input.targetName) throw invalid('targetName', '派驻对象名称', '请选择单位或填写企业/合作社名称');
  return { villageCode: null, organisationId: null, targetName: input.targetName };
}

/** The same commissioner at the same target with an overlapping period is a duplicate. */
async function assertNoOverlap(db: DbOrTx, row: { id?: string; commissionerId: string; targetName: string; villageCode: string | null; startsOn: string; endsOn: string | null }) {
  const a = commissionerAssignments;
  const [clash] = await db.select({ id: a.id }).from(a).where(and(
    eq(a.commissionerId, row.commissionerId),
    row.villageCode ? eq(a.villageCode, row.villageCode) : eq(a.targetName, row.targetName),
    row.id ? ne(a.id, row.id) : undefined,
    sql`daterange(${a.startsOn}, ${a.endsOn}, '[]') && daterange(${row.startsOn}::date, ${row.endsOn}::date, '[]')`,
  )).limit(1);
  if (clash) throw new AppError('DUPLICATE', '该科技特派员在此期间已派驻到同一对象');
}

export async function createAssignment(ctx: AppContext, scope: Scope, actor: Actor, input: CreateAssignment) {
  assertManager(scope);
  const { db } = ctx.database;
  const [c] = await db.select({ status: commissioners.status, regionCode: commissioners.regionCode }).from(commissioners)
    .where(and(eq(commissioners.id, input.commissionerId), inRegion(scope, commissioners.regionCode)));
  if (!c) throw invalid('commissionerId', '科技特派员', '不存在或超出管辖范围');
  if (c.status !== 'active') throw invalid('commissionerId', '科技特派员', '只有在岗的科技特派员可以派驻（备选库人员须先选聘）');
  if (input.endsOn && input.endsOn < input.startsOn) throw invalid('endsOn', '结束日期', '不能早于开始日期');
  const target = await targetOf(db, scope, input);
  const values = { regionCode: c.regionCode, commissionerId: input.commissionerId, targetKind: input.targetKind, ...target,
    startsOn: input.startsOn, endsOn: input.endsOn ?? null, needs: input.needs ?? null };
  await assertNoOverlap(db, values);
  const id = await db.transaction(async (tx) => {
    const [row] = await tx.insert(commissionerAssignments).values(values).returning({ id: commissionerAssignments.id });
    await recordAudit(tx, actor, { action: 'commissioner_assignment.create', objectType: 'commissioner_assignment', objectId: row!.id, details: { after: values } });
    return row!.id;
  });
  return loadAssignment(ctx, scope, id);
}

export async function updateAssignment(ctx: AppContext, scope: Scope, actor: Actor, id: string, input: UpdateAssignment) {
  const before = await loadAssignment(ctx, scope, id);
  assertManager(scope);
  const changes = presentKeys(input, ['startsOn', 'endsOn', 'needs']);
  const startsOn = changes.startsOn ?? before.a.startsOn;
  const endsOn = changes.endsOn !== undefined ? changes.endsOn : before.a.endsOn;
  if (endsOn && endsOn < startsOn) throw invalid('endsOn', '结束日期', '不能早于开始日期');
  await assertNoOverlap(ctx.database.db, { ...before.a, startsOn, endsOn });
  await ctx.database.db.transaction(async (tx) => {
    const done = await tx.update(commissionerAssignments).set({ ...changes, version: input.version + 1, updatedAt: ctx.now() })
      .where(and(eq(commissionerAssignments.id, id), eq(commissionerAssignments.version, input.version))).returning({ id: commissionerAssignments.id });
    if (done.length === 0) throw staleVersion('派驻记录');
    await recordAudit(tx, actor, { action: 'commissioner_assignment.update', objectType: 'commissioner_assignment', objectId: id,
      details: { before: beforeOf(before.a, changes), after: changes } });
  });
  return loadAssignment(ctx, scope, id);
}
