import { and, eq, sql } from 'drizzle-orm';
import { type AppraisalConfig, configForYear, configProblems, gradeLabels } from '../../../../domain/commissioners/appraisal-config';
import { manualProblems } from '../../../../domain/commissioners/appraisal-score';
import { defaultAppraisalConfigs } from '../../../../domain/commissioners/appraisal-default';
import { commissioners } from '../../../db/schema/commissioners';
import { appraisalInputs, appraisalResults, appraisalSheets } from '../../../db/schema/commissioner-work';
import { type Actor, recordAudit } from '../../../platform/audit/audit';
import { inRegion, type Scope } from '../../../platform/authz/scope';
import type { AppContext } from '../../../platform/context';
import { AppError, notFound, staleVersion } from '../../../platform/errors';
import { assertManager } from '../access';
import { invalid } from '../common';
import { computeSheet } from './compute';
import { findSheet, type SheetRecord, sheetResults } from './repo';
import type { SheetRow } from './schemas';

export const presentSheet = (r: SheetRecord): SheetRow => {
  const counts = { excellent: 0, good: 0, pass: 0, fail: 0, ...r.counts };
  return { id: r.s.id, year: r.s.year, name: r.s.name, status: r.s.status, config: r.s.config, computedAt: r.s.computedAt?.toISOString() ?? null,
    publishedAt: r.s.publishedAt?.toISOString() ?? null, appraised: counts.excellent + counts.good + counts.pass + counts.fail, counts, isDemo: r.s.isDemo, version: r.s.version };
};

export async function loadSheet(ctx: AppContext, scope: Scope, id: string) {
  const row = await findSheet(ctx.database.db, scope, id);
  if (!row) throw notFound('考核');
  return row;
}

export async function sheetDetail(ctx: AppContext, scope: Scope, id: string) {
  const sheet = await loadSheet(ctx, scope, id);
  const results = await sheetResults(ctx.database.db, scope, id);
  return { ...presentSheet(sheet), results: results.map((x) => ({
    commissioner: { id: x.r.commissionerId, code: x.code, name: x.name, level: x.level }, summary: { ...x.r.summary }, items: x.r.items,
    total: x.r.total, baseGrade: x.r.baseGrade, grade: x.r.grade, gradeLabel: gradeLabels[x.r.grade], rank: x.r.rank, position: x.r.position,
    reasons: x.r.reasons, manual: x.manual ?? {}, materialsSubmitted: x.materials ?? false,
  })) };
}

function assertConfig(config: AppraisalConfig) {
  const problems = configProblems(config);
  if (problems.length) throw new AppError('VALIDATION_FAILED', `考核方案：${problems.join('；')}`, problems.map((message) => ({ field: 'config', message })));
}

function assertDraft(sheet: SheetRecord) {
  if (sheet.s.status === 'published') throw new AppError('INVALID_TRANSITION', '考核结果已公布，不能再修改');
}

export async function createSheet(ctx: AppContext, scope: Scope, actor: Actor, input: { year: number; name?: string; config?: AppraisalConfig }) {
  assertManager(scope);
  const db = ctx.database.db;
  const [previous] = await db.select({ config: appraisalSheets.config }).from(appraisalSheets)
    .where(and(eq(appraisalSheets.regionCode, scope.regionCode), sql`${appraisalSheets.year} < ${input.year}`)).orderBy(sql`${appraisalSheets.year} desc`).limit(1);
  const config = input.config ?? (previous ? { ...previous.config, effectiveYear: input.year } : configForYear(defaultAppraisalConfigs, input.year));
  assertConfig(config);
  const values = { regionCode: scope.regionCode, year: input.year, name: input.name ?? `${input.year}年度科技特派员考核`, config };
  const id = await db.transaction(async (tx) => {
    const [row] = await tx.insert(appraisalSheets).values(values).returning({ id: appraisalSheets.id });
    await recordAudit(tx, actor, { action: 'appraisal.create', objectType: 'appraisal', objectId: row!.id, details: { after: values } });
    return row!.id;
  });
  return loadSheet(ctx, scope, id);
}

