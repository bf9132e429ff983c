import { describe, expect, it } from 'vitest';
import { techSme2022 } from './policy/tech-sme-2022';
import { assessTechSme } from './tech-sme';
import { input, issueExample, withYear } from './testing/diagnosis-fixture';
import type { DiagnosisInput } from './diagnosis-input';

const assess = (i: DiagnosisInput) => assessTechSme(i, techSme2022);
// Latest year with R&D measured only against sales (cost so high that measure scores 0) or vice versa.
const bySales = (rdExpense: string) => withYear({ rdExpense, salesRevenue: '10000000.00', totalCost: '999999999.00' });
const byCost = (rdExpense: string) => withYear({ rdExpense, totalCost: '1000000.00', salesRevenue: '999999999.00' });

describe('科小 on the issue example', () => {
  it('scores 8 + 40 + 30 = 78 and is eligible', () => {
    expect(assess(issueExample)).toEqual({
      eligible: true,
      directQualification: false,
      score: 78,
      scores: { techStaff: 8, rd: 40, ip: 30 },
      failed: [],
      ratios: { techStaff: '15.00%', rdToSales: '5.83%', rdToCost: '7.00%' },
      rdMeasure: 'sales',
      policy: 'tech-sme-2022',
    });
  });
});

describe('科技人员 (20)', () => {
  it.each([
    [10000, 999, 0], [10000, 1000, 4], [100, 14, 4], [10000, 1499, 4], [100, 15, 8], [10000, 1999, 8],
    [100, 20, 12], [10000, 2499, 12], [100, 25, 16], [10000, 2999, 16], [100, 30, 20], [80, 80, 20],
  ])('%i staff with %i in S&T → %i points', (employees, techStaff, points) => {
    expect(assess(input({ employees, techStaff })).scores.techStaff).toBe(points);
  });

  it('scores 0 and shows no ratio when there are no staff', () => {
    const r = assess(input({ employees: 0, techStaff: 0 }));
    expect(r.scores.techStaff).toBe(0);
    expect(r.ratios.techStaff).toBeNull();
  });
});

describe('研发投入 (50)', () => {
  it.each([
    ['199999.99', 0], ['200000.00', 10], ['299999.99', 10], ['300000.00', 20], ['399999.99', 20],
    ['400000.00', 30], ['499999.99', 30], ['500000.00', 40], ['599999.99', 40], ['600000.00', 50],
  ])('R&D %s on 1000 万 sales → %i', (rd, points) => {
    expect(assess(bySales(rd)).scores.rd).toBe(points);
  });

  it.each([
    ['99999.99', 0], ['100000.00', 10], ['149999.99', 10], ['150000.00', 20], ['200000.00', 30],
    ['249999.99', 30], ['250000.00', 40], ['299999.99', 40], ['300000.00', 50],
  ])('R&D %s on 100 万 total cost → %i', (rd, points) => {
    const r = assess(byCost(rd));
    expect(r.scores.rd).toBe(points);
    if (points > 0) expect(r.rdMeasure).toBe('cost');
  });

  it('takes the better of the two measures', () => {
    // 3% of sales (20) but 25% of cost (40)
    const r = assess(withYear({ rdExpense: '300000.00', salesRevenue: '10000000.00', totalCost: '1200000.00' }));
    expect(r.scores.rd).toBe(40);
    expect(r.rdMeasure).toBe('cost');
    expect(r.ratios).toMatchObject({ rdToSales: '3.00%', rdToCost: '25.00%' });
  });

  it('does not treat R&D over zero sales as an infinite ratio', () => {
    const r = assess(withYear({ rdExpense: '100000.00', salesRevenue: '0.00', totalCost: '5000000.00' }));
    expect(r.scores.rd).toBe(0);
    expect(r.ratios.rdToSales).toBeNull();
    expect(assess(withYear({ salesRevenue: '0', totalCost: '0' })).scores.rd).toBe(0);
  });

  it('uses the latest year only', () => {
    const r = assess(input({ years: [{ rdExpense: '0.00' }, { rdExpense: '600000.00', salesRevenue: '10000000.00' }] }));
    expect(r.scores.rd).toBe(50);
  });
});

