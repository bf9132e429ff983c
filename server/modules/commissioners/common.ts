import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../../db/client';
import { regions } from '../../db/schema';
import type { Scope } from '../../platform/authz/scope';
import type { AppContext } from '../../platform/context';
import { AppError } from '../../platform/errors';

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '应为 YYYY-MM-DD 格式的日期');
export const villageCode = z.string().regex(/^\d{12}$/, '应为 12 位村级区划代码');
export const idParams = z.object({ id: z.uuid().meta({ title: 'ID' }) });
export const versionField = z.number().int().min(1).meta({ title: '版本号' });
export const optionalText = (max: number, title: string) => z.string().trim().max(max).nullable().optional().meta({ title });
export const yearField = z.coerce.number().int().min(2000).max(2100);

/** Today's date in China (UTC+8), as the bureau's calendar counts service days. */
export function today(ctx: AppContext): string {
  return new Date(ctx.now().getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

export const invalid = (field: string, label: string, message: string) =>
  new AppError('VALIDATION_FAILED', `${label}：${message}`, [{ field, message }]);

/** A 村级 region inside the region (a Scope's or a commissioner's); returns its names for display. */
export async function assertVillage(db: DbOrTx, within: Scope | string, code: string, field = 'villageCode') {
  const prefix = typeof within === 'string' ? within : within.regionCode;
  if (!code.startsWith(prefix)) throw invalid(field, '村（社区）', '超出管辖范围');
  const [row] = await db.select({ name: regions.name, fullName: regions.fullName })
    .from(regions).where(and(eq(regions.code, code), eq(regions.level, 5)));
  if (!row) throw invalid(field, '村（社区）', '村级区划代码不存在');
  return row;
}

/** Region names for a list of codes (for presenters). */
export async function regionNames(db: DbOrTx, codes: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(codes.filter(Boolean))];
  if (unique.length === 0) return new Map();
  const rows = await db.select({ code: regions.code, name: regions.name }).from(regions).where(sql`${regions.code} in ${unique}`);
  return new Map(rows.map((r) => [r.code, r.name]));
}

/** Only the keys that are present in a PATCH body, for updates and audit `after`. */
export function presentKeys<T extends Record<string, unknown>>(input: T, keys: readonly (keyof T)[]): Partial<T> {
  return Object.fromEntries(keys.filter((k) => input[k] !== undefined).map((k) => [k, input[k]])) as Partial<T>;
}

/** The `before` values of the changed keys. */
export const beforeOf = (row: Record<string, unknown>, changes: Record<string, unknown>) =>
  Object.fromEntries(Object.keys(changes).map((k) => [k, row[k]]));

export { outer } from '../../db/sql';
