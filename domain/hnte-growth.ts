import { Dec, type DecValue, type Ratio } from './exact';

export type GrowthBasis =
  /** ½ × (v2/v1 + v3/v2) − 1 */
  | 'three_years'
  /** First year 0: v3/v2 − 1 */
  | 'last_two_years'
  /** Only two years given: v2/v1 − 1 */
  | 'two_years'
  /** Three years, second year 0: no rate, 0 points */
  | 'second_year_zero'
  /** Two years, first year 0: nothing to compare with, 0 points */
  | 'first_year_zero'
  /** One year: no rate, 0 points */
  | 'single_year';

export interface Growth {
  rate: Ratio | null;
  basis: GrowthBasis;
}

/**
 * 净资产 / 销售收入 增长率 of the 工作指引 (domain rules §1.4 d), as an exact fraction.
 * Edge cases, as the self-assessment text states them: first year 0 → last two years only;
 * second year 0 → 0 points. Fewer than 3 years: "按实际经营时间计算", which we read as v2/v1 − 1
 * for two years (a third-party reading, unconfirmed) and no rate for one year. A negative value
 * (net assets can be negative) is treated like 0 in those two positions, since a ratio over a
 * negative base says nothing about growth; a negative latest value simply gives a negative rate.
 */
export function growthRate(values: readonly DecValue[]): Growth {
  const v = values.map((x) => new Dec(x));
  if (v.length < 2) return { rate: null, basis: 'single_year' };
  const [v1, v2, v3] = v as [Dec, Dec, Dec | undefined];
  if (v3 === undefined) {
    return v1.gt(0) ? { rate: { num: v2.sub(v1), den: v1 }, basis: 'two_years' } : { rate: null, basis: 'first_year_zero' };
  }
  if (!v2.gt(0)) return { rate: null, basis: 'second_year_zero' };
  if (!v1.gt(0)) return { rate: { num: v3.sub(v2), den: v2 }, basis: 'last_two_years' };
  // ½(v2/v1 + v3/v2) − 1 = (v2² + v1·v3 − 2·v1·v2) ÷ (2·v1·v2), kept as one fraction.
  const den = v1.mul(v2).mul(2);
  return { rate: { num: v2.mul(v2).add(v1.mul(v3)).sub(den), den }, basis: 'three_years' };
}
