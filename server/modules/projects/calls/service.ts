import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { drawRuleProblems } from '../../../../domain/projects/draw';
import { sheetProblems } from '../../../../domain/projects/scoring';
import { projectCalls, projectProgrammes } from '../../../db/schema/projects';
import { type Actor, recordAudit } from '../../../platform/audit/audit';
import type { Scope } from '../../../platform/authz/scope';
import type { AppContext } from '../../../platform/context';
import { AppError, forbidden, notFound, staleVersion } from '../../../platform/errors';
import { assertOperator } from '../shared/access';
import { findCall, findProgramme } from './repo';
import type { callBody, callPatch, programmeBody, programmePatch } from './schemas';

const invalid = (field: string, problems: string[]) =>
  new AppError('VALIDATION_FAILED', problems.join('；'), problems.map((message) => ({ field, message })));

function assertOwner(scope: Scope, regionCode: string, what: string) {
  assertOperator(scope, what);
  if (!regionCode.startsWith(scope.regionCode)) throw forbidden(`只能维护本辖区的${what}`);
}

export async function createProgramme(ctx: AppContext, scope: Scope, actor: Actor, input: z.infer<typeof programmeBody>) {
  assertOperator(scope, '科技计划');
  const values = { ...input, description: input.description ?? null, regionCode: scope.regionCode };
  return ctx.database.db.transaction(async (tx) => {
    const [row] = await tx.insert(projectProgrammes).values(values).returning();
    await recordAudit(tx, actor, { action: 'programme.create', objectType: 'programme', objectId: row!.id, details: { after: values } });
    return row!;
  });
}

export async function updateProgramme(ctx: AppContext, scope: Scope, actor: Actor, id: string, input: z.infer<typeof programmePatch>) {
  const before = await findProgramme(ctx.database.db, scope, id);
  if (!before) throw notFound('科技计划');
  assertOwner(scope, before.regionCode, '科技计划');
  const { version, ...changes } = input;
  return ctx.database.db.transaction(async (tx) => {
    const [row] = await tx.update(projectProgrammes).set({ ...changes, version: version + 1, updatedAt: ctx.now() })
      .where(and(eq(projectProgrammes.id, id), eq(projectProgrammes.version, version))).returning();
    if (!row) throw staleVersion('科技计划');
    await recordAudit(tx, actor, { action: 'programme.update', objectType: 'programme', objectId: id, details: { before, after: changes } });
    return row;
  });
}

type CallInput = Partial<z.infer<typeof callBody>>;

function checkCall(c: CallInput & { opensAt: string; closesAt: string }) {
  if (Date.parse(c.closesAt) <= Date.parse(c.opensAt)) throw invalid('closesAt', ['申报截止时间应晚于开始时间']);
  if (c.scoreSheet) {
    const p = sheetProblems(c.scoreSheet);
    if (p.length) throw invalid('scoreSheet', p);
  }
  if (c.drawRule) {
    const p = drawRuleProblems(c.drawRule);
    if (p.length) throw invalid('drawRule', p);
  }
}

function callValues(c: CallInput) {
  const { opensAt, closesAt, ...rest } = c;
  return { ...rest, ...(opensAt ? { opensAt: new Date(opensAt) } : {}), ...(closesAt ? { closesAt: new Date(closesAt) } : {}) };
}

export async function createCall(ctx: AppContext, scope: Scope, actor: Actor, input: z.infer<typeof callBody>) {
  assertOperator(scope, '申报指南');
  const programme = await findProgramme(ctx.database.db, scope, input.programmeId);
  if (!programme) throw new AppError('BAD_REFERENCE', '科技计划：不存在或不在管辖范围内', [{ field: 'programmeId', message: '科技计划不存在' }]);
  assertOwner(scope, programme.regionCode, '申报指南');
  checkCall(input);
  const id = await ctx.database.db.transaction(async (tx) => {
    const values = { ...input, regionCode: scope.regionCode, createdBy: scope.userId, opensAt: new Date(input.opensAt), closesAt: new Date(input.closesAt) };
    const [row] = await tx.insert(projectCalls).values(values).returning({ id: projectCalls.id });
    await recordAudit(tx, actor, { action: 'call.create', objectType: 'call', objectId: row!.id, details: { after: input } });
    return row!.id;
  });
  return (await findCall(ctx.database.db, scope, id))!;
}

export async function updateCall(ctx: AppContext, scope: Scope, actor: Actor, id: string, input: z.infer<typeof callPatch>) {
  const before = await findCall(ctx.database.db, scope, id);
  if (!before) throw notFound('申报指南');
  assertOwner(scope, before.call.regionCode, '申报指南');
  const { version, ...changes } = input;
  checkCall({ ...changes, opensAt: changes.opensAt ?? before.call.opensAt.toISOString(), closesAt: changes.closesAt ?? before.call.closesAt.toISOString() });
  await ctx.database.db.transaction(async (tx) => {
    const done = await tx.update(projectCalls).set({ ...callValues(changes), version: version + 1, updatedAt: ctx.now() })
      .where(and(eq(projectCalls.id, id), eq(projectCalls.version, version))).returning({ id: projectCalls.id });
    if (!done.length) throw staleVersion('申报指南');
    const old = Object.fromEntries(Object.keys(changes).map((k) => [k, before.call[k as keyof typeof before.call]]));
    await recordAudit(tx, actor, { action: 'call.update', objectType: 'call', objectId: id, details: { before: old, after: changes } });
  });
  return (await findCall(ctx.database.db, scope, id))!;
}