export async function updateSheet(ctx: AppContext, scope: Scope, actor: Actor, id: string, input: { version: number; name?: string; config?: AppraisalConfig }) {
  const before = await loadSheet(ctx, scope, id);
  assertManager(scope);
  assertDraft(before);
  if (input.config) assertConfig(input.config);
  const changes = { ...(input.name ? { name: input.name } : {}), ...(input.config ? { config: input.config } : {}) };
  await ctx.database.db.transaction(async (tx) => {
    const done = await tx.update(appraisalSheets).set({ ...changes, version: input.version + 1, updatedAt: ctx.now() })
      .where(and(eq(appraisalSheets.id, id), eq(appraisalSheets.version, input.version))).returning({ id: appraisalSheets.id });
    if (done.length === 0) throw staleVersion('考核');
    // Results always follow the sheet in force: a publish must never show scores of an earlier config.
    if (input.config) {
      await computeSheet(tx, { ...before.s, config: input.config });
      await tx.update(appraisalSheets).set({ computedAt: ctx.now() }).where(eq(appraisalSheets.id, id));
    }
    await recordAudit(tx, actor, { action: 'appraisal.update', objectType: 'appraisal', objectId: id, details: { before: { name: before.s.name, config: before.s.config }, after: changes } });
  });
  return loadSheet(ctx, scope, id);
}

/** Staff-entered items for one commissioner; recomputes the sheet so ranks and caps stay right. */
export async function saveInput(ctx: AppContext, scope: Scope, actor: Actor, id: string, commissionerId: string, input: { manual: Record<string, string>; materialsSubmitted: boolean; note?: string | null }) {
  const sheet = await loadSheet(ctx, scope, id);
  assertManager(scope);
  assertDraft(sheet);
  const problems = manualProblems(sheet.s.config, input.manual);
  if (problems.length) throw new AppError('VALIDATION_FAILED', problems.join('；'), problems.map((message) => ({ field: 'manual', message })));
  const db = ctx.database.db;
  const [c] = await db.select({ id: commissioners.id }).from(commissioners).where(and(eq(commissioners.id, commissionerId), inRegion(scope, commissioners.regionCode)));
  if (!c) throw notFound('科技特派员');
  await db.transaction(async (tx) => {
    const [old] = await tx.select().from(appraisalInputs).where(and(eq(appraisalInputs.sheetId, id), eq(appraisalInputs.commissionerId, commissionerId)));
    const values = { manual: input.manual, materialsSubmitted: input.materialsSubmitted, note: input.note ?? null, updatedBy: scope.userId, updatedAt: ctx.now() };
    await tx.insert(appraisalInputs).values({ sheetId: id, commissionerId, ...values })
      .onConflictDoUpdate({ target: [appraisalInputs.sheetId, appraisalInputs.commissionerId], set: values });
    await computeSheet(tx, { ...sheet.s });
    await tx.update(appraisalSheets).set({ computedAt: ctx.now() }).where(eq(appraisalSheets.id, id));
    await recordAudit(tx, actor, { action: 'appraisal.input', objectType: 'appraisal', objectId: id,
      details: { commissionerId, before: old ? { manual: old.manual, materialsSubmitted: old.materialsSubmitted } : null, after: { manual: input.manual, materialsSubmitted: input.materialsSubmitted } } });
  });
}

export async function computeAppraisal(ctx: AppContext, scope: Scope, actor: Actor, id: string) {
  const sheet = await loadSheet(ctx, scope, id);
  assertManager(scope);
  assertDraft(sheet);
  await ctx.database.db.transaction(async (tx) => {
    const n = await computeSheet(tx, { ...sheet.s });
    await tx.update(appraisalSheets).set({ computedAt: ctx.now() }).where(eq(appraisalSheets.id, id));
    await recordAudit(tx, actor, { action: 'appraisal.compute', objectType: 'appraisal', objectId: id, details: { appraised: n } });
  });
}

export async function publishAppraisal(ctx: AppContext, scope: Scope, actor: Actor, id: string, version: number) {
  const sheet = await loadSheet(ctx, scope, id);
  assertManager(scope);
  assertDraft(sheet);
  const [{ n } = { n: 0 }] = await ctx.database.db.select({ n: sql<number>`count(*)::int` }).from(appraisalResults).where(eq(appraisalResults.sheetId, id));
  if (n === 0) throw invalid('id', '考核', '尚未计算结果，不能公布');
  await ctx.database.db.transaction(async (tx) => {
    const done = await tx.update(appraisalSheets).set({ status: 'published', publishedAt: ctx.now(), publishedBy: scope.userId, version: version + 1, updatedAt: ctx.now() })
      .where(and(eq(appraisalSheets.id, id), eq(appraisalSheets.version, version))).returning({ id: appraisalSheets.id });
    if (done.length === 0) throw staleVersion('考核');
    await recordAudit(tx, actor, { action: 'appraisal.publish', objectType: 'appraisal', objectId: id, details: { before: { status: 'draft' }, after: { status: 'published', counts: sheet.counts } } });
  });
}
