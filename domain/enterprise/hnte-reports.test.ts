import { describe, expect, it } from 'vitest';
import { reportDueOn, reportState, reportYearsOf, summariseReports } from './hnte-reports';

describe('高企 annual reports', () => {
  it('are due on 31 May of the following year for the issue year and the two after it', () => {
    expect(reportYearsOf('2023-11-30')).toEqual([2023, 2024, 2025]);
    expect(reportDueOn(2023)).toBe('2024-05-31');
  });

  it('are upcoming during the year, due until 31 May inclusive, then missed', () => {
    expect(reportState(2025, null, '2025-12-31')).toBe('upcoming');
    expect(reportState(2025, null, '2026-01-01')).toBe('due');
    expect(reportState(2025, null, '2026-05-31')).toBe('due');
    expect(reportState(2025, null, '2026-06-01')).toBe('missed');
  });

  it('count a filing on the due date as on time and a later one as late but filed', () => {
    expect(reportState(2025, '2026-05-31', '2026-07-01')).toBe('filed');
    expect(reportState(2025, '2026-06-01', '2026-07-01')).toBe('late');
  });

  it('flag the certificate at two missed reports, not one', () => {
    const one = summariseReports('2023-11-30', new Map([[2023, '2024-05-10']]), '2025-06-01');
    expect(one).toMatchObject({ missed: 1, flagged: false });
    const two = summariseReports('2023-11-30', new Map(), '2025-06-01');
    expect(two.missed).toBe(2);
    expect(two.flagged).toBe(true);
    expect(two.years.map((y) => y.state)).toEqual(['missed', 'missed', 'upcoming']);
    const late = summariseReports('2023-11-30', new Map([[2023, '2024-08-01']]), '2025-06-01');
    expect(late).toMatchObject({ missed: 1, flagged: false });
  });
});
