import type { DiagnosisInput, YearFigures } from '../diagnosis-input';
import { diagnosisExample } from '../diagnosis-example';

/** The example of issue 3: one fiscal year, passes every 高企 condition and scores 78 as 科小. */
export const issueExample: DiagnosisInput = diagnosisExample;

export function year(y: number, overrides: Partial<YearFigures> = {}): YearFigures {
  return { ...issueExample.years[0]!, year: y, ...overrides };
}

type Overrides = Partial<Omit<DiagnosisInput, 'years' | 'ip' | 'direct'>> & {
  ip?: Partial<DiagnosisInput['ip']>;
  direct?: Partial<DiagnosisInput['direct']>;
};

/**
 * The issue example with overrides. `years` are partial rows on top of the 2023 row, numbered
 * so the last one is 2025.
 */
export function input(overrides: Overrides & { years?: Partial<YearFigures>[] } = {}): DiagnosisInput {
  const { years, ...rest } = overrides;
  const base = issueExample.years[0]!;
  const rows = years
    ? years.map((row, i) => ({ ...base, year: 2025 - years.length + 1 + i, ...row }))
    : issueExample.years;
  return { ...issueExample, ...rest, years: rows, ip: { ...issueExample.ip, ...rest.ip }, direct: { ...issueExample.direct, ...rest.direct } };
}

/** Latest-year-only tweak of the issue example. */
export const withYear = (row: Partial<YearFigures>, rest: Overrides = {}) => input({ ...rest, years: [row] });
