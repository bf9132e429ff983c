import type { AnnualFigures } from '../enterprise/annual';

/** One plausible year of a small manufacturer, for tests; override what the case is about. */
export const figures = (over: Partial<AnnualFigures> = {}): AnnualFigures => ({
  employees: 100, techStaff: 20, salesRevenue: '30000000.00', totalIncome: '31000000.00', totalAssets: '40000000.00',
  netAssets: '25000000.00', totalCost: '26000000.00', rdExpense: '1800000.00', rdExpenseDomestic: '1800000.00',
  highTechIncome: '20000000.00', ipClass1: 1, ipClass2: 6, conversions: 3, ...over,
});
