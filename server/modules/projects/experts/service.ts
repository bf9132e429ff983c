import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { maskMobile } from '../../../../domain/masking';
import { expertConflicts, experts } from '../../../db/schema/project-reviews';
import { type Actor, recordAudit } from '../../../platform/audit/audit';
import type { Scope } from '../../../platform/authz/scope';
import type { AppContext } from '../../../platform/context';
import { forbidden, notFound, staleVersion } from '../../../platform/errors';
import { assertOperator } from '../shared/access';
import { findExpert } from './repo';
import type { conflictBody, expertBody, expertPatch } from './schemas';

const year = (ctx: AppContext) => ctx.now().getFullYear();

export async function loadOwnExpert(ctx: AppContext, scope: Scope, id: string) {
  const found = await findExpert(ctx.database.db, scope, id, year(ctx));
  if (!found) throw notFound('专家');
  assertOperator(scope, '专家库维护');
  if (!found.expert.regionCode.startsWith(scope.regionCode)) throw forbidden('只能维护本辖区登记的专家');
  return found;
}

function values<T extends Partial<z.infer<typeof expertBody>>>(ctx: AppContext, input: T) {
  const { phone, ...rest } = input;
  return { ...rest, ...(phone !== undefined ? { phoneEnc: ctx.cipher.encryptNullable(phone) } : {}) };
}
const masked = (input: Partial<z.infer<typeof expertBody>>) => ({ ...input, ...(input.phone !== undefined ? { phone: maskMobile(input.phone) } : {}) });

export async function createExpert(ctx: AppContext, scope: Scope, actor: Actor, input: z.infer<typeof expertBody>) {
  assertOperator(scope, '专家库维护');
  const id = await ctx.database.db.transaction(async (tx) => {
    const [row] = await tx.insert(experts).values({ ...values(ctx, input), regionCode: scope.regionCode }).returning({ id: experts.id });
    await recordAudit(tx, actor, { action: 'expert.create', objectType: 'expert', objectId: row!.id, details: { after: masked(input) } });
    return row!.id;
  });
  return (await findExpert(ctx.database.db, scope, id, year(ctx)))!;
}

export async function updateExpert(ctx: AppContext, scope: Scope, actor: Actor, id: string, input: z.infer<typeof expertPatch>) {
  const before = await loadOwnExpert(ctx, scope, id);
  const { version, ...changes } = input;
  await ctx.database.db.transaction(async (tx) => {
    const done = await tx.update(experts).set({ ...values(ctx, changes), version: version + 1, updatedAt: ctx.now() })
      .where(and(eq(experts.id, id), eq(experts.version, version))).returning({ id: experts.id });
    if (!done.length) throw staleVersion('专家信息');
    const { phoneEnc: _p, ...old } = before.expert;
    await recordAudit(tx, actor, { action: 'expert.update', objectType: 'expert', objectId: id, details: { before: old, after: masked(changes) } });
  });
  return (await findExpert(ctx.database.db, scope, id, year(ctx)))!;
}

export async function revealExpertPhone(ctx: AppContext, scope: Scope, actor: Actor, id: string) {
  const found = await loadOwnExpert(ctx, scope, id);
  await ctx.database.db.transaction((tx) =>
    recordAudit(tx, actor, { action: 'personal_data.reveal', objectType: 'expert', objectId: id, details: { field: 'phone' } }));
  return { phone: found.expert.phoneEnc ? ctx.cipher.decrypt(found.expert.phoneEnc) : null };
}

export async function addConflict(ctx: AppContext, scope: Scope, actor: Actor, id: string, input: z.infer<typeof conflictBody>) {
  await loadOwnExpert(ctx, scope, id);
  return ctx.database.db.transaction(async (tx) => {
    const [row] = await tx.insert(expertConflicts).values({ ...input, expertId: id, recordedBy: scope.userId }).returning();
    await recordAudit(tx, actor, { action: 'expert.conflict.add', objectType: 'expert', objectId: id, details: { after: input } });
    return row!;
  });
}

export async function removeConflict(ctx: AppContext, scope: Scope, actor: Actor, id: string, conflictId: string) {
  await loadOwnExpert(ctx, scope, id);
  await ctx.database.db.transaction(async (tx) => {
    const [gone] = await tx.delete(expertConflicts).where(and(eq(expertConflicts.id, conflictId), eq(expertConflicts.expertId, id))).returning();
    if (!gone) throw notFound('回避记录');
    await recordAudit(tx, actor, { action: 'expert.conflict.remove', objectType: 'expert', objectId: id, details: { before: gone } });
  });
}
