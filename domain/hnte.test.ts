import { describe, expect, it } from 'vitest';
import type { DiagnosisInput } from './diagnosis-input';
import { assessHnte, daysBetween, type HnteConditionCode, hnteVerdict } from './hnte';
import { hnte2016 } from './policy/hnte-2016';
import { input, issueExample, withYear } from './testing/diagnosis-fixture';

const condition = (i: DiagnosisInput, code: HnteConditionCode) => {
  const found = assessHnte(i, hnte2016).conditions.find((c) => c.code === code);
  if (!found) throw new Error(`no condition ${code}`);
  return found;
};

describe('高企 conditions on the issue example', () => {
  it('meets all eight, with values people can check', () => {
    const r = assessHnte(issueExample, hnte2016);
    expect(r.conditionsMet).toBe(true);
    expect(r.conditions).toEqual([
      { code: 'age_one_year', pass: true, value: '1933 天', threshold: '≥ 365 天' },
      { code: 'core_ip', pass: true, value: '核心支持：是；Ⅰ类 1 项，Ⅱ类 4 项', threshold: '核心支持：是；知识产权 ≥ 1 项' },
      { code: 'key_tech_field', pass: true, value: '是', threshold: '是' },
      { code: 'tech_staff_ratio', pass: true, value: '15.00%', threshold: '≥ 10%' },
      { code: 'rd_expense_ratio', pass: true, value: '5.83%（2023 年）', threshold: '≥ 5%（最近一年销售收入 ≤ 5000 万元）' },
      { code: 'domestic_rd_ratio', pass: true, value: '100.00%', threshold: '≥ 60%' },
      { code: 'high_tech_income_ratio', pass: true, value: '72.00%', threshold: '≥ 60%' },
      { code: 'no_serious_incident', pass: true, value: '无', threshold: '无' },
    ]);
  });
});

describe('registration age ≥ 365 days', () => {
  it.each([
    ['2025-06-30', '2026-06-30', 365, true],
    ['2025-07-01', '2026-06-30', 364, false],
    ['2023-06-30', '2024-06-29', 365, true], // spans 2024-02-29: one day short of a calendar year still passes
    ['2023-07-01', '2024-06-29', 364, false],
    ['2024-02-29', '2025-02-28', 365, true],
    ['2025-03-01', '2026-02-28', 364, false],
    ['2026-07-01', '2026-06-30', -1, false],
  ])('founded %s, assessed %s → %i days', (foundedOn, asOf, days, pass) => {
    expect(daysBetween(foundedOn, asOf)).toBe(days);
    expect(condition(input({ foundedOn, asOf }), 'age_one_year')).toMatchObject({ pass, value: `${days} 天` });
  });
});

describe('IP, field and incidents', () => {
  it('needs core support and at least one item', () => {
    expect(condition(input({ ip: { class1: 0, class2: 1 } }), 'core_ip').pass).toBe(true);
    expect(condition(input({ ip: { class1: 0, class2: 0 } }), 'core_ip').pass).toBe(false);
    expect(condition(input({ hasCoreIp: false }), 'core_ip')).toMatchObject({ pass: false, value: '核心支持：否；Ⅰ类 1 项，Ⅱ类 4 项' });
  });

  it('fails outside the key fields and after a serious incident', () => {
    expect(condition(input({ inKeyTechField: false }), 'key_tech_field')).toMatchObject({ pass: false, value: '否' });
    expect(condition(input({ seriousIncident: true }), 'no_serious_incident')).toMatchObject({ pass: false, value: '有' });
    expect(assessHnte(input({ seriousIncident: true }), hnte2016)).toMatchObject({ conditionsMet: false, verdict: 'ineligible' });
  });
});

describe('S&T staff ≥ 10%', () => {
  it.each([
    [10000, 999, false, '9.99%'],
    [10000, 1000, true, '10.00%'],
    [3, 1, true, '33.33%'],
  ])('%i staff, %i S&T → %s', (employees, techStaff, pass, value) => {
    expect(condition(input({ employees, techStaff }), 'tech_staff_ratio')).toMatchObject({ pass, value });
  });

  it('shows 9.999% as 9.99%, never as 10.00%', () => {
    expect(condition(input({ employees: 100000, techStaff: 9999 }), 'tech_staff_ratio')).toMatchObject({ pass: false, value: '9.99%' });
  });

  it('fails with no staff', () => {
    expect(condition(input({ employees: 0, techStaff: 0 }), 'tech_staff_ratio')).toMatchObject({ pass: false, value: '无职工' });
  });
});

