import { z } from 'zod';
import { annualFieldLabels as L } from '../../../../domain/enterprise/annual';
import { count, enterpriseIdParams, itemsOf, money, userRef, version } from '../common/schemas';

export const figuresShape = {
  employees: count(L.employees),
  techStaff: count(L.techStaff),
  salesRevenue: money(L.salesRevenue),
  totalIncome: money(L.totalIncome),
  totalAssets: money(L.totalAssets),
  netAssets: money(L.netAssets, true),
  totalCost: money(L.totalCost),
  rdExpense: money(L.rdExpense),
  rdExpenseDomestic: money(L.rdExpenseDomestic),
  highTechIncome: money(L.highTechIncome),
  ipClass1: count(L.ipClass1, 100_000),
  ipClass2: count(L.ipClass2, 100_000),
  conversions: count(L.conversions, 100_000),
};

export const annualBody = z.object({ version: version.optional(), ...figuresShape });
export const yearParams = enterpriseIdParams.extend({ year: z.coerce.number().int().min(1949).max(2100).meta({ title: '年度' }) });

export const annualData = z.object({
  year: z.int(),
  ...figuresShape,
  enteredBy: userRef.nullable(),
  version: z.int(),
  updatedAt: z.string(),
});
export const annualList = itemsOf(annualData);

export const annualRevision = z.object({
  revision: z.int(),
  figures: z.object(figuresShape),
  source: z.enum(['manual', 'import', 'seed']),
  enteredBy: userRef.nullable(),
  enteredAt: z.string(),
});
export const revisionList = itemsOf(annualRevision);
