import { describe, expect, it } from 'vitest';
import { bandOf } from './bands';
import { percent } from './exact';
import { growthRate } from './hnte';
import { hnte2016 } from './policy/hnte-2016';

const scored = (values: string[]) => {
  const g = growthRate(values);
  return { points: bandOf(g.rate, hnte2016.score.growthBands).points, shown: g.rate ? percent(g.rate) : null, basis: g.basis };
};

describe('growth rate bands (three years: ½ × (v2/v1 + v3/v2) − 1)', () => {
  it.each([
    [['100', '135', '182.25'], [9, 10], '35.00%'],
    [['100', '135', '182.24'], [7, 8], '34.99%'],
    [['100', '125', '156.25'], [7, 8], '25.00%'],
    [['100', '125', '156.24'], [5, 6], '24.99%'],
    [['100', '115', '132.25'], [5, 6], '15.00%'],
    [['100', '115', '132.24'], [3, 4], '14.99%'],
    [['100', '105', '110.25'], [3, 4], '5.00%'],
    [['100', '105', '110.24'], [1, 2], '4.99%'],
    [['100', '100', '100.01'], [1, 2], '0.00%'],
    [['100', '100', '100'], [0, 0], '0.00%'],
    [['100', '90', '80'], [0, 0], '-10.56%'],
  ])('%j → %j (%s)', (values, points, shown) => {
    expect(scored(values)).toEqual({ points, shown, basis: 'three_years' });
  });

  it('averages the two yearly ratios rather than compounding', () => {
    // Doubling then halving: ½ × (2 + 0.5) − 1 = 25%, although the end value equals the start.
    expect(scored(['100', '200', '100'])).toMatchObject({ points: [7, 8], shown: '25.00%' });
  });

  it('hits 35% exactly even when a yearly ratio is a repeating decimal', () => {
    // ½ × (12/9 + 16.4/12) − 1 = ½ × (4/3 + 41/30) − 1 = 0.35; binary floats give 0.34999…
    expect(scored(['9', '12', '16.4'])).toMatchObject({ points: [9, 10], shown: '35.00%' });
    expect(scored(['9', '12', '16.39'])).toMatchObject({ points: [7, 8], shown: '34.95%' });
  });
});

describe('growth edge cases (domain rules §1.4 d)', () => {
  it('first year 0 → last two years only', () => {
    expect(scored(['0', '100', '135'])).toEqual({ points: [9, 10], shown: '35.00%', basis: 'last_two_years' });
  });

  it('negative first year (negative net assets) is treated like 0', () => {
    expect(scored(['-50', '100', '104.99'])).toEqual({ points: [1, 2], shown: '4.99%', basis: 'last_two_years' });
  });

  it('second year 0 (or negative) → 0 points whatever the third year', () => {
    expect(scored(['100', '0', '1000'])).toEqual({ points: [0, 0], shown: null, basis: 'second_year_zero' });
    expect(scored(['100', '-1', '1000'])).toMatchObject({ points: [0, 0], basis: 'second_year_zero' });
  });

  it('two years → v2/v1 − 1', () => {
    expect(scored(['100', '135'])).toEqual({ points: [9, 10], shown: '35.00%', basis: 'two_years' });
    expect(scored(['100', '104.99'])).toMatchObject({ points: [1, 2] });
    expect(scored(['0', '500'])).toEqual({ points: [0, 0], shown: null, basis: 'first_year_zero' });
  });

  it('one year → no rate, 0 points', () => {
    expect(scored(['500'])).toEqual({ points: [0, 0], shown: null, basis: 'single_year' });
  });

  it('a negative latest value gives a negative rate and 0 points', () => {
    expect(scored(['100', '100', '-100'])).toMatchObject({ points: [0, 0], shown: '-100.00%' });
  });
});
