import { describe, expect, it } from 'vitest';
import { figures } from '../testing/annual-fixture';
import { Dec } from '../exact';
import { annualFiguresEqual, annualFiguresProblems, compareMoney, moneyPattern, normalizeFigures, normalizeMoney, signedMoneyPattern } from './annual';


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

  it('normalise and compare written-out amounts as exactly as decimal arithmetic does, whatever their form', () => {
    const forms = ['0', '0.0', '0.00', '0.5', '0.05', '.5', '00', '007', '007.10', '1', '1.5', '1.50', '1.05', '9', '10', '10.01', '99.99', '100',
      '12345678.9', '12345678.90', '12345678.91', '9999999999999999.99', '10000000000000000', '-0', '-0.00', '-1.5', '-1.50', '-10', '-9.99'];
    const sign = (n: number) => Math.sign(n);
    for (const a of forms) {
      expect(normalizeMoney(a), a).toBe(new Dec(a).toFixed(2));
      for (const b of forms) expect(sign(compareMoney(a, b)), `${a} vs ${b}`).toBe(new Dec(a).cmp(b));
    }
    // Amounts of every integer length, one cent apart, in both orders.
    for (let digits = 1; digits <= 16; digits++) {
      const whole = '9'.repeat(digits);
      expect(compareMoney(`${whole}.99`, String(10n ** BigInt(digits)))).toBeLessThan(0);
      expect(compareMoney(`${whole}.1`, `${whole}.09`)).toBeGreaterThan(0);
      expect(compareMoney(`${whole}.10`, `${whole}.1`)).toBe(0);
    }
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
