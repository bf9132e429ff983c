import { atLeast, Dec, type DecValue, percent, ratio, sum, thresholdPercent, yuanLabel } from './exact';
import { type DiagnosisInput, latestYear } from './diagnosis-input';
import type { HntePolicy, RdRatioTier } from './policy/hnte-2016';

export const hnteConditionCodes = [
  'age_one_year',
  'core_ip',
  'key_tech_field',
  'tech_staff_ratio',
  'rd_expense_ratio',
  'domestic_rd_ratio',
  'high_tech_income_ratio',
  'no_serious_incident',
] as const;
export type HnteConditionCode = (typeof hnteConditionCodes)[number];

export interface HnteCondition {
  code: HnteConditionCode;
  pass: boolean;
  /** What the enterprise has, for people (e.g. "9.99%"). */
  value: string;
  /** What the rule asks, for people (e.g. "≥ 10%"). */
  threshold: string;
}

const dayMs = 86_400_000;
// Parsed as an ISO timestamp: Date.UTC would read years below 100 as 19xx.
const utcDay = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** Calendar days from `from` to `to`; leap days count, so 2023-06-30 → 2024-06-29 is 365. */
export const daysBetween = (from: string, to: string): number => Math.round((utcDay(to) - utcDay(from)) / dayMs);

export function rdTier(latestSales: string, tiers: readonly RdRatioTier[]): { tier: RdRatioTier; label: string } {
  const sales = new Dec(latestSales);
  const index = tiers.findIndex((t) => t.salesUpTo === null || sales.lte(t.salesUpTo));
  const tier = tiers[index]!;
  const lower = tiers[index - 1]?.salesUpTo;
  const upper = tier.salesUpTo;
  const range = !lower ? `≤ ${yuanLabel(upper!)}` : upper ? `${yuanLabel(lower)}以上至 ${yuanLabel(upper)}` : `> ${yuanLabel(lower)}`;
  return { tier, label: `≥ ${thresholdPercent(tier.minRatio)}（最近一年销售收入 ${range}）` };
}

const yesNo = (b: boolean) => (b ? '是' : '否');

/**
 * 第十一条 conditions (domain rules §1.2) except the score (7), which the verdict handles. A
 * ratio whose base is zero (no staff, no sales, no R&D, no income) is undefined and fails: the
 * rule presupposes that base, and "0 ÷ 0 ≥ 60%" would be a pass nobody could defend.
 */
export function hnteConditions(input: DiagnosisInput, policy: HntePolicy): HnteCondition[] {
  const latest = latestYear(input);
  const { years } = input;
  const span = years.length > 1 ? `${years[0]!.year}–${latest.year} 年合计` : `${latest.year} 年`;
  const rdTotal = sum(years.map((y) => y.rdExpense));
  const pct = (num: DecValue, den: DecValue, min: string, none: string) => {
    const r = ratio(num, den);
    return { pass: r !== null && atLeast(r, min), value: r ? percent(r) : none };
  };
  const age = daysBetween(input.foundedOn, input.asOf);
  const ipCount = input.ip.class1 + input.ip.class2;
  const { tier, label } = rdTier(latest.salesRevenue, policy.rdRatioTiers);
  const rd = pct(rdTotal, sum(years.map((y) => y.salesRevenue)), tier.minRatio, '无销售收入');
  // 第十一条(五): the domestic share is of the same multi-year R&D total as the ratio above.
  const domestic = pct(sum(years.map((y) => y.rdExpenseDomestic)), rdTotal, policy.minDomesticRdRatio, '无研发费用');
  const highTech = pct(latest.highTechIncome, latest.totalIncome, policy.minHighTechIncomeRatio, '无总收入');
  const staff = pct(input.techStaff, input.employees, policy.minTechStaffRatio, '无职工');
  return [
    { code: 'age_one_year', pass: age >= policy.minAgeDays, value: `${age} 天`, threshold: `≥ ${policy.minAgeDays} 天` },
    {
      code: 'core_ip',
      pass: input.hasCoreIp && ipCount >= 1,
      value: `核心支持：${yesNo(input.hasCoreIp)}；Ⅰ类 ${input.ip.class1} 项，Ⅱ类 ${input.ip.class2} 项`,
      threshold: '核心支持：是；知识产权 ≥ 1 项',
    },
    { code: 'key_tech_field', pass: input.inKeyTechField, value: yesNo(input.inKeyTechField), threshold: '是' },
    { code: 'tech_staff_ratio', ...staff, threshold: `≥ ${thresholdPercent(policy.minTechStaffRatio)}` },
    { code: 'rd_expense_ratio', pass: rd.pass, value: `${rd.value}（${span}）`, threshold: label },
    { code: 'domestic_rd_ratio', ...domestic, threshold: `≥ ${thresholdPercent(policy.minDomesticRdRatio)}` },
    { code: 'high_tech_income_ratio', ...highTech, threshold: `≥ ${thresholdPercent(policy.minHighTechIncomeRatio)}` },
    { code: 'no_serious_incident', pass: !input.seriousIncident, value: input.seriousIncident ? '有' : '无', threshold: '无' },
  ];
}
