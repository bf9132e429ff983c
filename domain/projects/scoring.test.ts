import { describe, expect, it } from 'vitest';
import { aggregate, checkScores, rank, type ScoreSheet, sheetProblems, weightedTotal } from './scoring';

const sheet: ScoreSheet = {
  items: [
    { code: 'innovation', title: '创新性', weight: 30 },
    { code: 'feasibility', title: '技术可行性', weight: 25 },
    { code: 'team', title: '团队基础', weight: 15 },
    { code: 'benefit', title: '经济社会效益', weight: 20 },
    { code: 'budget', title: '经费合理性', weight: 10 },
  ],
  commentBelow: 60,
  spreadLimit: 20,
};

describe('score sheet', () => {
  it('accepts weights adding up to 100', () => expect(sheetProblems(sheet)).toEqual([]));

  it('rejects wrong weights, duplicate codes and bad thresholds', () => {
    expect(sheetProblems({ ...sheet, items: [...sheet.items, { code: 'x', title: '其他', weight: 5 }] })).toEqual(['各评分项权重合计应为 100，现为 105']);
    expect(sheetProblems({ ...sheet, items: [{ code: 'a', title: 'A', weight: 50 }, { code: 'a', title: 'B', weight: 50 }] })).toEqual(['评分项编码重复']);
    expect(sheetProblems({ ...sheet, items: [{ code: 'a', title: 'A', weight: 99.5 }, { code: 'b', title: 'B', weight: 0.5 }] })).toEqual(['权重应为正整数（百分比）']);
    expect(sheetProblems({ items: [], commentBelow: 120, spreadLimit: 0 })).toEqual(['评分表至少需要一个评分项', '须填写意见的分数线应在 0–100 之间', '分差预警线应在 0–100 之间']);
  });
});

describe('a reviewer score card', () => {
  const full = { innovation: 90, feasibility: '85', team: 80, benefit: 70.5, budget: 60 };

  it('computes the weighted total exactly', () => {
    // 27 + 21.25 + 12 + 14.1 + 6 = 80.35
    expect(weightedTotal(sheet, full)).toBe('80.35');
    expect(checkScores(sheet, { scores: full })).toEqual({ ok: true, total: '80.35' });
    // 0.1 × 30 % … no binary float drift: 33.3 × 0.3 + … 
    expect(weightedTotal(sheet, { innovation: '33.3', feasibility: '33.3', team: '33.3', benefit: '33.3', budget: '33.3' })).toBe('33.30');
  });

  it('requires every item, within 0–100, at most one decimal, and no unknown item', () => {
    const r = checkScores(sheet, { scores: { innovation: 101, feasibility: '8.55', team: -1, benefit: '', extra: 3 } });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems.map((p) => p.field)).toEqual(['scores.extra', 'scores.innovation', 'scores.feasibility', 'scores.team', 'scores.benefit', 'scores.budget']);
      expect(r.problems[1]!.message).toBe('「创新性」的分数应在 0–100 之间，最多一位小数');
      expect(r.problems[5]!.message).toBe('请为「经费合理性」打分');
    }
  });

  it('requires a comment under the threshold, and not at it', () => {
    const low = { innovation: 59, feasibility: 59, team: 59, benefit: 59, budget: 59 };
    expect(checkScores(sheet, { scores: low })).toEqual({ ok: false, problems: [{ field: 'comment', message: '总分 59.00 低于 60 分，须填写评审意见' }] });
    expect(checkScores(sheet, { scores: low, comment: '创新性不足' })).toEqual({ ok: true, total: '59.00' });
    const exactly = { innovation: 60, feasibility: 60, team: 60, benefit: 60, budget: 60 };
    expect(checkScores(sheet, { scores: exactly })).toEqual({ ok: true, total: '60.00' });
  });
});

describe('aggregation', () => {
  it('mean, trimmed mean (without one highest and one lowest), spread', () => {
    expect(aggregate(['80.00', '85.50', '90.00', '70.00', '88.00'], 20)).toEqual({
      count: 5, mean: '82.70', trimmedMean: '84.50', min: '70.00', max: '90.00', spread: '20.00', spreadFlag: false,
    });
  });

  it('flags a spread above the limit', () => {
    expect(aggregate(['60', '80.01'], 20)).toMatchObject({ spread: '20.01', spreadFlag: true, trimmedMean: '70.01', mean: '70.01' });
  });

  it('uses the plain mean below three reviews and handles none', () => {
    expect(aggregate(['70', '80'], 20).trimmedMean).toBe('75.00');
    expect(aggregate([], 20)).toEqual({ count: 0, mean: null, trimmedMean: null, min: null, max: null, spread: null, spreadFlag: false });
  });

  it('rounds thirds half up', () => {
    expect(aggregate(['80', '80', '81'], 20).mean).toBe('80.33');
    expect(aggregate(['80', '81', '81'], 20).mean).toBe('80.67');
  });
});

describe('ranking per call', () => {
  const apps = { a: ['90', '80', '70'], b: ['85', '80', '60'], c: ['80', '80', '80'], d: [] as string[], e: ['100', '80', '10'] };
  const agg = (k: keyof typeof apps) => aggregate(apps[k], 20);

  it('ranks by trimmed mean then mean, ties share a rank, unscored are left out', () => {
    const r = rank(['a', 'b', 'c', 'd', 'e'] as const, agg).map((x) => [x.item, x.rank]);
    // trimmed: a 80, b 80, c 80, e 80; means: a 80, c 80, b 75, e 63.33
    expect(r).toEqual([['a', 1], ['c', 1], ['b', 3], ['e', 4]]);
  });
});
