import type { DiagnosisInput } from './diagnosis-input';
import { type HnteCondition, hnteConditions } from './hnte-conditions';
import { type HnteScore, hnteScore } from './hnte-score';
import type { HntePolicy } from './policy/hnte-2016';

export { daysBetween, hnteConditionCodes, rdTier, type HnteCondition, type HnteConditionCode } from './hnte-conditions';
export { growthRate, type Growth, type GrowthBasis } from './hnte-growth';
export { hnteScore, hnteScoreGroups, hnteScoreItemCodes, type HnteScore, type HnteScoreGroup, type HnteScoreItem, type HnteScoreItemCode } from './hnte-score';

export type HnteVerdict = 'eligible' | 'possible' | 'ineligible';

export interface HnteResult {
  conditionsMet: boolean;
  conditions: HnteCondition[];
  score: HnteScore;
  verdict: HnteVerdict;
  policy: string;
}

/**
 * 高企 self-check: the hard conditions decide alone; the score range then says whether even
 * the experts' harshest reading passes (eligible), only a favourable one does (possible), or none
 * can (ineligible). With the 2016 sheet the objective items give at most 52 points, so with
 * expert items counted from 0 "eligible" cannot occur: a self-check never promises the
 * experts' verdict. It stays for policies (or expert estimates) that narrow those ranges.
 */
export function hnteVerdict(conditionsMet: boolean, score: { min: number; max: number }, passScore: number): HnteVerdict {
  if (!conditionsMet) return 'ineligible';
  if (score.min >= passScore) return 'eligible';
  return score.max >= passScore ? 'possible' : 'ineligible';
}

export function assessHnte(input: DiagnosisInput, policy: HntePolicy): HnteResult {
  const conditions = hnteConditions(input, policy);
  const conditionsMet = conditions.every((c) => c.pass);
  const score = hnteScore(input, policy);
  return { conditionsMet, conditions, score, verdict: hnteVerdict(conditionsMet, score, policy.passScore), policy: policy.id };
}
