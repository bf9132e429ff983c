import { describe, expect, it } from 'vitest';
import { type AppraisalConfig, configForYear, configProblems } from './appraisal-config';
import { defaultAppraisalConfigs } from './appraisal-default';
import { gradeAll, gradeCounts, type Scored } from './appraisal-grade';
import { manualProblems, scoreCommissioner } from './appraisal-score';
import { emptySummary } from './log-summary';

const config = defaultAppraisalConfigs[0]!;

describe('appraisal score sheet', () => {
  it('the default sheet is valid and adds up to 100', () => {
    expect(configProblems(config)).toEqual([]);
  });

  it('earns full marks at the target and pro rata below it, rounded half-up per item', () => {
    const s = { ...emptySummary('c'), serviceDays: 12, services: 45, trainedPeople: 150, varieties: 1, technologies: 2, problemsSolved: 3 };
    const sheet = scoreCommissioner(config, s, { agreement: '8.5', results: '7', satisfaction: '9' });
    expect(Object.fromEntries(sheet.items.map((i) => [i.key, i.points]))).toEqual({
      service_days: '15.00', services: '10.00', trained: '7.50', varieties: '2.50', technologies: '5.00', problems: '3.75',
      agreement: '8.50', results: '7.00', satisfaction: '9.00',
    });
    expect(sheet.total).toBe('68.25');
  });

  it('rounds 1/3 of 10 points to 3.33 and sums the rounded items', () => {
    const c: AppraisalConfig = { ...config, items: [
      { key: 'a', label: 'A', weight: '10', kind: 'computed', metric: 'services', target: 3 },
      { key: 'b', label: 'B', weight: '90', kind: 'manual' },
    ] };
    expect(scoreCommissioner(c, { ...emptySummary('c'), services: 1 }, { b: '90' }).total).toBe('93.33');
    expect(scoreCommissioner(c, { ...emptySummary('c'), services: 2 }, {}).items[0]!.points).toBe('6.67');
  });

  it('refuses staff points above the weight, unknown items and computed items', () => {
    expect(manualProblems(config, { agreement: '10.5', service_days: '3', nope: '1' })).toEqual([
      '“三方协议完成情况”应为 0–10 分，最多两位小数',
      '考核项“service_days”不存在或不是人工评分项',
      '考核项“nope”不存在或不是人工评分项',
    ]);
    expect(() => scoreCommissioner(config, emptySummary('c'), { results: '-1' })).toThrow('服务成效');
  });

  it('reports every kind of config problem', () => {
    const bad: AppraisalConfig = {
      effectiveYear: 1999,
      items: [
        { key: 'A', label: '甲', weight: '60', kind: 'manual' },
        { key: 'b', label: '乙', weight: '0', kind: 'computed', metric: 'serviceDays', target: 0 },
      ],
      bands: { excellent: '80', good: '85', pass: '60' },
      caps: { excellent: '1.5' },
      rules: { minDaysForGood: 5, minDaysForPass: 12, materialsRequired: true },
    };
    expect(configProblems(bad)).toEqual([
      '适用年度不正确',
      '第 1 项“甲”：编码应为小写字母、数字或下划线',
      '第 2 项“乙”：分值应为大于 0、最多两位小数的数',
      '第 2 项“乙”：满分标准应为正整数',
      '等次分数线应满足 优秀 > 良好 > 合格 > 0',
      '优秀比例上限应为 0–1 之间的小数',
      '“不合格”天数线不能高于“良好”天数线',
    ]);
    expect(configProblems({ ...config, items: config.items.slice(1) })).toEqual(['各考核项分值合计应为 100，当前为 70']);
  });

  it('picks the version in force for the year', () => {
    const v2024 = { ...config, effectiveYear: 2024, bands: { excellent: '92', good: '80', pass: '60' } };
    expect(configForYear([config, v2024], 2023).effectiveYear).toBe(2021);
    expect(configForYear([config, v2024], 2025).effectiveYear).toBe(2024);
    expect(configForYear([v2024], 2020).effectiveYear).toBe(2024);
  });
});

const person = (id: string, total: string, serviceDays = 30, materialsSubmitted = true): Scored => ({ commissionerId: id, sortKey: id, total, serviceDays, materialsSubmitted });

