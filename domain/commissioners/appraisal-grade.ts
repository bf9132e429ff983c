import Decimal from 'decimal.js';
import { Dec } from '../exact';
import { type AppraisalConfig, type Grade, gradeLabels, grades } from './appraisal-config';

export interface Scored {
  commissionerId: string;
  /** Tie-break key after score and service days, e.g. the commissioner's roster code. */
  sortKey: string;
  total: string;
  serviceDays: number;
  materialsSubmitted: boolean;
}

export interface Graded extends Scored {
  /** Grade by score bands alone. */
  baseGrade: Grade;
  grade: Grade;
  /** Competition rank by total score (equal scores share a rank). */
  rank: number;
  /** Position in the deterministic order used for the caps (1 = first). */
  position: number;
  reasons: string[];
}

const order = (g: Grade) => grades.indexOf(g);
const lower = (a: Grade, b: Grade): Grade => (order(a) >= order(b) ? a : b);

function bandGrade(config: AppraisalConfig, total: string): Grade {
  const t = new Dec(total);
  if (t.gte(config.bands.excellent)) return 'excellent';
  if (t.gte(config.bands.good)) return 'good';
  return t.gte(config.bands.pass) ? 'pass' : 'fail';
}

/** Ceiling from the hard rules (materials, service days), with the reason shown to people. */
function ruleCeiling(config: AppraisalConfig, s: Scored): { ceiling: Grade; reasons: string[] } {
  const { minDaysForGood, minDaysForPass, materialsRequired } = config.rules;
  if (materialsRequired && !s.materialsSubmitted) return { ceiling: 'fail', reasons: ['未提交考核材料，评为不合格'] };
  if (minDaysForPass !== null && s.serviceDays < minDaysForPass) {
    return { ceiling: 'fail', reasons: [`服务天数 ${s.serviceDays} 天，少于 ${minDaysForPass} 天，评为不合格`] };
  }
  if (minDaysForGood !== null && s.serviceDays < minDaysForGood) {
    return { ceiling: 'pass', reasons: [`服务天数 ${s.serviceDays} 天，少于 ${minDaysForGood} 天，最高评为合格`] };
  }
  return { ceiling: 'excellent', reasons: [] };
}

/**
 * Grades everyone appraised in one sheet.
 * 1. Score bands give the base grade; 2. the rules cap it (materials, service days);
 * 3. a capped grade (e.g. 优秀 ≤ 35%) admits at most floor(share × N) people, N = everyone
 *    appraised; the rest move one grade down, in order. The order is total score (high first),
 *    then service days (more first), then sortKey, then id (ascending) — so equal scores at the
 *    boundary are decided by service days, and only then by the roster code, never by chance.
 */
export function gradeAll(config: AppraisalConfig, scored: readonly Scored[]): Graded[] {
  const sorted = [...scored].sort((a, b) =>
    new Dec(b.total).cmp(a.total) || b.serviceDays - a.serviceDays || a.sortKey.localeCompare(b.sortKey) || a.commissionerId.localeCompare(b.commissionerId));
  const n = sorted.length;
  const graded: Graded[] = sorted.map((s, i) => {
    const baseGrade = bandGrade(config, s.total);
    const { ceiling, reasons } = ruleCeiling(config, s);
    const grade = lower(baseGrade, ceiling);
    const rank = 1 + sorted.filter((o) => new Dec(o.total).gt(s.total)).length;
    return { ...s, baseGrade, grade, rank, position: i + 1, reasons: grade === baseGrade ? [] : reasons };
  });
  for (const g of ['excellent', 'good'] as const) {
    const share = config.caps[g];
    if (share === null || share === undefined) continue;
    const allowed = new Dec(share).mul(n).toDecimalPlaces(0, Decimal.ROUND_FLOOR).toNumber();
    let used = 0;
    for (const row of graded) {
      if (row.grade !== g) continue;
      if (used < allowed) {
        used += 1;
        continue;
      }
      const next = grades[order(g) + 1]!;
      row.grade = next;
      row.reasons.push(`${gradeLabels[g]}比例不超过 ${new Dec(share).mul(100).toString()}%（${n} 人中至多 ${allowed} 名），按排名调整为${gradeLabels[next]}`);
    }
  }
  return graded;
}

export function gradeCounts(rows: readonly { grade: Grade }[]): Record<Grade, number> {
  const out: Record<Grade, number> = { excellent: 0, good: 0, pass: 0, fail: 0 };
  for (const r of rows) out[r.grade] += 1;
  return out;
}
