import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { commissioners } from '../../../db/schema/commissioners';
import { appraisalInputs, appraisalResults, appraisalSheets } from '../../../db/schema/commissioner-work';
import { inRegion, type Scope } from '../../../platform/authz/scope';
import { isCommissionerUser, isRegionReader, ownCommissionerIds } from '../access';
import { outer } from '../common';

const s = appraisalSheets;

/** Staff see the region's sheets; a commissioner sees published sheets that include them. */
export function sheetScope(scope: Scope): SQL {
  if (isRegionReader(scope)) return inRegion(scope, s.regionCode);
  if (isCommissionerUser(scope)) {
    return sql`(${s.status} = 'published' and exists (select 1 from ${appraisalResults} r where r.sheet_id = ${outer(s.id)} and r.commissioner_id in ${ownCommissionerIds(scope)}))`;
  }
  return sql`false`;
}

const columns = {
  s: appraisalSheets,
  counts: sql<Record<string, number>>`(select coalesce(json_object_agg(g.grade, g.n), '{}') from (select grade, count(*)::int n from ${appraisalResults} r where r.sheet_id = ${outer(s.id)} group by grade) g)`,
};
export type SheetRecord = Awaited<ReturnType<typeof findSheet>> & object;

export async function listSheets(db: DbOrTx, scope: Scope) {
  return db.select(columns).from(s).where(sheetScope(scope)).orderBy(desc(s.year));
}

export async function findSheet(db: DbOrTx, scope: Scope, id: string) {
  const [row] = await db.select(columns).from(s).where(and(eq(s.id, id), sheetScope(scope)));
  return row ?? null;
}

/** Results joined with the roster and the staff inputs; a commissioner gets only their own row. */
export async function sheetResults(db: DbOrTx, scope: Scope, sheetId: string) {
  const r = appraisalResults;
  return db.select({ r, code: commissioners.code, name: commissioners.name, level: commissioners.level, manual: appraisalInputs.manual, materials: appraisalInputs.materialsSubmitted })
    .from(r).innerJoin(commissioners, eq(commissioners.id, r.commissionerId))
    .leftJoin(appraisalInputs, and(eq(appraisalInputs.sheetId, r.sheetId), eq(appraisalInputs.commissionerId, r.commissionerId)))
    .where(and(eq(r.sheetId, sheetId), isRegionReader(scope) ? undefined : sql`${r.commissionerId} in ${ownCommissionerIds(scope)}`))
    .orderBy(asc(r.position));
}

export async function historyOf(db: DbOrTx, scope: Scope, commissionerId: string) {
  const r = appraisalResults;
  return db.select({ sheetId: s.id, year: s.year, status: s.status, total: r.total, grade: r.grade, rank: r.rank })
    .from(r).innerJoin(s, eq(s.id, r.sheetId)).where(and(eq(r.commissionerId, commissionerId), sheetScope(scope))).orderBy(desc(s.year));
}