describe('grades with rules and caps', () => {
  it('bands by score: 90 优秀, 75 良好, 60 合格, below 不合格 (boundaries inclusive)', () => {
    const rows = gradeAll({ ...config, caps: {} }, [person('a', '90.00'), person('b', '89.99'), person('c', '75.00'), person('d', '60.00'), person('e', '59.99')]);
    expect(rows.map((r) => [r.commissionerId, r.grade])).toEqual([['a', 'excellent'], ['b', 'good'], ['c', 'good'], ['d', 'pass'], ['e', 'fail']]);
  });

  it('fewer than 12 service days caps at 合格; fewer than 5 days or no materials is 不合格', () => {
    const rows = gradeAll(config, [person('a', '95', 11), person('b', '95', 4), person('c', '95', 30, false), person('d', '95', 12)]);
    const by = Object.fromEntries(rows.map((r) => [r.commissionerId, r]));
    expect(by.a).toMatchObject({ baseGrade: 'excellent', grade: 'pass', reasons: ['服务天数 11 天，少于 12 天，最高评为合格'] });
    expect(by.b).toMatchObject({ grade: 'fail', reasons: ['服务天数 4 天，少于 5 天，评为不合格'] });
    expect(by.c).toMatchObject({ grade: 'fail', reasons: ['未提交考核材料，评为不合格'] });
    expect(by.d).toMatchObject({ grade: 'excellent', reasons: [] });
  });

  it('a rule never raises a grade: a low score with few days stays 不合格', () => {
    expect(gradeAll(config, [person('a', '50', 8)])[0]).toMatchObject({ grade: 'fail', reasons: [] });
  });

  it('优秀 ≤ 35%: of 10 appraised at most 3 are 优秀; the rest of the 90+ become 良好 by rank', () => {
    const rows = gradeAll(config, ['99', '98', '97', '96', '95', '80', '70', '65', '60', '10'].map((t, i) => person(`p${i}`, t)));
    expect(gradeCounts(rows)).toEqual({ excellent: 3, good: 3, pass: 3, fail: 1 });
    expect(rows.filter((r) => r.grade === 'excellent').map((r) => r.commissionerId)).toEqual(['p0', 'p1', 'p2']);
    expect(rows.find((r) => r.commissionerId === 'p3')!.reasons).toEqual(['优秀比例不超过 35%（10 人中至多 3 名），按排名调整为良好']);
  });

  it('the share floors: 35% of 2 people is 0 优秀', () => {
    expect(gradeCounts(gradeAll(config, [person('a', '99'), person('b', '98')]))).toMatchObject({ excellent: 0, good: 2 });
  });

  it('ties at the cap are decided by service days, then by roster code — never by input order', () => {
    const input = [person('z', '95', 40), person('m', '95', 20), person('a', '95', 20), ...['1', '2', '3', '4', '5', '6'].map((k) => person(`x${k}`, '61'))];
    const one = gradeAll(config, input);
    const two = gradeAll(config, [...input].reverse());
    expect(one.filter((r) => r.grade === 'excellent').map((r) => r.commissionerId)).toEqual(['z', 'a', 'm'].slice(0, 3));
    expect(one.map((r) => [r.commissionerId, r.grade, r.rank])).toEqual(two.map((r) => [r.commissionerId, r.grade, r.rank]));
    const capped = gradeAll(config, input.slice(0, 3).concat(input.slice(3, 6)));
    expect(capped.filter((r) => r.grade === 'excellent').map((r) => r.commissionerId)).toEqual(['z', 'a']);
    expect(capped.find((r) => r.commissionerId === 'm')).toMatchObject({ grade: 'good', rank: 1, position: 3 });
  });

  it('a 良好 cap cascades the overflow down to 合格', () => {
    const rows = gradeAll({ ...config, caps: { excellent: '0.2', good: '0.2' } }, ['99', '98', '97', '96', '95'].map((t, i) => person(`p${i}`, t)));
    expect(rows.map((r) => r.grade)).toEqual(['excellent', 'good', 'pass', 'pass', 'pass']);
  });
});
