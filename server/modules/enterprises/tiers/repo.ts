import { and, desc, eq, inArray } from 'drizzle-orm';
import { tierKindLabels, tierStateLabels } from '../../../../domain/enterprise/codes';
import { tierState } from '../../../../domain/enterprise/tiers';
import type { DbOrTx } from '../../../db/client';
import { enterpriseTiers, hnteAnnualReports } from '../../../db/schema';

const none = ['00000000-0000-0000-0000-000000000000'];
export type TierRecord = typeof enterpriseTiers.$inferSelect;

export function tiersOf(db: DbOrTx, enterpriseIds: string[]) {
  return db.select().from(enterpriseTiers)
    .where(inArray(enterpriseTiers.enterpriseId, enterpriseIds.length ? enterpriseIds : none))
    .orderBy(desc(enterpriseTiers.validFrom), desc(enterpriseTiers.createdAt));
}

export async function tierOf(db: DbOrTx, enterpriseId: string, tierId: string) {
  const [row] = await db.select().from(enterpriseTiers).where(and(eq(enterpriseTiers.id, tierId), eq(enterpriseTiers.enterpriseId, enterpriseId)));
  return row ?? null;
}

export function reportsOf(db: DbOrTx, enterpriseIds: string[]) {
  return db.select().from(hnteAnnualReports)
    .where(inArray(hnteAnnualReports.enterpriseId, enterpriseIds.length ? enterpriseIds : none))
    .orderBy(hnteAnnualReports.reportYear);
}

export function presentTier(t: TierRecord, asOf: string) {
  const state = tierState(t, asOf);
  return {
    id: t.id,
    kind: t.kind,
    kindLabel: tierKindLabels[t.kind],
    number: t.number,
    year: t.year,
    issuedOn: t.issuedOn,
    validFrom: t.validFrom,
    validUntil: t.validUntil,
    status: t.status,
    state,
    stateLabel: tierStateLabels[state],
    sourceBatchId: t.sourceBatchId,
    note: t.note,
    endedReason: t.endedReason,
    createdAt: t.createdAt.toISOString(),
  };
}
