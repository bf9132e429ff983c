import { describe, expect, it } from 'vitest';
import { figures } from '../testing/annual-fixture';
import { annualFiguresEqual, annualFiguresProblems, moneyPattern, normalizeFigures, normalizeMoney, signedMoneyPattern } from './annual';


describe('annual figures', () => {
  it('accept at most two decimals and 16 integer digits; only net assets may be negative', () => {
    expect(moneyPattern.test('12345678.90')).toBe(true);
    expect(moneyPattern.test('9999999999999999.99')).toBe(true);
    expect(moneyPattern.test('12345678.901')).toBe(false);
    expect(moneyPattern.test('-1.00')).toBe(false);
    expect(moneyPattern.test('1e6')).toBe(false);
    expect(signedMoneyPattern.test('-1.50')).toBe(true);
  });

  it('normalise amounts exactly to two decimals without passing through floats', () => {
    expect(normalizeMoney('12345678.9')).toBe('12345678.90');
    expect(normalizeMoney('9999999999999999.99')).toBe('9999999999999999.99');
    expect(normalizeMoney('0')).toBe('0.00');
    expect(normalizeFigures(figures({ salesRevenue: '1.5' })).salesRevenue).toBe('1.50');
  });

  it('compare exactly, so "1.5" equals "1.50" and one cent differs', () => {
    expect(annualFiguresEqual(figures({ rdExpense: '1800000' }), figures())).toBe(true);
    expect(annualFiguresEqual(figures({ rdExpense: '1800000.01' }), figures())).toBe(false);
    expect(annualFiguresEqual(figures({ conversions: 4 }), figures())).toBe(false);
  });

  it('name every cross-field problem', () => {
    expect(annualFiguresProblems(figures())).toEqual([]);
    const bad = annualFiguresProblems(figures({ techStaff: 101, rdExpenseDomestic: '1800000.01', highTechIncome: '31000000.01', netAssets: '40000000.01' }));
    expect(bad.map((p) => p.field)).toEqual(['techStaff', 'rdExpenseDomestic', 'highTechIncome', 'netAssets']);
    expect(annualFiguresProblems(figures({ highTechIncome: '31000000.00', netAssets: '-5.00' }))).toEqual([]);
  });
});
