import type { DiagnosisInput } from './diagnosis-input';

/**
 * The worked example of issue 3 (one fiscal year): passes every 高企 condition, scores 78 as 科小.
 * Tests pin their expectations to it and the self-check page offers it as sample data, so it
 * must stay exactly as published.
 */
export const diagnosisExample: DiagnosisInput = {
  asOf: '2026-06-30',
  foundedOn: '2021-03-15',
  employees: 80,
  techStaff: 12,
  years: [
    {
      year: 2023, salesRevenue: '12000000.00', totalIncome: '12500000.00', rdExpense: '700000.00',
      rdExpenseDomestic: '700000.00', netAssets: '5000000.00', totalAssets: '9000000.00',
      totalCost: '10000000.00', highTechIncome: '9000000.00', conversions: 3,
    },
  ],
  ip: { class1: 1, class2: 4, selfDeveloped: true },
  hasCoreIp: true,
  inKeyTechField: true,
  seriousIncident: false,
  restrictedIndustry: false,
  direct: { validHnte: false, nationalAwardTop3: false, ministerialRdInstitution: false, ledStandard: false },
};
