/**
 * Service functions for the Excel engineer (import and export of the enterprise master and annual
 * data). Each takes the caller's transaction or database, the request scope and actor, and throws
 * AppError (VALIDATION_FAILED with details[].field, NOT_FOUND, FORBIDDEN, DUPLICATE).
 */
import { eq } from 'drizzle-orm';
import type { AnnualFigures } from '../../../domain/enterprise/annual';
import type { DbOrTx } from '../../db/client';
import { enterprises } from '../../db/schema';
import type { Actor } from '../../platform/audit/audit';
import type { Scope } from '../../platform/authz/scope';
import { AppError, forbidden } from '../../platform/errors';
import { upsertAnnualData as upsertAnnual } from './annual/service';
import { chinaDate } from '../../../domain/enterprise/dates';
import type { EnterpriseFilter } from './master/filters';
import { presentEnterpriseRow } from './master/presenter';
import { listEnterprisesAfter } from './master/repo';
import { applyChanges, type Env, insertEnterprise } from './master/service';
import type { EnterpriseValues } from './master/values';
import { normalisedUscc } from './master/validate';
import { canManageEnterprises } from './policy';

export type { AnnualFigures } from '../../../domain/enterprise/annual';
export type { EnterpriseFilter } from './master/filters';

/** One sheet row; a field left undefined keeps the stored value, null clears it. */
export type EnterpriseImportRow = EnterpriseValues & { uscc: string; name: string; regionCode: string };

/**
 * Creates the enterprise or updates the given fields, keyed by USCC. Idempotent: a row equal to
 * what is stored changes nothing and writes no audit row. An enterprise registered in another
 * region is refused (DUPLICATE), never moved.
 */
export async function upsertEnterpriseByUscc(tx: DbOrTx, scope: Scope, actor: Actor, row: EnterpriseImportRow, env: Env): Promise<{ id: string; action: 'created' | 'updated' | 'unchanged' }> {
  if (!canManageEnterprises(scope)) throw forbidden('只有科技局业务人员可以导入企业');
  const uscc = normalisedUscc(row.uscc);
  const [existing] = await tx.select({ id: enterprises.id, regionCode: enterprises.regionCode }).from(enterprises).where(eq(enterprises.uscc, uscc)).for('update');
  if (!existing) return { id: await insertEnterprise(tx, scope, actor, { ...row, uscc }, env, 'import'), action: 'created' };
  if (!existing.regionCode.startsWith(scope.regionCode)) {
    throw new AppError('DUPLICATE', '该统一社会信用代码的企业已在其他地区登记', [{ field: 'uscc', message: '已在其他地区登记' }]);
  }
  const changed = await applyChanges(tx, scope, actor, existing.id, { ...row, uscc }, env, { source: 'import' });
  return { id: existing.id, action: changed ? 'updated' : 'unchanged' };
}

/** One year's figures; identical figures write nothing (no revision, no audit). */
export function upsertAnnualData(tx: DbOrTx, scope: Scope, actor: Actor, enterpriseId: string, year: number, figures: AnnualFigures, env?: Pick<Env, 'now'>) {
  return upsertAnnual(tx, scope, actor, enterpriseId, year, figures, { source: 'import', today: chinaDate(env?.now() ?? new Date()) });
}

/** The list as filtered, in keyset batches ordered by name: safe for exports of any size. */
export async function* iterateEnterprises(db: DbOrTx, scope: Scope, filter: EnterpriseFilter, opts: { asOf?: string; batchSize?: number } = {}) {
  const asOf = opts.asOf ?? chinaDate(new Date());
  const batchSize = opts.batchSize ?? 500;
  let after: { name: string; id: string } | null = null;
  for (;;) {
    const rows = await listEnterprisesAfter(db, scope, filter, asOf, after, batchSize);
    if (rows.length === 0) return;
    yield rows.map(presentEnterpriseRow);
    const last = rows[rows.length - 1]!;
    after = { name: last.name, id: last.id };
    if (rows.length < batchSize) return;
  }
}
