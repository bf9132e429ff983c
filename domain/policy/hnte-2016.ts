import type { Band, IpBands, PointRange, PolicyVersion } from './types';

export interface RdRatioTier {
  /** Latest year's sales revenue in 元, inclusive upper bound; null = no bound. */
  salesUpTo: string | null;
  minRatio: string;
}

export interface HntePolicy extends PolicyVersion {
  minAgeDays: number;
  minTechStaffRatio: string;
  rdRatioTiers: readonly RdRatioTier[];
  minDomesticRdRatio: string;
  minHighTechIncomeRatio: string;
  /** "> 70" with integer scores. */
  passScore: number;
  score: {
    /** Most each group can earn; the IP group is capped here even with the standards bonus. */
    groupFull: Readonly<Record<'ip' | 'conversion' | 'rd_management' | 'growth', number>>;
    /** Items only an expert can judge: always counted over their full range. */
    expertItems: Readonly<Record<HnteExpertItem, number>>;
    ipQuantity: IpBands<PointRange>;
    ipAcquisition: { selfDeveloped: PointRange; acquiredOnly: PointRange };
    standardBonus: PointRange;
    conversionBands: readonly Band<PointRange>[];
    growthBands: readonly Band<PointRange>[];
  };
}

export type HnteExpertItem =
  | 'ip_advancement'
  | 'ip_core_support'
  | 'rd_management_system'
  | 'rd_institution'
  | 'conversion_incentive'
  | 'talent_incentive';

/**
 * 高新技术企业认定: 国科发火〔2016〕32号 第十一条 (in force 2016-01-01) and the scoring sheet of
 * the 工作指引 国科发火〔2016〕195号. Domain rules §1.2 and §1.4.
 */
export const hnte2016: HntePolicy = {
  id: 'hnte-2016',
  title: '高新技术企业认定管理办法（2016）',
  basis: '国科发火〔2016〕32号；国科发火〔2016〕195号',
  effectiveFrom: '2016-01-01',
  effectiveTo: null,
  minAgeDays: 365,
  minTechStaffRatio: '0.10',
  rdRatioTiers: [
    { salesUpTo: '50000000', minRatio: '0.05' },
    { salesUpTo: '200000000', minRatio: '0.04' },
    { salesUpTo: null, minRatio: '0.03' },
  ],
  minDomesticRdRatio: '0.60',
  minHighTechIncomeRatio: '0.60',
  passScore: 71,
  score: {
    groupFull: { ip: 30, conversion: 30, rd_management: 20, growth: 20 },
    expertItems: {
      ip_advancement: 8,
      ip_core_support: 8,
      rd_management_system: 6,
      rd_institution: 6,
      conversion_incentive: 4,
      talent_incentive: 4,
    },
    ipQuantity: {
      class1: { from: 1, points: [7, 8] },
      class2: [
        { code: 'B', from: '5', points: [5, 6] },
        { code: 'C', from: '3', points: [3, 4] },
        { code: 'D', from: '1', points: [1, 2] },
        { code: 'E', from: null, points: [0, 0] },
      ],
    },
    ipAcquisition: { selfDeveloped: [1, 6], acquiredOnly: [1, 3] },
    standardBonus: [1, 2],
    conversionBands: [
      { code: 'A', from: '5', points: [25, 30] },
      { code: 'B', from: '4', points: [19, 24] },
      { code: 'C', from: '3', points: [13, 18] },
      { code: 'D', from: '2', points: [7, 12] },
      { code: 'E', from: '1', points: [1, 6] },
      // An average above 0 but below 1 (e.g. 1 conversion in 3 years) is in neither E (≥ 1) nor
      // F (无): the sheet leaves it to the experts, so we report the whole span 0–6.
      { code: 'E-', from: '0', strict: true, points: [0, 6] },
      { code: 'F', from: null, points: [0, 0] },
    ],
    growthBands: [
      { code: 'A', from: '0.35', points: [9, 10] },
      { code: 'B', from: '0.25', points: [7, 8] },
      { code: 'C', from: '0.15', points: [5, 6] },
      { code: 'D', from: '0.05', points: [3, 4] },
      { code: 'E', from: '0', strict: true, points: [1, 2] },
      { code: 'F', from: null, points: [0, 0] },
    ],
  },
};

export const hntePolicies: readonly HntePolicy[] = [hnte2016];
