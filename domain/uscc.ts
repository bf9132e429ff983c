/**
 * 统一社会信用代码 (GB 32100-2015): charset, position-18 MOD-31 check and the embedded
 * GB 11714 organisation-code check on positions 9–17.
 */
export const usccCharset = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const usccWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const orgWeights = [3, 7, 9, 10, 5, 8, 4, 2];
const shape = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export const usccAuthorities: Record<string, string> = {
  '1': '机构编制', '2': '外交', '3': '司法行政', '4': '文化', '5': '民政', '6': '旅游', '7': '宗教',
  '8': '工会', '9': '工商', A: '中央军委改革和编制办公室', N: '农业', Y: '其他',
};

export const usccCategories: Record<string, Record<string, string>> = {
  '1': { '1': '机关', '2': '事业单位', '3': '中央编办直接管理机构编制的群众团体', '9': '其他' },
  '5': { '1': '社会团体', '2': '民办非企业单位', '3': '基金会', '9': '其他' },
  '9': { '1': '企业', '2': '个体工商户', '3': '农民专业合作社' },
  N: { '1': '组级集体经济组织', '2': '村级集体经济组织', '3': '乡镇级集体经济组织', '9': '其他' },
};

export function normalizeUscc(input: string): string {
  return input.replace(/[\s\u3000-]/g, '').toUpperCase();
}

export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += usccCharset.indexOf(first17[i]!) * usccWeights[i]!;
  return usccCharset[(31 - (sum % 31)) % 31]!;
}

export function orgCodeCheckChar(body8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = body8[i]!;
    sum += (/\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55) * orgWeights[i]!;
  }
  const r = 11 - (sum % 11);
  return r === 10 ? 'X' : r === 11 ? '0' : String(r);
}

export type UsccResult =
  | { valid: true; code: string; authority: string; category: string | null; regionCode: string }
  | { valid: false; code: string; reason: string };

export function checkUscc(input: string): UsccResult {
  const code = normalizeUscc(input);
  if (code.length !== 18) return { valid: false, code, reason: `长度应为 18 位，实际为 ${code.length} 位` };
  if (!shape.test(code)) {
    const bad = [...code].findIndex((c, i) => (i >= 2 && i < 8 ? !/\d/.test(c) : !usccCharset.includes(c)));
    const at = bad >= 0 ? bad : 0;
    return {
      valid: false,
      code,
      reason: at >= 2 && at < 8 ? `第 ${at + 1} 位应为数字（行政区划码）` : `第 ${at + 1} 位字符“${code[at]}”不在允许的字符集中（不含 I、O、Z、S、V）`,
    };
  }
  const authority = usccAuthorities[code[0]!];
  if (!authority) return { valid: false, code, reason: `第 1 位登记管理部门代码“${code[0]}”不存在` };
  const orgCheck = orgCodeCheckChar(code.slice(8, 16));
  if (orgCheck !== code[16]) {
    return { valid: false, code, reason: `第 9–17 位组织机构代码校验位错误（应为 ${orgCheck}）` };
  }
  const check = usccCheckChar(code.slice(0, 17));
  if (check !== code[17]) return { valid: false, code, reason: `第 18 位校验码错误（应为 ${check}）` };
  return {
    valid: true,
    code,
    authority,
    category: usccCategories[code[0]!]?.[code[1]!] ?? null,
    regionCode: code.slice(2, 8),
  };
}

export const isValidUscc = (input: string): boolean => checkUscc(input).valid;

/** Builds a valid code from authority+category, 6-digit region and an 8-character org body. */
export function composeUscc(prefix2: string, region6: string, body8: string): string {
  const first17 = prefix2 + region6 + body8 + orgCodeCheckChar(body8);
  return first17 + usccCheckChar(first17);
}
