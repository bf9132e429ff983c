import Decimal from 'decimal.js';
import { Dec } from '../exact';
import type { AppraisalConfig } from './appraisal-config';
import type { ServiceSummary } from './log-summary';

export interface ItemScore {
  key: string;
  label: string;
  kind: 'computed' | 'manual';
  /** Points earned, 2 decimals. */
  points: string;
  weight: string;
  /** The metric value behind a computed item; null for manual items. */
  actual: number | null;
}

export interface ScoreSheet {
  items: ItemScore[];
  total: string;
}

const points = (d: Decimal) => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);

/**
 * Problems with staff-entered points for one commissioner: unknown items, values outside
 * 0…weight, more than two decimals. Empty when the entry is usable.
 */
export function manualProblems(config: AppraisalConfig, manual: Readonly<Record<string, string>>): string[] {
  const out: string[] = [];
  const items = new Map(config.items.filter((i) => i.kind === 'manual').map((i) => [i.key, i]));
  for (const [key, value] of Object.entries(manual)) {
    const item = items.get(key);
    if (!item) {
      out.push(`考核项“${key}”不存在或不是人工评分项`);
      continue;
    }
    if (!/^\d{1,3}(\.\d{1,2})?$/.test(value) || new Dec(value).gt(item.weight)) out.push(`“${item.label}”应为 0–${item.weight} 分，最多两位小数`);
  }
  return out;
}

/**
 * Scores one commissioner. A computed item earns weight × min(actual, target) ÷ target; a manual
 * item earns what staff entered (missing = 0). Each item is rounded half-up to 2 decimals and the
 * total is the sum of the rounded items, so the sheet always adds up on paper.
 */
export function scoreCommissioner(config: AppraisalConfig, summary: ServiceSummary, manual: Readonly<Record<string, string>>): ScoreSheet {
  const problems = manualProblems(config, manual);
  if (problems.length) throw new Error(problems.join('；'));
  const items = config.items.map((item): ItemScore => {
    if (item.kind === 'manual') {
      return { key: item.key, label: item.label, kind: 'manual', weight: item.weight, actual: null, points: points(new Dec(manual[item.key] ?? 0)) };
    }
    const actual = summary[item.metric];
    const earned = new Dec(item.weight).mul(Math.min(actual, item.target)).div(item.target);
    return { key: item.key, label: item.label, kind: 'computed', weight: item.weight, actual, points: points(earned) };
  });
  const total = items.reduce((s, i) => s.add(i.points), new Dec(0));
  return { items, total: points(total) };
}
