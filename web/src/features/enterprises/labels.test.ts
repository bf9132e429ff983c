import { describe, expect, it } from 'vitest';
import { yuan } from './labels';

describe('yuan (money shown from the decimal string, never through a JS number)', () => {
  it('groups thousands and keeps the cents exactly', () => {
    expect(yuan('12345678.90')).toBe('12,345,678.90 元');
    expect(yuan('9999999999999999.99')).toBe('9,999,999,999,999,999.99 元');
    expect(yuan('0.10')).toBe('0.10 元');
  });
  it('handles negative net assets, missing cents and missing values', () => {
    expect(yuan('-150000.05')).toBe('-150,000.05 元');
    expect(yuan('1000')).toBe('1,000.00 元');
    expect(yuan(null)).toBe('—');
  });
});
