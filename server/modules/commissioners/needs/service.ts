import { and, eq, inArray, sql } from 'drizzle-orm';
import { applyNeedAction } from '../../../../domain/commissioners/needs';
import { suggestCommissioners } from '../../../../domain/commissioners/suggest';
import { shortVillageName } from '../../../../domain/commissioners/villages';
import { maskMobile } from '../../../../domain/masking';
import { organisations } from '../../../db/schema';
import { commissionerAssignments, commissioners } from '../../../db/schema/commissioners';
import { commissionerNeedEvents, commissionerNeeds } from '../../../db/schema/commissioner-work';
import { type Actor, recordAudit } from '../../../platform/audit/audit';
import { inRegion, type Scope } from '../../../platform/authz/scope';
import type { AppContext } from '../../../platform/context';
import { AppError, forbidden, notFound, staleVersion } from '../../../platform/errors';
import { canManage } from '../access';
import { assertVillage, invalid, outer, today } from '../common';
import { viewerOf } from './presenter';
import { findNeed } from './repo';
import type { CreateNeed, NeedTransition } from './schemas';

export async function loadNeed(ctx: AppContext, scope: Scope, id: string) {
  const row = await findNeed(ctx.database.db, scope, id);
  if (!row) throw notFound('需求');
  return row;
}

async function requester(ctx: AppContext, scope: Scope, input: CreateNeed) {
  const { db } = ctx.database;
  if (scope.reach === 'organisation') {
    const [org] = await db.select({ name: organisations.name, regionCode: organisations.regionCode }).from(organisations).where(eq(organisations.id, scope.organisationId));
    return { requesterKind: 'enterprise' as const, organisationId: scope.organisationId, villageCode: null, requesterName: org!.name, regionCode: org!.regionCode };
  }
  if (!canManage(scope)) throw forbidden('您的角色不能登记需求');
  const village = input.villageCode ? await assertVillage(db, scope, input.villageCode) : null;
  let org: { name: string; regionCode: string } | undefined;
  if (input.organisationId) {
    [org] = await db.select({ name: organisations.name, regionCode: organisations.regionCode }).from(organisations)
      .where(and(eq(organisations.id, input.organisationId), inRegion(scope, organisations.regionCode)));
    if (!org) throw invalid('organisationId', '需求单位', '单位不存在或超出管辖范围');
  }
  const name = input.requesterName ?? org?.name ?? (village ? shortVillageName(village.name) : null);
  if (!name) throw invalid('requesterName', '需求方名称', '请选择村或单位，或填写需求方名称');
  if (input.requesterKind === 'village' && !input.villageCode) throw invalid('villageCode', '所在村', '村级需求须选择所在村');
  return { requesterKind: input.requesterKind, organisationId: input.organisationId ?? null, villageCode: input.villageCode ?? null,
    requesterName: name, regionCode: input.villageCode ?? org?.regionCode ?? scope.regionCode };
}

export async function createNeed(ctx: AppContext, scope: Scope, actor: Actor, input: CreateNeed) {
  const who = await requester(ctx, scope, input);
  const values = { ...who, title: input.title, description: input.description, field: input.field ?? null, contactName: input.contactName ?? null,
    contactPhoneEnc: ctx.cipher.encryptNullable(input.contactPhone), raisedBy: scope.userId };
  const id = await ctx.database.db.transaction(async (tx) => {
    const [row] = await tx.insert(commissionerNeeds).values(values).returning({ id: commissionerNeeds.id });
    await tx.insert(commissionerNeedEvents).values({ needId: row!.id, action: 'raise', toStatus: 'raised', userId: scope.userId });
    await recordAudit(tx, actor, { action: 'need.create', objectType: 'need', objectId: row!.id,
      details: { after: { ...values, contactPhoneEnc: undefined, contactPhone: maskMobile(input.contactPhone) } } });
    return row!.id;
  });
  return loadNeed(ctx, scope, id);
}