describe('R&D ratio by the latest year\'s sales tier', () => {
  const tier5 = '≥ 5%（最近一年销售收入 ≤ 5000 万元）';
  const tier4 = '≥ 4%（最近一年销售收入 5000 万元以上至 2 亿元）';
  const tier3 = '≥ 3%（最近一年销售收入 > 2 亿元）';
  it.each([
    ['50000000.00', '2499999.99', false, '4.99%', tier5],
    ['50000000.00', '2500000.00', true, '5.00%', tier5],
    ['50000000.01', '2000000.01', true, '4.00%', tier4],
    ['50000000.01', '2000000.00', false, '3.99%', tier4], // exactly 4% of 5000 万, but the tier's base is 1 分 more
    ['200000000.00', '8000000.00', true, '4.00%', tier4],
    ['200000000.00', '7999999.99', false, '3.99%', tier4],
    ['200000000.01', '6000000.01', true, '3.00%', tier3],
    ['200000000.01', '6000000.00', false, '2.99%', tier3],
  ])('sales %s, R&D %s', (salesRevenue, rdExpense, pass, pct, threshold) => {
    const c = condition(withYear({ salesRevenue, rdExpense, rdExpenseDomestic: rdExpense }), 'rd_expense_ratio');
    expect(c).toEqual({ code: 'rd_expense_ratio', pass, value: `${pct}（2025 年）`, threshold });
  });

  it('divides the sums over all given years, not the latest year alone', () => {
    const years = (latestRd: string) => [{ rdExpense: '0.00', rdExpenseDomestic: '0.00' }, { rdExpense: '0.00', rdExpenseDomestic: '0.00' }, { salesRevenue: '10000000.00', rdExpense: latestRd, rdExpenseDomestic: latestRd }];
    // Σ sales = 1200 万 × 2 + 1000 万 = 3400 万; 5% of that is 170 万
    expect(condition(input({ years: years('1700000.00') }), 'rd_expense_ratio')).toMatchObject({ pass: true, value: '5.00%（2023–2025 年合计）' });
    expect(condition(input({ years: years('1699999.99') }), 'rd_expense_ratio')).toMatchObject({ pass: false, value: '4.99%（2023–2025 年合计）' });
  });

  it('picks the tier from the latest year even when the sum is above 5000 万', () => {
    const years = [{ salesRevenue: '40000000.00' }, { salesRevenue: '40000000.00' }, { salesRevenue: '40000000.00' }];
    expect(condition(input({ years }), 'rd_expense_ratio').threshold).toBe(tier5);
  });

  it('fails with no sales at all', () => {
    expect(condition(withYear({ salesRevenue: '0.00' }), 'rd_expense_ratio')).toMatchObject({ pass: false, value: '无销售收入（2025 年）' });
  });
});

describe('domestic R&D ≥ 60%', () => {
  it.each([
    ['600000.00', true, '60.00%'],
    ['599999.99', false, '59.99%'],
  ])('%s of 100 万', (rdExpenseDomestic, pass, value) => {
    expect(condition(withYear({ rdExpense: '1000000.00', rdExpenseDomestic }), 'domestic_rd_ratio')).toMatchObject({ pass, value });
  });

  it('is judged on the sums over the years', () => {
    const years = [{ rdExpense: '1000000.00', rdExpenseDomestic: '0.00' }, { rdExpense: '1000000.00', rdExpenseDomestic: '1000000.00' }];
    expect(condition(input({ years }), 'domestic_rd_ratio')).toMatchObject({ pass: false, value: '50.00%' });
  });

  it('fails without any R&D', () => {
    expect(condition(withYear({ rdExpense: '0', rdExpenseDomestic: '0' }), 'domestic_rd_ratio')).toMatchObject({ pass: false, value: '无研发费用' });
  });
});

describe('high-tech income ≥ 60% of total income, latest year', () => {
  it.each([
    ['6000000.00', true, '60.00%'],
    ['5999999.99', false, '59.99%'],
  ])('%s of 1000 万', (highTechIncome, pass, value) => {
    expect(condition(withYear({ totalIncome: '10000000.00', highTechIncome }), 'high_tech_income_ratio')).toMatchObject({ pass, value });
  });

  it('ignores earlier years', () => {
    const years = [{ highTechIncome: '0.00' }, { totalIncome: '10000000.00', highTechIncome: '6000000.00' }];
    expect(condition(input({ years }), 'high_tech_income_ratio').pass).toBe(true);
  });

  it('fails with no income', () => {
    expect(condition(withYear({ totalIncome: '0', highTechIncome: '0' }), 'high_tech_income_ratio')).toMatchObject({ pass: false, value: '无总收入' });
  });
});

describe('verdict', () => {
  it.each([
    [true, 71, 100, 'eligible'],
    [true, 70, 71, 'possible'],
    [true, 52, 100, 'possible'],
    [true, 21, 70, 'ineligible'],
    [false, 80, 100, 'ineligible'],
  ] as const)('conditions %s, score %i–%i → %s', (met, min, max, verdict) => {
    expect(hnteVerdict(met, { min, max }, 71)).toBe(verdict);
  });

  it('calls the one-year issue example ineligible: conditions met but at most 68 points', () => {
    const r = assessHnte(issueExample, hnte2016);
    expect(r).toMatchObject({ conditionsMet: true, score: { min: 21, max: 68 }, verdict: 'ineligible', policy: 'hnte-2016' });
  });
});
