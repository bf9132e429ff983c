import { bandOf, ipBandOf } from './bands';
import { Dec, percent, ratio, type Ratio } from './exact';
import { type DiagnosisInput, latestYear } from './diagnosis-input';
import type { TechSmePolicy } from './policy/tech-sme-2022';

export const techSmeFailedCodes = [
  'employees_over_limit',
  'sales_over_limit',
  'assets_over_limit',
  'restricted_industry',
  'serious_incident',
  'score_too_low',
  'tech_staff_score_zero',
] as const;
export type TechSmeFailedCode = (typeof techSmeFailedCodes)[number];

export interface TechSmeResult {
  eligible: boolean;
  /** Any 直通车 item (domain rules §2.4) is claimed; it only counts with the basic conditions. */
  directQualification: boolean;
  score: number;
  scores: { techStaff: number; rd: number; ip: number };
  /** Everything that keeps the enterprise from qualifying; empty exactly when eligible. */
  failed: TechSmeFailedCode[];
  ratios: { techStaff: string | null; rdToSales: string | null; rdToCost: string | null };
  /** The R&D measure that scored (the enterprise may pick the better one). */
  rdMeasure: 'sales' | 'cost';
  policy: string;
}

const shown = (r: Ratio | null) => (r ? percent(r) : null);

/**
 * 科技型中小企业评价 on the latest fiscal year (domain rules §2.2–2.4). A zero base (no staff,
 * no sales, no cost) makes that ratio undefined and scores it 0 rather than "infinitely high".
 */
export function assessTechSme(input: DiagnosisInput, policy: TechSmePolicy): TechSmeResult {
  const y = latestYear(input);
  const failed: TechSmeFailedCode[] = [];
  if (input.employees > policy.maxEmployees) failed.push('employees_over_limit');
  if (new Dec(y.salesRevenue).gt(policy.maxSales)) failed.push('sales_over_limit');
  if (new Dec(y.totalAssets).gt(policy.maxAssets)) failed.push('assets_over_limit');
  if (input.restrictedIndustry) failed.push('restricted_industry');
  if (input.seriousIncident) failed.push('serious_incident');

  const staffRatio = ratio(input.techStaff, input.employees);
  const bySales = ratio(y.rdExpense, y.salesRevenue);
  const byCost = ratio(y.rdExpense, y.totalCost);
  const techStaff = bandOf(staffRatio, policy.techStaffBands).points;
  const rdSales = bandOf(bySales, policy.rdBySalesBands).points;
  const rdCost = bandOf(byCost, policy.rdByCostBands).points;
  const rd = Math.max(rdSales, rdCost);
  const ip = ipBandOf(input.ip.class1, input.ip.class2, policy.ipBands).points;
  const score = techStaff + rd + ip;

  const d = input.direct;
  const directQualification = d.validHnte || d.nationalAwardTop3 || d.ministerialRdInstitution || d.ledStandard;
  // The 直通车 replaces the score, not the basic conditions (§2.4 "if conditions 1–4 hold").
  if (!directQualification) {
    if (score < policy.passScore) failed.push('score_too_low');
    if (techStaff === 0) failed.push('tech_staff_score_zero');
  }
  return {
    eligible: failed.length === 0,
    directQualification,
    score,
    scores: { techStaff, rd, ip },
    failed,
    ratios: { techStaff: shown(staffRatio), rdToSales: shown(bySales), rdToCost: shown(byCost) },
    rdMeasure: rdCost > rdSales ? 'cost' : 'sales',
    policy: policy.id,
  };
}