export async function transitionNeed(ctx: AppContext, scope: Scope, actor: Actor, id: string, input: NeedTransition) {
  const { db } = ctx.database;
  const before = await loadNeed(ctx, scope, id);
  const viewer = await viewerOf(db, scope);
  if (!viewer.actor || scope.readOnly) throw forbidden('您不能处理该需求');
  if (input.action === 'dispatch' && input.commissionerId) {
    const [c] = await db.select({ status: commissioners.status }).from(commissioners)
      .where(and(eq(commissioners.id, input.commissionerId), inRegion(scope, commissioners.regionCode)));
    if (!c || c.status !== 'active') throw invalid('commissionerId', '科技特派员', '不存在、不在岗或超出管辖范围');
  }
  const state = { status: before.n.status, commissionerId: before.n.commissionerId, satisfaction: before.n.satisfaction };
  const out = applyNeedAction(state, { action: input.action, actor: viewer.actor, note: input.note, satisfaction: input.satisfaction,
    commissionerId: viewer.actor === 'commissioner' ? viewer.commissionerId : input.commissionerId });
  if (!out.ok) throw new AppError('INVALID_TRANSITION', out.reason);
  const now = ctx.now();
  const stamps = {
    ...(input.action === 'dispatch' ? { dispatchedAt: now } : {}),
    ...(input.action === 'solve' ? { solvedAt: now, resolution: input.note } : {}),
    ...(input.action === 'close' ? { closedAt: now, resolution: input.note } : {}),
    ...(input.action === 'feedback' ? { feedback: input.note ?? null } : {}),
  };
  await db.transaction(async (tx) => {
    const done = await tx.update(commissionerNeeds).set({ ...out.next, ...stamps, version: input.version + 1, updatedAt: now })
      .where(and(eq(commissionerNeeds.id, id), eq(commissionerNeeds.version, input.version))).returning({ id: commissionerNeeds.id });
    if (done.length === 0) throw staleVersion('需求');
    await tx.insert(commissionerNeedEvents).values({ needId: id, action: input.action, fromStatus: state.status, toStatus: out.next.status,
      commissionerId: out.next.commissionerId ?? state.commissionerId, note: input.note ?? null, userId: scope.userId });
    await recordAudit(tx, actor, { action: `need.${input.action}`, objectType: 'need', objectId: id, details: { before: state, after: { ...out.next, note: input.note ?? null } } });
  });
  return (await findNeed(db, null, id))!;
}

/** Ranks active commissioners of the region for a need (field, place, load). */
export async function suggestFor(ctx: AppContext, scope: Scope, id: string) {
  const need = await loadNeed(ctx, scope, id);
  if (!canManage(scope)) throw forbidden('只有业务科室可以派单');
  const db = ctx.database.db;
  const day = today(ctx);
  const people = await db.select({ id: commissioners.id, name: commissioners.name, field: commissioners.field,
    openNeeds: sql<number>`(select count(*)::int from ${commissionerNeeds} x where x.commissioner_id = ${outer(commissioners.id)} and x.status in ('dispatched','in_progress'))` })
    .from(commissioners).where(and(inRegion(scope, commissioners.regionCode), eq(commissioners.status, 'active')));
  const a = commissionerAssignments;
  const villages = people.length ? await db.select({ c: a.commissionerId, v: a.villageCode }).from(a)
    .where(and(inArray(a.commissionerId, people.map((p) => p.id)), sql`${a.villageCode} is not null`, sql`${a.startsOn} <= ${day} and (${a.endsOn} is null or ${a.endsOn} >= ${day})`)) : [];
  const candidates = people.map((p) => ({ ...p, villageCodes: villages.filter((v) => v.c === p.id).map((v) => v.v!) }));
  return suggestCommissioners({ field: need.n.field, villageCode: need.n.villageCode }, candidates);
}
