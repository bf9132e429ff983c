import { describe, expect, it } from 'vitest';
import { hnteScore } from './hnte';
import { hnte2016 } from './policy/hnte-2016';
import { input, issueExample } from './testing/diagnosis-fixture';
import type { DiagnosisInput } from './diagnosis-input';

const score = (i: DiagnosisInput) => hnteScore(i, hnte2016);
const range = (i: DiagnosisInput, code: keyof ReturnType<typeof score>['items']) => {
  const item = score(i).items[code];
  return [item.min, item.max];
};

describe('知识产权数量 (8)', () => {
  it.each([
    [1, 0, [7, 8]], [2, 10, [7, 8]], [0, 5, [5, 6]], [0, 40, [5, 6]], [0, 4, [3, 4]], [0, 3, [3, 4]],
    [0, 2, [1, 2]], [0, 1, [1, 2]], [0, 0, [0, 0]],
  ])('Ⅰ类 %i, Ⅱ类 %i → %j', (class1, class2, points) => {
    expect(range(input({ ip: { class1, class2 } }), 'ip_quantity')).toEqual(points);
  });
});

describe('知识产权获得方式 (6)', () => {
  it('gives 1–6 when any IP is self-developed or the flag is absent, 1–3 when all was acquired', () => {
    expect(range(input({ ip: { class1: 1, class2: 0, selfDeveloped: true } }), 'ip_acquisition')).toEqual([1, 6]);
    expect(range(input({ ip: { class1: 1, class2: 0, selfDeveloped: undefined } }), 'ip_acquisition')).toEqual([1, 6]);
    expect(range(input({ ip: { class1: 1, class2: 0, selfDeveloped: false } }), 'ip_acquisition')).toEqual([1, 3]);
    expect(score(input({ ip: { class1: 0, class2: 2, selfDeveloped: false } })).items.ip_acquisition.value).toBe('仅受让、受赠、并购');
  });

  it('gives 0 without any IP', () => {
    expect(range(input({ ip: { class1: 0, class2: 0 } }), 'ip_acquisition')).toEqual([0, 0]);
  });
});

describe('standards bonus and the 30-point IP cap', () => {
  it('adds 1–2 for a led standard', () => {
    expect(range(input({ direct: { ledStandard: true } }), 'ip_standard_bonus')).toEqual([1, 2]);
    expect(range(issueExample, 'ip_standard_bonus')).toEqual([0, 0]);
  });

  it('caps the IP group at 30 although its items reach 32', () => {
    const s = score(input({ direct: { ledStandard: true } }));
    const items = Object.values(s.items).filter((i) => i.group === 'ip');
    expect(items.reduce((a, i) => a + i.max, 0)).toBe(32);
    expect(s.groups.ip).toEqual({ min: 9, max: 30, full: 30 });
  });

  it('lets the bonus count in full when the items stay under 30', () => {
    // 8 + 8 + 8 + 3 (acquired only) + 2 = 29
    expect(score(input({ ip: { class1: 1, class2: 0, selfDeveloped: false }, direct: { ledStandard: true } })).groups.ip).toEqual({ min: 9, max: 29, full: 30 });
  });
});

describe('科技成果转化 by annual average', () => {
  it.each([
    [[5, 5, 5], [25, 30], '5.00'],
    [[5, 5, 4], [19, 24], '4.66'],
    [[4, 4, 4], [19, 24], '4.00'],
    [[3, 4, 4], [13, 18], '3.66'],
    [[3, 3, 3], [13, 18], '3.00'],
    [[2, 2, 3], [7, 12], '2.33'],
    [[2, 2, 2], [7, 12], '2.00'],
    [[1, 1, 2], [1, 6], '1.33'],
    [[0, 0, 3], [1, 6], '1.00'],
    [[0, 1, 1], [0, 6], '0.66'],
    [[0, 0, 0], [0, 0], '0.00'],
    [[5, 4], [19, 24], '4.50'],
    [[10, 0], [25, 30], '5.00'],
    [[5], [25, 30], '5.00'],
    [[4], [19, 24], '4.00'],
  ])('%j → %j', (conversions, points, average) => {
    const i = input({ years: conversions.map((c) => ({ conversions: c })) });
    expect(range(i, 'conversion')).toEqual(points);
    expect(score(i).items.conversion.value).toBe(`年均 ${average} 项`);
  });
});

describe('items only experts can judge', () => {
  it('count over their whole range', () => {
    const s = score(issueExample);
    expect(s.items.ip_advancement).toMatchObject({ min: 0, max: 8, expert: true });
    expect(s.items.ip_core_support).toMatchObject({ min: 0, max: 8, expert: true });
    expect(s.groups.rd_management).toEqual({ min: 0, max: 20, full: 20 });
  });
});

describe('totals', () => {
  it('gives 21–68 for the one-year issue example', () => {
    const s = score(issueExample);
    expect(s.groups).toEqual({
      ip: { min: 8, max: 30, full: 30 },
      conversion: { min: 13, max: 18, full: 30 },
      rd_management: { min: 0, max: 20, full: 20 },
      growth: { min: 0, max: 0, full: 20 },
    });
    expect([s.min, s.max]).toEqual([21, 68]);
    expect(s.items.sales_growth).toMatchObject({ value: '—', basis: 'single_year' });
  });

  it('tops out at 52 (min) and 100 (max) for the strongest figures', () => {
    const years = [
      { netAssets: '1000000.00', salesRevenue: '10000000.00', conversions: 5 },
      { netAssets: '1350000.00', salesRevenue: '13500000.00', conversions: 5 },
      { netAssets: '1822500.00', salesRevenue: '18225000.00', conversions: 5 },
    ];
    const s = score(input({ years, direct: { ledStandard: true } }));
    expect(s.items.net_asset_growth).toMatchObject({ min: 9, max: 10, value: '35.00%', basis: 'three_years' });
    expect(s.items.sales_growth).toMatchObject({ min: 9, max: 10, value: '35.00%' });
    expect([s.min, s.max]).toEqual([52, 100]);
  });
});
