import { isoOf, yearOf } from './dates';

/**
 * 高企年度发展情况报表 (domain rules §1.5): each year by 31 May, covering the previous year. A
 * certificate issued in year N is reported for N, N+1 and N+2 (the three years it covers), due
 * 31 May of N+1, N+2 and N+3. Not filing for 2 years in total (累计2年) may cancel the qualification.
 */
export const reportDueMonthDay = { month: 5, day: 31 } as const;
export const missedReportsFlagAt = 2;

export const reportDueOn = (reportYear: number) => isoOf(reportYear + 1, reportDueMonthDay.month, reportDueMonthDay.day);

export function reportYearsOf(issuedOn: string): number[] {
  const first = yearOf(issuedOn);
  return [first, first + 1, first + 2];
}

export type ReportState = 'filed' | 'late' | 'missed' | 'due' | 'upcoming';

export interface ReportYearStatus {
  reportYear: number;
  dueOn: string;
  filedOn: string | null;
  state: ReportState;
}

/**
 * State of one report year on `asOf`: filed on time, filed late (still counts as filed), missed
 * (due date passed, nothing filed), due (the filing window — 1 January to 31 May — is open) or
 * upcoming (the year being reported is not over yet).
 */
export function reportState(reportYear: number, filedOn: string | null, asOf: string): ReportState {
  const dueOn = reportDueOn(reportYear);
  if (filedOn) return filedOn <= dueOn ? 'filed' : 'late';
  if (asOf > dueOn) return 'missed';
  return asOf >= isoOf(reportYear + 1, 1, 1) ? 'due' : 'upcoming';
}

export interface ReportSummary {
  years: ReportYearStatus[];
  missed: number;
  flagged: boolean;
}

/** Report years of one certificate with their states; `filed` maps report year → filing date. */
export function summariseReports(issuedOn: string, filed: ReadonlyMap<number, string>, asOf: string): ReportSummary {
  const years = reportYearsOf(issuedOn).map((reportYear) => {
    const filedOn = filed.get(reportYear) ?? null;
    return { reportYear, dueOn: reportDueOn(reportYear), filedOn, state: reportState(reportYear, filedOn, asOf) };
  });
  const missed = years.filter((y) => y.state === 'missed').length;
  return { years, missed, flagged: missed >= missedReportsFlagAt };
}
