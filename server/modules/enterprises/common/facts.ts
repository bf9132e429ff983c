import type { DbOrTx } from '../../../db/client';
import { annualRowsOf } from '../annual/repo';
import { reportsOf, tiersOf } from '../tiers/repo';
import type { EnterpriseFacts } from './assess';

const group = <T extends { enterpriseId: string }>(rows: T[]) => {
  const out = new Map<string, T[]>();
  for (const r of rows) out.set(r.enterpriseId, [...(out.get(r.enterpriseId) ?? []), r]);
  return out;
};

/**
 * Tiers, filed HNTE reports and (optionally) annual data of a few enterprises (one page, one
 * detail) in three queries. Each id is a parameter, so this is not for a region: the region-wide
 * lists (insights/) read what their rules need in chunks through one cursor instead.
 */
export async function loadFacts(db: DbOrTx, ids: string[], withAnnual = true): Promise<Map<string, EnterpriseFacts>> {
  const [tiers, reports, annual] = await Promise.all([tiersOf(db, ids), reportsOf(db, ids), withAnnual ? annualRowsOf(db, ids) : Promise.resolve([])]);
  const t = group(tiers);
  const r = group(reports);
  const a = group(annual);
  return new Map(ids.map((id) => [id, { tiers: t.get(id) ?? [], reports: r.get(id) ?? [], annual: a.get(id) ?? [] }]));
}
