import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { enterprises } from '../../../db/schema';
import { type Actor, recordAudit } from '../../../platform/audit/audit';
import type { Scope } from '../../../platform/authz/scope';
import type { AppContext } from '../../../platform/context';
import { forbidden, notFound, staleVersion } from '../../../platform/errors';
import { todayOf } from '../common/today';
import { canManageEnterprises, isOwnEnterprise, selfServiceFields } from '../policy';
import { loadEnterpriseDetail } from './detail';
import { lockEnterprise } from './repo';
import type { CreateInput, UpdateInput } from './schemas';
import { changedValues, checkValues, currentValues, type EnterpriseValues, fieldLabels, forAudit, givenKeys, pick, toColumns } from './values';

export type Env = Pick<AppContext, 'cipher' | 'now'>;

/** Inserts a checked enterprise with its audit row; the caller owns the transaction. */
export async function insertEnterprise(tx: DbOrTx, scope: Scope, actor: Actor, input: EnterpriseValues & { uscc: string; name: string; regionCode: string }, env: Env, source: 'manual' | 'import' = 'manual') {
  const v = await checkValues(tx, scope, input, todayOf(env));
  const [row] = await tx.insert(enterprises).values({ ...toColumns(v, env.cipher), uscc: v.uscc!, name: v.name!, regionCode: v.regionCode! })
    .returning({ id: enterprises.id });
  await recordAudit(tx, actor, { action: 'enterprise.create', objectType: 'enterprise', objectId: row!.id, details: { source, after: forAudit(v) } });
  return row!.id;
}

/** Applies the given fields when they differ; returns whether anything changed. */
export async function applyChanges(tx: DbOrTx, scope: Scope, actor: Actor, id: string, next: EnterpriseValues, env: Env, opts: { version?: number; source?: 'manual' | 'import' } = {}) {
  const current = await currentValues(tx, id, env.cipher);
  const changes = changedValues(current, next);
  const changed = givenKeys(changes);
  if (changed.length === 0) return false;
  const checked = await checkValues(tx, scope, changes, todayOf(env), id);
  const done = await tx.update(enterprises)
    .set({ ...toColumns(checked, env.cipher), version: opts.version !== undefined ? opts.version + 1 : sql`${enterprises.version} + 1`, updatedAt: env.now() })
    .where(and(eq(enterprises.id, id), opts.version !== undefined ? eq(enterprises.version, opts.version) : undefined))
    .returning({ id: enterprises.id });
  if (done.length === 0) throw staleVersion('企业信息');
  await recordAudit(tx, actor, {
    action: 'enterprise.update', objectType: 'enterprise', objectId: id,
    details: { source: opts.source ?? 'manual', before: forAudit(pick(current, changed)), after: forAudit(checked) },
  });
  return true;
}

export async function createEnterprise(ctx: AppContext, scope: Scope, actor: Actor, input: CreateInput) {
  if (!canManageEnterprises(scope)) throw forbidden('只有科技局业务人员可以登记企业');
  const id = await ctx.database.db.transaction((tx) => insertEnterprise(tx, scope, actor, input, ctx));
  return loadEnterpriseDetail(ctx, scope, id);
}

export async function updateEnterprise(ctx: AppContext, scope: Scope, actor: Actor, id: string, input: UpdateInput) {
  const { version, ...fields } = input;
  await ctx.database.db.transaction(async (tx) => {
    const row = await lockEnterprise(tx, scope, id);
    if (!row) throw notFound('企业');
    if (!canManageEnterprises(scope)) {
      if (!isOwnEnterprise(scope, row)) throw forbidden('您无权修改该企业信息');
      const other = givenKeys(fields).find((k) => !(selfServiceFields as readonly string[]).includes(k));
      if (other) throw forbidden(`企业用户不能修改“${fieldLabels[other]}”，请联系科技局`);
    }
    if (row.version !== version) throw staleVersion('企业信息');
    await applyChanges(tx, scope, actor, id, fields, ctx, { version });
  });
  return loadEnterpriseDetail(ctx, scope, id);
}

/** Shows the full contact phone; every reveal is audited (等保 8.1.4.11). */
export async function revealPhone(ctx: AppContext, scope: Scope, actor: Actor, id: string) {
  const { db } = ctx.database;
  return db.transaction(async (tx) => {
    const row = await lockEnterprise(tx, scope, id, false);
    if (!row) throw notFound('企业');
    if (!canManageEnterprises(scope)) throw forbidden('只有科技局业务人员可以查看完整联系电话');
    const { phone } = await currentValues(tx, id, ctx.cipher);
    await recordAudit(tx, actor, { action: 'personal_data.reveal', objectType: 'enterprise', objectId: id, details: { field: 'phone' } });
    return { phone };
  });
}
