import { describe, expect, it } from 'vitest';
import { checkDiagnosisInput, diagnose, policiesFor } from './diagnosis';
import { hnteConditionLabels, hnteScoreItemLabels, techSmeFailedLabels } from './diagnosis-labels';
import { hnteConditionCodes } from './hnte';
import { pickPolicy } from './policy/types';
import { techSmeFailedCodes } from './tech-sme';
import { input, issueExample, year } from './testing/diagnosis-fixture';

describe('diagnose', () => {
  it('answers the issue example: 科小 eligible at 78, 高企 conditions met but at most 68 points', () => {
    const r = diagnose(issueExample);
    expect(r.techSme).toMatchObject({ eligible: true, score: 78, scores: { techStaff: 8, rd: 40, ip: 30 }, failed: [] });
    expect(r.hnte).toMatchObject({ conditionsMet: true, score: { min: 21, max: 68 }, verdict: 'ineligible' });
  });

  it('calls a strong three-year enterprise "possible": only the experts can lift it to 71', () => {
    const r = diagnose(input({
      direct: { ledStandard: true },
      years: [
        { salesRevenue: '10000000.00', netAssets: '1000000.00', conversions: 5 },
        { salesRevenue: '13500000.00', netAssets: '1350000.00', conversions: 5 },
        { salesRevenue: '18225000.00', netAssets: '1822500.00', conversions: 5, rdExpense: '1000000.00', rdExpenseDomestic: '1000000.00' },
      ],
    }));
    expect(r.hnte).toMatchObject({ conditionsMet: true, score: { min: 52, max: 100 }, verdict: 'possible' });
  });

  it('sorts years and keeps the last three, so stored data can be passed as is', () => {
    const rows = [year(2025, { conversions: 5 }), year(2021, { conversions: 0 }), year(2023, { conversions: 5 }), year(2024, { conversions: 5 })];
    const r = diagnose({ ...issueExample, years: rows });
    expect(r.hnte.score.items.conversion.value).toBe('年均 5.00 项');
    expect(r.hnte.conditions.find((c) => c.code === 'rd_expense_ratio')?.value).toContain('2023–2025 年合计');
  });

  it('does not change the caller\'s input', () => {
    const rows = [year(2024), year(2023)];
    diagnose({ ...issueExample, years: rows });
    expect(rows.map((y) => y.year)).toEqual([2024, 2023]);
  });
});

describe('policy versions', () => {
  it('picks the versions in force on the assessment date', () => {
    const p = policiesFor('2026-06-30');
    expect([p.hnte.id, p.techSme.id]).toEqual(['hnte-2016', 'tech-sme-2022']);
  });

  it('picks the latest version that has started, and the earliest for dates before all', () => {
    const versions = [
      { id: 'a', title: '', basis: '', effectiveFrom: '2016-01-01', effectiveTo: '2023-12-31' },
      { id: 'b', title: '', basis: '', effectiveFrom: '2024-01-01', effectiveTo: null },
    ];
    expect(pickPolicy(versions, '2023-12-31').id).toBe('a');
    expect(pickPolicy(versions, '2024-01-01').id).toBe('b');
    expect(pickPolicy(versions, '2010-05-01').id).toBe('a');
  });
});

describe('checkDiagnosisInput', () => {
  it('accepts the issue example', () => {
    expect(checkDiagnosisInput(issueExample)).toEqual([]);
  });

  it('requires consecutive, increasing years', () => {
    expect(checkDiagnosisInput({ ...issueExample, years: [year(2022), year(2024)] })).toEqual([
      { field: 'years.1.year', message: '第 2 年（2024 年）：年度须从早到晚连续填写（应为 2023 年）' },
    ]);
    expect(checkDiagnosisInput({ ...issueExample, years: [year(2024), year(2023)] })[0]?.field).toBe('years.1.year');
    expect(checkDiagnosisInput({ ...issueExample, years: [year(2023), year(2023)] })[0]?.field).toBe('years.1.year');
  });

  it('requires 1–3 years', () => {
    expect(checkDiagnosisInput({ ...issueExample, years: [] })).toEqual([{ field: 'years', message: '请填写最近 1–3 个完整会计年度' }]);
    const four = [year(2021), year(2022), year(2023), year(2024)];
    expect(checkDiagnosisInput({ ...issueExample, years: four }).map((i) => i.field)).toEqual(['years']);
  });

  it('requires completed fiscal years after founding', () => {
    expect(checkDiagnosisInput({ ...issueExample, years: [year(2026)] })).toEqual([
      { field: 'years.0.year', message: '第 1 年（2026 年）：须为评价日期之前已结束的会计年度' },
    ]);
    expect(checkDiagnosisInput({ ...issueExample, years: [year(2020)] })[0]).toMatchObject({ field: 'years.0.year', message: '第 1 年（2020 年）：早于成立年份' });
  });

  it('rejects impossible combinations and names each field', () => {
    const bad = input({
      foundedOn: '2026-07-01',
      employees: 10,
      techStaff: 11,
      years: [{ rdExpense: '100.00', rdExpenseDomestic: '100.01', totalIncome: '5', highTechIncome: '5.01', totalAssets: '9', netAssets: '10' }],
    });
    expect(checkDiagnosisInput(bad).map((i) => i.field)).toEqual([
      'foundedOn', 'techStaff', 'years.0.year', 'years.0.rdExpenseDomestic', 'years.0.highTechIncome', 'years.0.netAssets',
    ]);
  });

  it('allows equal amounts (all R&D domestic, all income high-tech, no debt)', () => {
    expect(checkDiagnosisInput(input({ techStaff: 80, years: [{ rdExpenseDomestic: '700000.00', highTechIncome: '12500000', netAssets: '9000000.00' }] }))).toEqual([]);
  });
});

describe('labels', () => {
  it('exist in Chinese for every code the diagnosis can return', () => {
    for (const code of hnteConditionCodes) expect(hnteConditionLabels[code]).toMatch(/[\u4e00-\u9fff]/);
    for (const code of techSmeFailedCodes) expect(techSmeFailedLabels[code]).toMatch(/[\u4e00-\u9fff]/);
    for (const code of Object.keys(diagnose(issueExample).hnte.score.items)) {
      expect(hnteScoreItemLabels[code as keyof typeof hnteScoreItemLabels]).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
