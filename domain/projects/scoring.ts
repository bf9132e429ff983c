import { Dec, sum } from '../exact';

/** One line of a call's score sheet: each item is scored 0–100 and weighted in percent. */
export interface ScoreItem {
  code: string;
  title: string;
  /** Percent; the weights of a sheet add up to 100. */
  weight: number;
  description?: string;
}

export interface ScoreSheet {
  items: readonly ScoreItem[];
  /** A weighted total below this needs a written comment. */
  commentBelow: number;
  /** Reviews of one application whose totals differ by more than this are flagged. */
  spreadLimit: number;
}

export function sheetProblems(sheet: ScoreSheet): string[] {
  const out: string[] = [];
  if (sheet.items.length === 0) out.push('评分表至少需要一个评分项');
  const codes = sheet.items.map((i) => i.code);
  if (new Set(codes).size !== codes.length) out.push('评分项编码重复');
  if (sheet.items.some((i) => !Number.isInteger(i.weight) || i.weight <= 0)) out.push('权重应为正整数（百分比）');
  const total = sheet.items.reduce((a, i) => a + i.weight, 0);
  if (sheet.items.length && total !== 100) out.push(`各评分项权重合计应为 100，现为 ${total}`);
  if (sheet.commentBelow < 0 || sheet.commentBelow > 100) out.push('须填写意见的分数线应在 0–100 之间');
  if (sheet.spreadLimit <= 0 || sheet.spreadLimit > 100) out.push('分差预警线应在 0–100 之间');
  return out;
}

export interface ScoreInput {
  scores: Readonly<Record<string, string | number>>;
  comment?: string | null;
}

const scorePattern = /^\d{1,3}(\.\d)?$/;

/** Σ score × weight ÷ 100, exact, 2 decimals. */
export function weightedTotal(sheet: ScoreSheet, scores: Readonly<Record<string, string | number>>): string {
  return sum(sheet.items.map((i) => new Dec(String(scores[i.code] ?? 0)).mul(i.weight))).div(100).toFixed(2);
}

export type ScoreCheck = { ok: true; total: string } | { ok: false; problems: { field: string; message: string }[] };

/** Validates a reviewer's score card against the sheet. */
export function checkScores(sheet: ScoreSheet, input: ScoreInput): ScoreCheck {
  const problems: { field: string; message: string }[] = [];
  const known = new Set(sheet.items.map((i) => i.code));
  for (const code of Object.keys(input.scores)) {
    if (!known.has(code)) problems.push({ field: `scores.${code}`, message: `评分表中没有评分项 ${code}` });
  }
  for (const item of sheet.items) {
    const raw = input.scores[item.code];
    const text = raw === undefined || raw === null ? '' : String(raw);
    if (text === '') problems.push({ field: `scores.${item.code}`, message: `请为「${item.title}」打分` });
    else if (!scorePattern.test(text) || new Dec(text).gt(100)) {
      problems.push({ field: `scores.${item.code}`, message: `「${item.title}」的分数应在 0–100 之间，最多一位小数` });
    }
  }
  if (problems.length) return { ok: false, problems };
  const total = weightedTotal(sheet, input.scores);
  if (new Dec(total).lt(sheet.commentBelow) && !input.comment?.trim()) {
    return { ok: false, problems: [{ field: 'comment', message: `总分 ${total} 低于 ${sheet.commentBelow} 分，须填写评审意见` }] };
  }
  return { ok: true, total };
}

export interface Aggregate {
  count: number;
  mean: string | null;
  /** Mean without one highest and one lowest total (needs ≥ 3 reviews; else the plain mean). */
  trimmedMean: string | null;
  min: string | null;
  max: string | null;
  spread: string | null;
  spreadFlag: boolean;
}

export function aggregate(totals: readonly string[], spreadLimit: number): Aggregate {
  if (totals.length === 0) return { count: 0, mean: null, trimmedMean: null, min: null, max: null, spread: null, spreadFlag: false };
  const sorted = totals.map((t) => new Dec(t)).sort((a, b) => a.comparedTo(b));
  const mean = sum(sorted).div(sorted.length);
  const trimmed = sorted.length >= 3 ? sorted.slice(1, -1) : sorted;
  const min = sorted[0]!;
  const max = sorted[sorted.length - 1]!;
  const spread = max.sub(min);
  return {
    count: sorted.length,
    mean: mean.toFixed(2),
    trimmedMean: sum(trimmed).div(trimmed.length).toFixed(2),
    min: min.toFixed(2),
    max: max.toFixed(2),
    spread: spread.toFixed(2),
    spreadFlag: spread.gt(spreadLimit),
  };
}

export interface Ranked<T> {
  item: T;
  rank: number;
}

/**
 * Ranks by trimmed mean, then mean, as shown (2 decimals), so what people see as equal ranks
 * equal: equal scores share a rank (1, 2, 2, 4). Unscored items are left out.
 */
export function rank<T>(items: readonly T[], agg: (t: T) => Aggregate): Ranked<T>[] {
  const key = (t: T) => [agg(t).trimmedMean, agg(t).mean] as const;
  const scored = items.filter((t) => agg(t).count > 0);
  const cmp = (a: T, b: T) => {
    const [ta, ma] = key(a);
    const [tb, mb] = key(b);
    return new Dec(tb!).comparedTo(ta!) || new Dec(mb!).comparedTo(ma!);
  };
  const sorted = [...scored].sort(cmp);
  const out: Ranked<T>[] = [];
  sorted.forEach((item, i) => {
    const prev = out[i - 1];
    out.push({ item, rank: prev && cmp(prev.item, item) === 0 ? prev.rank : i + 1 });
  });
  return out;
}
