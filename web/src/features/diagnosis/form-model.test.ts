import { describe, expect, it } from 'vitest';
import type { DiagnosisInput } from '../../../../domain/diagnosis';
import { diagnosisExample } from '../../../../domain/diagnosis-example';
import { exampleValues, initialValues, namePath, toInput } from './form-model';

describe('self-check form model', () => {
  it('turns API field paths into form name paths', () => {
    expect(namePath('years.1.rdExpenseDomestic')).toEqual(['years', 1, 'rdExpenseDomestic']);
    expect(namePath('techStaff')).toEqual(['techStaff']);
  });

  it('starts with the last three complete years before today', () => {
    expect(initialValues('2026-03-01').years?.map((y) => y.year)).toEqual([2023, 2024, 2025]);
  });

  it('offers the published example as an independent copy', () => {
    const v = exampleValues();
    v.years[0]!.salesRevenue = '1';
    expect(diagnosisExample.years[0]!.salesRevenue).toBe('12000000.00');
  });

  it('fills cleared optional inputs and passes a clean example through unchanged', () => {
    const cleared = { ...exampleValues(), ip: { class1: 1, class2: 0, selfDeveloped: null } } as unknown as DiagnosisInput;
    const { input, issues } = toInput(cleared);
    expect(input.ip.selfDeveloped).toBeUndefined();
    expect(issues).toEqual([]);
    expect(toInput(exampleValues()).input).toEqual(diagnosisExample);
  });

  it('reports the same cross-field problems as the server, by field', () => {
    const v = exampleValues();
    v.techStaff = 81;
    v.years[0]!.year = 2026;
    expect(toInput(v).issues.map((i) => i.field)).toEqual(['techStaff', 'years.0.year']);
  });
});