describe('科技成果 (30)', () => {
  it.each([
    [1, 0, 30], [1, 9, 30], [0, 10, 24], [0, 4, 24], [0, 3, 18], [0, 2, 12], [0, 1, 6], [0, 0, 0],
  ])('Ⅰ类 %i, Ⅱ类 %i → %i', (class1, class2, points) => {
    expect(assess(input({ ip: { class1, class2 } })).scores.ip).toBe(points);
  });
});

describe('basic conditions (size on the latest year)', () => {
  it('allows exactly 500 staff and refuses 501', () => {
    expect(assess(input({ employees: 500, techStaff: 150 })).failed).toEqual([]);
    expect(assess(input({ employees: 501, techStaff: 151 }))).toMatchObject({ eligible: false, failed: ['employees_over_limit'] });
  });

  it('allows exactly 2 亿 sales and refuses 2 亿 + 1 分', () => {
    expect(assess(withYear({ salesRevenue: '200000000.00', rdExpense: '20000000.00' })).failed).toEqual([]);
    expect(assess(withYear({ salesRevenue: '200000000.01', rdExpense: '20000000.00' })).failed).toEqual(['sales_over_limit']);
  });

  it('allows exactly 2 亿 assets and refuses 2 亿 + 1 分', () => {
    expect(assess(withYear({ totalAssets: '200000000.00' })).failed).toEqual([]);
    expect(assess(withYear({ totalAssets: '200000000.01' })).failed).toEqual(['assets_over_limit']);
  });

  it('judges size on the latest year, not earlier ones', () => {
    const r = assess(input({ years: [{ salesRevenue: '300000000.00', totalAssets: '300000000.00' }, {}] }));
    expect(r.failed).toEqual([]);
  });

  it('refuses restricted industries and serious incidents', () => {
    expect(assess(input({ restrictedIndustry: true })).failed).toEqual(['restricted_industry']);
    expect(assess(input({ seriousIncident: true })).failed).toEqual(['serious_incident']);
  });
});

describe('score threshold and 直通车', () => {
  it('passes at exactly 60 and fails at 58', () => {
    // 12 (20%) + 30 (4%) + 18 (3 Ⅱ类) = 60
    const at60 = input({ employees: 100, techStaff: 20, ip: { class1: 0, class2: 3 }, years: [{ rdExpense: '400000.00', salesRevenue: '10000000.00', totalCost: '99999999.00' }] });
    expect(assess(at60)).toMatchObject({ score: 60, eligible: true });
    // 8 (15%) + 20 (3%) + 30 = 58
    const at58 = input({ employees: 100, techStaff: 15, years: [{ rdExpense: '300000.00', salesRevenue: '10000000.00', totalCost: '99999999.00' }] });
    expect(assess(at58)).toMatchObject({ score: 58, eligible: false, failed: ['score_too_low'] });
  });

  it('refuses a high score whose S&T staff item is 0', () => {
    const r = assess(input({ employees: 100, techStaff: 9, years: [{ rdExpense: '600000.00', salesRevenue: '10000000.00' }] }));
    expect(r).toMatchObject({ score: 80, eligible: false, failed: ['tech_staff_score_zero'] });
  });

  it.each(['validHnte', 'nationalAwardTop3', 'ministerialRdInstitution', 'ledStandard'] as const)(
    '%s qualifies directly despite a score of 0',
    (flag) => {
      const weak = input({ techStaff: 0, ip: { class1: 0, class2: 0 }, years: [{ rdExpense: '0.00' }], direct: { [flag]: true } });
      expect(assess(weak)).toMatchObject({ eligible: true, directQualification: true, score: 0, failed: [] });
    },
  );

  it('does not let 直通车 override the size limits', () => {
    const r = assess(input({ employees: 600, techStaff: 0, direct: { validHnte: true } }));
    expect(r).toMatchObject({ eligible: false, directQualification: true, failed: ['employees_over_limit'] });
  });

  it('lists every reason at once', () => {
    const r = assess(input({ employees: 501, techStaff: 0, seriousIncident: true, ip: { class1: 0, class2: 0 } }));
    expect(r.failed).toEqual(['employees_over_limit', 'serious_incident', 'score_too_low', 'tech_staff_score_zero']);
  });
});
