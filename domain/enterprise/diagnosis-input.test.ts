import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnosis';
import { figures } from '../testing/annual-fixture';
import { candidacies } from './candidates';
import { diagnosisYears, mapStoredToDiagnosis, type StoredYear } from './diagnosis-input';

const y = (year: number, over: Parameters<typeof figures>[0] = {}): StoredYear => ({ year, ...figures(over) });
const profile = { foundedOn: '2018-04-01', industryCode: '35', hnteFieldCode: '80402' };

describe('choosing the fiscal years', () => {
  it('takes the last three consecutive complete years before the assessment year', () => {
    const stored = [y(2021), y(2022), y(2023), y(2024), y(2025), y(2026)];
    expect(diagnosisYears(stored, '2026-06-01', null).map((r) => r.year)).toEqual([2023, 2024, 2025]);
  });

  it('stops at a gap and never goes before the founding year', () => {
    expect(diagnosisYears([y(2022), y(2024), y(2025)], '2026-06-01', null).map((r) => r.year)).toEqual([2024, 2025]);
    expect(diagnosisYears([y(2023), y(2024), y(2025)], '2026-06-01', '2024-03-01').map((r) => r.year)).toEqual([2024, 2025]);
    expect(diagnosisYears([y(2026)], '2026-06-01', null)).toEqual([]);
  });
});

describe('mapping stored data to the diagnosis input', () => {
  it('uses the latest year for staff and IP and states its assumptions', () => {
    const m = mapStoredToDiagnosis(profile, [y(2024), y(2025, { employees: 120, techStaff: 30, ipClass2: 7 })], false, '2026-06-01');
    expect(m.ok).toBe(true);
    if (!m.ok) return;
    expect(m.input).toMatchObject({ employees: 120, techStaff: 30, ip: { class1: 1, class2: 7 }, hasCoreIp: true, inKeyTechField: true, restrictedIndustry: false });
    expect(m.input.years.map((r) => r.year)).toEqual([2024, 2025]);
    expect(m.assumptions.join()).toContain('仅有 2 个');
  });

  it('says when last year is missing and uses the year before', () => {
    const m = mapStoredToDiagnosis(profile, [y(2023), y(2024)], false, '2026-06-01');
    expect(m.ok && m.assumptions[0]).toBe('2025 年度数据尚未填报，按 2024 年度数据评价');
  });

  it('marks industries excluded from the super-deduction as restricted and carries a valid certificate', () => {
    const m = mapStoredToDiagnosis({ ...profile, industryCode: '52', hnteFieldCode: null }, [y(2025)], true, '2026-06-01');
    expect(m.ok && m.input.restrictedIndustry).toBe(true);
    expect(m.ok && m.input.inKeyTechField).toBe(false);
    expect(m.ok && m.input.direct.validHnte).toBe(true);
  });

  it('lists what is missing instead of guessing', () => {
    expect(mapStoredToDiagnosis({ ...profile, foundedOn: null }, [], false, '2026-06-01')).toEqual({ ok: false, years: [], missing: ['成立日期', '2025 年或之前完整会计年度的年度数据'] });
  });

  it('passes cross-field problems on as missing data', () => {
    const m = mapStoredToDiagnosis({ ...profile, foundedOn: '2025-08-01' }, [y(2025)], false, '2025-12-01');
    expect(m.ok).toBe(false);
  });
});

describe('发现一批', () => {
  // Sales and net assets growing about 30% a year, R&D 7.5% of sales, 65% high-tech income.
  const strong = [
    y(2023, { salesRevenue: '18000000.00', totalIncome: '19000000.00', highTechIncome: '12350000.00', netAssets: '15000000.00' }),
    y(2024, { salesRevenue: '24000000.00', totalIncome: '25000000.00', highTechIncome: '16250000.00', netAssets: '20000000.00' }),
    y(2025),
  ];
  const run = (hasValidHnte: boolean) => {
    const m = mapStoredToDiagnosis(profile, strong, hasValidHnte, '2026-06-01');
    if (!m.ok) throw new Error('mapping failed');
    return diagnose(m.input);
  };

  it('lists a strong enterprise for both tiers when it holds neither', () => {
    const c = candidacies(run(false), { validHnte: false, techSmeThisYear: false });
    expect(c.map((x) => x.target)).toEqual(['hnte', 'tech_sme']);
    expect(c[0]).toMatchObject({ verdict: expect.stringMatching(/eligible|possible/) });
  });

  it('leaves out the tiers already held', () => {
    expect(candidacies(run(true), { validHnte: true, techSmeThisYear: false }).map((x) => x.target)).toEqual(['tech_sme']);
    expect(candidacies(run(true), { validHnte: true, techSmeThisYear: true })).toEqual([]);
  });

  it('leaves out an enterprise far from both', () => {
    const weak = [y(2025, { techStaff: 2, rdExpense: '10000.00', rdExpenseDomestic: '10000.00', highTechIncome: '0.00', ipClass1: 0, ipClass2: 0 })];
    const m = mapStoredToDiagnosis(profile, weak, false, '2026-06-01');
    expect(m.ok && candidacies(diagnose(m.input), { validHnte: false, techSmeThisYear: false })).toEqual([]);
  });
});
