import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { regions } from '../../../db/schema';
import type { Scope } from '../../../platform/authz/scope';
import { AppError } from '../../../platform/errors';
import { invalid } from '../common/errors';
import { checkValues, type EnterpriseValues } from '../master/values';
import { assertDictionaries, assertFoundedOn, normalisedUscc } from '../master/validate';

/** An AppError of one sheet row, worded as the import reports it; other errors pass unchanged. */
export function rowError(err: unknown, row: number): unknown {
  if (!(err instanceof AppError)) return err;
  return new AppError(err.code, `第 ${row} 行：${err.message}。整个文件已撤销，未写入任何数据。`, err.details.map((d) => ({ ...d, row })));
}

/** Runs `fn` for each item, rethrowing an AppError as the error of the item's sheet row. */
export async function eachRow<T extends { row: number }>(items: readonly T[], fn: (item: T) => void | Promise<void>): Promise<void> {
  for (const item of items) {
    try {
      await fn(item);
    } catch (err) {
      throw rowError(err, item.row);
    }
  }
}

export type RegionLevels = Map<string, number>;

/** Levels of the regions in scope, loaded once per import instead of one lookup per row. */
export async function regionLevels(tx: DbOrTx, scope: Scope): Promise<RegionLevels> {
  const rows = await tx.select({ code: regions.code, level: regions.level }).from(regions).where(sql`${regions.code} like ${`${scope.regionCode}%`}`);
  return new Map(rows.map((r) => [r.code, r.level]));
}

/**
 * checkValues (master/values.ts) for import rows, without a query per row: the USCC's uniqueness is
 * known from the batch lookup and the region is checked against the preloaded levels, with the
 * same messages as assertRegion. Rows with fields imports never set go through checkValues itself.
 */
export async function checkImportValues(tx: DbOrTx, scope: Scope, v: EnterpriseValues, today: string, levels: RegionLevels, exceptId?: string): Promise<EnterpriseValues> {
  if (v.tags !== undefined || v.cadreUserId || v.organisationId) return checkValues(tx, scope, v, today, exceptId);
  const out: EnterpriseValues = { ...v };
  if (v.uscc !== undefined) out.uscc = normalisedUscc(v.uscc);
  if (v.regionCode !== undefined) {
    if (!v.regionCode.startsWith(scope.regionCode)) throw invalid('regionCode', '所在地区', '超出您的管辖范围');
    const level = levels.get(v.regionCode);
    if (level === undefined) throw invalid('regionCode', '所在地区', '区划代码不存在');
    if (level !== 3 && level !== 4) throw invalid('regionCode', '所在地区', '应为县级或乡镇级区划');
  }
  assertDictionaries(v);
  assertFoundedOn(v.foundedOn, today);
  return out;
}
