import { outer } from '../../db/sql';
import { asc, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { regions } from '../../db/schema';

/** Region master data is national reference data, readable by every signed-in user. */
export async function childrenOf(db: DbOrTx, parent: string | undefined) {
  return db
    .select({
      code: regions.code,
      name: regions.name,
      fullName: regions.fullName,
      level: regions.level,
      hasChildren: sql<boolean>`exists (select 1 from ${regions} c where c.parent_code = ${outer(regions.code)})`,
    })
    .from(regions)
    .where(parent ? eq(regions.parentCode, parent) : isNull(regions.parentCode))
    .orderBy(asc(regions.code));
}

export async function findRegion(db: DbOrTx, code: string) {
  const [row] = await db.select().from(regions).where(eq(regions.code, code));
  return row ?? null;
}

/** The chain from the province down to `code`, using the prefix structure of the codes. */
export async function pathOf(db: DbOrTx, code: string) {
  const prefixes = [2, 4, 6, 9, 12].filter((n) => n <= code.length).map((n) => code.slice(0, n));
  return db
    .select({ code: regions.code, name: regions.name })
    .from(regions)
    .where(sql`${regions.code} in ${prefixes}`)
    .orderBy(asc(sql`length(${regions.code})`));
}
