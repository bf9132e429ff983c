import { Dec } from '../exact';

/**
 * Annual data of one enterprise and year (issue 3). Amounts are decimal strings in 元 with at
 * most 2 decimals, stored as numeric(18,2); counts are integers. Only 净资产 may be negative.
 */
export const annualMoneyFields = [
  'salesRevenue',
  'totalIncome',
  'totalAssets',
  'netAssets',
  'totalCost',
  'rdExpense',
  'rdExpenseDomestic',
  'highTechIncome',
] as const;
export const annualCountFields = ['employees', 'techStaff', 'ipClass1', 'ipClass2', 'conversions'] as const;
export type AnnualMoneyField = (typeof annualMoneyFields)[number];
export type AnnualCountField = (typeof annualCountFields)[number];
export type AnnualFigures = Record<AnnualMoneyField, string> & Record<AnnualCountField, number>;

export const annualFieldLabels: Record<AnnualMoneyField | AnnualCountField, string> = {
  employees: '职工总数',
  techStaff: '科技人员数',
  salesRevenue: '销售收入',
  totalIncome: '总收入',
  totalAssets: '资产总额',
  netAssets: '净资产',
  totalCost: '成本费用支出总额',
  rdExpense: '研发费用',
  rdExpenseDomestic: '境内研发费用',
  highTechIncome: '高新技术产品（服务）收入',
  ipClass1: 'Ⅰ类知识产权数量',
  ipClass2: 'Ⅱ类知识产权数量',
  conversions: '科技成果转化数',
};

/** numeric(18,2): up to 16 integer digits. */
export const moneyPattern = /^\d{1,16}(\.\d{1,2})?$/;
export const signedMoneyPattern = /^-?\d{1,16}(\.\d{1,2})?$/;

/**
 * An amount already written the plain way (no sign, no leading zero, at most 2 decimals): the
 * form nearly every imported or typed amount has. Such amounts are normalised and compared as
 * text, exactly and without allocating; any other form goes through Dec. An import checks a
 * million amounts this way.
 */
const plainAmount = /^(?:0|[1-9]\d*)(?:\.\d{1,2})?$/;

/** "12345678.9" → "12345678.90"; the form PostgreSQL returns numeric(18,2) in. */
export function normalizeMoney(value: string): string {
  if (!plainAmount.test(value)) return new Dec(value).toFixed(2);
  const decimals = value.length - 1 - value.indexOf('.');
  return decimals === value.length ? `${value}.00` : decimals === 1 ? `${value}0` : value;
}

const integerDigits = (plain: string) => {
  const dot = plain.indexOf('.');
  return dot < 0 ? plain.length : dot;
};
/** The code of the k-th decimal digit of a plain amount, '0' past its end. */
const decimalDigit = (plain: string, digits: number, k: number) => (digits + 1 + k < plain.length ? plain.charCodeAt(digits + 1 + k) : 48);

/** Compares two amounts exactly: negative, zero or positive as a is below, equal to or above b. */
export function compareMoney(a: string, b: string): number {
  if (!plainAmount.test(a) || !plainAmount.test(b)) return new Dec(a).cmp(b);
  // No leading zeros: a longer integer part is the larger one; equal lengths compare digit by digit.
  const da = integerDigits(a);
  const db = integerDigits(b);
  if (da !== db) return da - db;
  for (let i = 0; i < da; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return a.charCodeAt(i) - b.charCodeAt(i);
  for (let k = 0; k < 2; k++) {
    const d = decimalDigit(a, da, k) - decimalDigit(b, db, k);
    if (d !== 0) return d;
  }
  return 0;
}

export interface FigureProblem {
  field: AnnualMoneyField | AnnualCountField;
  message: string;
}

/** Cross-field checks a field-by-field schema cannot express. */
export function annualFiguresProblems(f: AnnualFigures): FigureProblem[] {
  const out: FigureProblem[] = [];
  const gt = (a: string, b: string) => compareMoney(a, b) > 0;
  if (f.techStaff > f.employees) out.push({ field: 'techStaff', message: '科技人员数不能大于职工总数' });
  if (gt(f.rdExpenseDomestic, f.rdExpense)) out.push({ field: 'rdExpenseDomestic', message: '境内研发费用不能大于研发费用' });
  if (gt(f.highTechIncome, f.totalIncome)) out.push({ field: 'highTechIncome', message: '高新技术产品（服务）收入不能大于总收入' });
  if (gt(f.netAssets, f.totalAssets)) out.push({ field: 'netAssets', message: '净资产不能大于资产总额' });
  return out;
}

/** Same figures, compared exactly ("1.5" equals "1.50"). */
export function annualFiguresEqual(a: AnnualFigures, b: AnnualFigures): boolean {
  return annualMoneyFields.every((k) => compareMoney(a[k], b[k]) === 0) && annualCountFields.every((k) => a[k] === b[k]);
}

/** Canonical form for storage and history: every amount with 2 decimals. */
export function normalizeFigures(f: AnnualFigures): AnnualFigures {
  const out = { ...f };
  for (const k of annualMoneyFields) out[k] = normalizeMoney(f[k]);
  return out;
}
