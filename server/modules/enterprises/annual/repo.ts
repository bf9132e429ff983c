import { and, desc, eq, inArray } from 'drizzle-orm';
import { annualCountFields, type AnnualFigures, annualMoneyFields } from '../../../../domain/enterprise/annual';
import type { DbOrTx } from '../../../db/client';
import { enterpriseAnnualData, enterpriseAnnualRevisions, users } from '../../../db/schema';

const columns = {
  id: enterpriseAnnualData.id,
  enterpriseId: enterpriseAnnualData.enterpriseId,
  year: enterpriseAnnualData.year,
  employees: enterpriseAnnualData.employees,
  techStaff: enterpriseAnnualData.techStaff,
  salesRevenue: enterpriseAnnualData.salesRevenue,
  totalIncome: enterpriseAnnualData.totalIncome,
  totalAssets: enterpriseAnnualData.totalAssets,
  netAssets: enterpriseAnnualData.netAssets,
  totalCost: enterpriseAnnualData.totalCost,
  rdExpense: enterpriseAnnualData.rdExpense,
  rdExpenseDomestic: enterpriseAnnualData.rdExpenseDomestic,
  highTechIncome: enterpriseAnnualData.highTechIncome,
  ipClass1: enterpriseAnnualData.ipClass1,
  ipClass2: enterpriseAnnualData.ipClass2,
  conversions: enterpriseAnnualData.conversions,
  enteredById: enterpriseAnnualData.enteredBy,
  enteredByName: users.displayName,
  version: enterpriseAnnualData.version,
  updatedAt: enterpriseAnnualData.updatedAt,
};
export type AnnualRecord = Awaited<ReturnType<typeof annualRowsOf>>[number];

/** Annual rows of the given enterprises, newest year first. */
export function annualRowsOf(db: DbOrTx, enterpriseIds: string[]) {
  return db.select(columns).from(enterpriseAnnualData).leftJoin(users, eq(users.id, enterpriseAnnualData.enteredBy))
    .where(inArray(enterpriseAnnualData.enterpriseId, enterpriseIds.length ? enterpriseIds : ['00000000-0000-0000-0000-000000000000']))
    .orderBy(desc(enterpriseAnnualData.year));
}

export async function annualRowOf(db: DbOrTx, enterpriseId: string, year: number) {
  const [row] = await db.select(columns).from(enterpriseAnnualData).leftJoin(users, eq(users.id, enterpriseAnnualData.enteredBy))
    .where(and(eq(enterpriseAnnualData.enterpriseId, enterpriseId), eq(enterpriseAnnualData.year, year)));
  return row ?? null;
}

export function revisionsOf(db: DbOrTx, enterpriseId: string, year: number) {
  return db.select({
    revision: enterpriseAnnualRevisions.revision,
    figures: enterpriseAnnualRevisions.figures,
    source: enterpriseAnnualRevisions.source,
    enteredById: enterpriseAnnualRevisions.enteredBy,
    enteredByName: users.displayName,
    enteredAt: enterpriseAnnualRevisions.enteredAt,
  }).from(enterpriseAnnualRevisions).leftJoin(users, eq(users.id, enterpriseAnnualRevisions.enteredBy))
    .where(and(eq(enterpriseAnnualRevisions.enterpriseId, enterpriseId), eq(enterpriseAnnualRevisions.year, year)))
    .orderBy(desc(enterpriseAnnualRevisions.revision));
}

/** Just the figures of a record, for comparison, history and diagnosis. */
export function figuresOf(r: AnnualFigures): AnnualFigures {
  const out = {} as AnnualFigures;
  for (const k of annualMoneyFields) out[k] = r[k];
  for (const k of annualCountFields) out[k] = r[k];
  return out;
}

export function presentAnnual(r: AnnualRecord) {
  return {
    year: r.year,
    ...figuresOf(r),
    enteredBy: r.enteredById ? { id: r.enteredById, name: r.enteredByName ?? '' } : null,
    version: r.version,
    updatedAt: r.updatedAt.toISOString(),
  };
}
