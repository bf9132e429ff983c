import { Dec } from '../exact';
import { type SummaryMetric, summaryMetrics } from './log-summary';

/**
 * The annual appraisal score sheet. Grades, thresholds and caps are set locally (domain-rules §6),
 * so everything is configuration; `effectiveYear` says from which appraisal year a version applies.
 * Points and shares are decimal strings so no weight ever passes through a binary float.
 */
export const grades = ['excellent', 'good', 'pass', 'fail'] as const;
export type Grade = (typeof grades)[number];
export const gradeLabels: Record<Grade, string> = { excellent: '优秀', good: '良好', pass: '合格', fail: '不合格' };

export type AppraisalItem =
  | { key: string; label: string; weight: string; kind: 'computed'; metric: SummaryMetric; /** full marks at this value */ target: number }
  | { key: string; label: string; weight: string; kind: 'manual' };

export interface AppraisalConfig {
  effectiveYear: number;
  items: AppraisalItem[];
  /** Minimum total score for each grade above 不合格. */
  bands: { excellent: string; good: string; pass: string };
  /** Maximum share of those appraised who may hold the grade, e.g. excellent '0.35'. */
  caps: { excellent?: string | null; good?: string | null };
  rules: {
    /** Fewer service days than this → at most 合格 (Guangxi: 12). */
    minDaysForGood: number | null;
    /** Fewer service days than this → 不合格 (Guangxi: 5). */
    minDaysForPass: number | null;
    /** No materials submitted → 不合格. */
    materialsRequired: boolean;
  };
}

const isDecimal = (v: string) => /^\d{1,3}(\.\d{1,2})?$/.test(v);
const isShare = (v: string) => /^(0(\.\d{1,4})?|1(\.0{1,4})?)$/.test(v);

/** Problems with a config, in Chinese; empty when it can be used. */
export function configProblems(c: AppraisalConfig): string[] {
  const out: string[] = [];
  if (!Number.isInteger(c.effectiveYear) || c.effectiveYear < 2000 || c.effectiveYear > 2100) out.push('适用年度不正确');
  if (c.items.length === 0) out.push('至少需要一个考核项');
  const keys = new Set<string>();
  for (const [i, item] of c.items.entries()) {
    const at = `第 ${i + 1} 项“${item.label}”`;
    if (!/^[a-z][a-z0-9_]{0,31}$/.test(item.key)) out.push(`${at}：编码应为小写字母、数字或下划线`);
    if (keys.has(item.key)) out.push(`${at}：编码重复`);
    keys.add(item.key);
    if (!isDecimal(item.weight) || new Dec(item.weight).lte(0)) out.push(`${at}：分值应为大于 0、最多两位小数的数`);
    if (item.kind === 'computed') {
      if (!summaryMetrics.includes(item.metric)) out.push(`${at}：未知的统计指标`);
      if (!Number.isInteger(item.target) || item.target <= 0) out.push(`${at}：满分标准应为正整数`);
    }
  }
  if (out.length === 0) {
    const total = c.items.reduce((s, i) => s.add(i.weight), new Dec(0));
    if (!total.eq(100)) out.push(`各考核项分值合计应为 100，当前为 ${total.toString()}`);
  }
  const { excellent, good, pass } = c.bands;
  if (![excellent, good, pass].every(isDecimal)) out.push('等次分数线应为最多两位小数的数');
  else if (!(new Dec(excellent).gt(good) && new Dec(good).gt(pass) && new Dec(pass).gt(0))) out.push('等次分数线应满足 优秀 > 良好 > 合格 > 0');
  for (const [g, share] of Object.entries(c.caps)) {
    if (share !== null && share !== undefined && !isShare(share)) out.push(`${gradeLabels[g as Grade]}比例上限应为 0–1 之间的小数`);
  }
  const { minDaysForGood: good12, minDaysForPass: pass5 } = c.rules;
  for (const d of [good12, pass5]) if (d !== null && (!Number.isInteger(d) || d < 0 || d > 366)) out.push('服务天数要求应为 0–366 的整数');
  if (good12 !== null && pass5 !== null && pass5 > good12) out.push('“不合格”天数线不能高于“良好”天数线');
  return out;
}

/** The version in force for an appraisal year: the latest with effectiveYear ≤ year (else the earliest). */
export function configForYear(versions: readonly AppraisalConfig[], year: number): AppraisalConfig {
  const sorted = [...versions].sort((a, b) => a.effectiveYear - b.effectiveYear);
  const picked = sorted.filter((v) => v.effectiveYear <= year).at(-1) ?? sorted[0];
  if (!picked) throw new Error('no appraisal config versions');
  return picked;
}
