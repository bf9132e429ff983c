import { describe, expect, it } from 'vitest';
import { capCount, percentToShare, shareToPercent, total, totalsByYear, yuan } from './money';

describe('commissioner money and shares (exact decimals)', () => {
  it('formats yuan with separators and two decimals', () => {
    expect(yuan('1234567.5')).toBe('1,234,567.50 元');
    expect(yuan('0.1')).toBe('0.10 元');
    expect(yuan('999')).toBe('999.00 元');
  });

  it('adds amounts exactly where floats would not', () => {
    expect(total(['0.1', '0.2'])).toBe('0.30');
    expect(total(['123456789012.01', '0.02'])).toBe('123456789012.03');
    expect(total([])).toBe('0.00');
  });

  it('totals the summary rows per year, newest first', () => {
    const rows = [{ year: 2025, amount: '200000.00' }, { year: 2026, amount: '0.10' }, { year: 2025, amount: '0.20' }, { year: 2026, amount: '0.20' }];
    expect(totalsByYear(rows)).toEqual([[2026, '0.30'], [2025, '200000.20']]);
  });

  it('converts caps between share and percent without rounding', () => {
    expect(shareToPercent('0.35')).toBe('35');
    expect(shareToPercent('0.125')).toBe('12.5');
    expect(shareToPercent(null)).toBeNull();
    expect(percentToShare('35')).toBe('0.35');
    expect(percentToShare(12.5)).toBe('0.125');
    expect(percentToShare('')).toBeNull();
  });

  it('counts the cap as floor(share × appraised)', () => {
    expect(capCount('0.35', 292)).toBe(102);
    expect(capCount('0.35', 20)).toBe(7);
    expect(capCount('0.3', 10)).toBe(3);
  });
});
