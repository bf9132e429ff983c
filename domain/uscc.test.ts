import { describe, expect, it } from 'vitest';
import { checkUscc, composeUscc, isValidUscc, orgCodeCheckChar, usccCheckChar } from './uscc';

const reason = (code: string) => {
  const r = checkUscc(code);
  return r.valid ? null : r.reason;
};

// Real codes from python-stdnum's test list: different authorities/categories, letters in the
// org code, 'X' org check characters, digit and letter position-18 checks.
const published = [
  '91110000600037341L',
  '9144030071526726XG',
  '121200004013590816',
  '91310115MA1K3BTP2B',
  '9144060573144633XL',
  '91620105L015101280',
  '92340602MA2PBMEM24',
  '91340603MA2UJXXCXF',
  '913101127033980359',
  '91152201078371135X',
];

describe('checkUscc: valid codes', () => {
  it.each(published)('accepts %s', (code) => {
    expect(checkUscc(code)).toMatchObject({ valid: true, code });
  });

  it('reads authority, category and region from the worked example (domain rules §3.4)', () => {
    expect(checkUscc('91110000600037341L')).toEqual({
      valid: true, code: '91110000600037341L', authority: '工商', category: '企业', regionCode: '110000',
    });
  });

  it('reads 事业单位 and 个体工商户 and leaves unknown categories null', () => {
    expect(checkUscc('121200004013590816')).toMatchObject({ authority: '机构编制', category: '事业单位', regionCode: '120000' });
    expect(checkUscc('92340602MA2PBMEM24')).toMatchObject({ authority: '工商', category: '个体工商户', regionCode: '340602' });
    const other = composeUscc('Y7', '330106', '12345678');
    expect(checkUscc(other)).toMatchObject({ valid: true, authority: '其他', category: null });
  });

  it('normalises lower case, spaces, full-width spaces and hyphens', () => {
    expect(checkUscc(' 9144 0300 7152 6726 xg ')).toMatchObject({ valid: true, code: '9144030071526726XG' });
    expect(checkUscc('91110000\u3000600037341-l')).toMatchObject({ valid: true, code: '91110000600037341L' });
  });

  it('composes codes that pass both checks, for every kind of org body', () => {
    for (const [prefix, region, body] of [['91', '441302', 'MA4UX7Y1'], ['11', '110105', '00000000'], ['52', '330782', 'K9QRTUWY']] as const) {
      const code = composeUscc(prefix, region, body);
      expect(code).toHaveLength(18);
      expect(isValidUscc(code)).toBe(true);
    }
  });
});

describe('checkUscc: invalid codes', () => {
  it.each([
    ['', 0],
    ['91110000600037341', 17],
    ['91110000600037341L0', 19],
  ])('rejects %j by length', (code, length) => {
    expect(checkUscc(code)).toEqual({ valid: false, code, reason: `长度应为 18 位，实际为 ${length} 位` });
  });

  it.each(['I', 'O', 'Z', 'S', 'V'])('rejects the excluded letter %s and names its position', (letter) => {
    const code = `91110000600${letter}37341L`;
    expect(checkUscc(code)).toMatchObject({ valid: false, reason: `第 12 位字符“${letter}”不在允许的字符集中（不含 I、O、Z、S、V）` });
  });

  it('rejects punctuation as a character outside the set', () => {
    expect(reason('9111000060003734*L')).toContain('第 17 位字符“*”');
  });

  it('rejects letters in the region code (positions 3–8)', () => {
    expect(checkUscc('9111A000600037341L')).toMatchObject({ valid: false, reason: '第 5 位应为数字（行政区划码）' });
    expect(reason('91M10000600037341L')).toBe('第 3 位应为数字（行政区划码）');
  });

  it('rejects an unknown registration authority', () => {
    expect(checkUscc(composeUscc('B1', '110000', '60003734'))).toMatchObject({ valid: false, reason: '第 1 位登记管理部门代码“B”不存在' });
  });

  it('rejects a wrong organisation-code check even when position 18 matches it', () => {
    const first17 = '911100006000373422'.slice(0, 17); // org check should be 1, not 2
    const code = first17 + usccCheckChar(first17);
    expect(checkUscc(code)).toMatchObject({ valid: false, reason: '第 9–17 位组织机构代码校验位错误（应为 1）' });
  });

  it('rejects a wrong position-18 check and says what it should be', () => {
    expect(checkUscc('91110000600037341N')).toMatchObject({ valid: false, reason: '第 18 位校验码错误（应为 L）' });
    expect(reason('9144030071526726X0')).toBe('第 18 位校验码错误（应为 G）');
  });

  it('rejects the miscomputed example from a Q&A page (domain rules §3.4 ⚠)', () => {
    expect(isValidUscc('91310115MA1G4L1WXK')).toBe(false);
  });
});

describe('check characters', () => {
  it('computes the GB 11714 check, including X and 0', () => {
    expect(orgCodeCheckChar('60003734')).toBe('1');
    expect(orgCodeCheckChar('71526726')).toBe('X');
    expect(orgCodeCheckChar('L0151012')).toBe('8');
  });

  it('computes the MOD-31 check of the worked example', () => {
    expect(usccCheckChar('91110000600037341')).toBe('L');
  });
});
