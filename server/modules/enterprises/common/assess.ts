import { diagnose } from '../../../../domain/diagnosis';
import { mapStoredToDiagnosis, type StoredProfile } from '../../../../domain/enterprise/diagnosis-input';
import { missedReportsFlagAt, summariseReports } from '../../../../domain/enterprise/hnte-reports';
import { type ReminderSubject } from '../../../../domain/enterprise/reminders';
import { isValidOn } from '../../../../domain/enterprise/tiers';
import { type AnnualRecord, figuresOf } from '../annual/repo';
import type { TierRecord } from '../tiers/repo';

/** Everything stored about one enterprise that the rules read. */
export interface EnterpriseFacts {
  tiers: TierRecord[];
  reports: Array<{ reportYear: number; filedOn: string }>;
  annual: AnnualRecord[];
}

export const hasValidTier = (tiers: TierRecord[], kind: TierRecord['kind'], asOf: string) =>
  tiers.some((t) => t.kind === kind && isValidOn(t, asOf));

/** 科小 registered for the year of `asOf` (valid or not yet started). */
export const hasTechSmeForYear = (tiers: TierRecord[], year: number) =>
  tiers.some((t) => t.kind === 'tech_sme' && t.status === 'active' && t.year === year);

export function diagnosisOf(profile: StoredProfile, facts: EnterpriseFacts, asOf: string) {
  const stored = facts.annual.map((r) => ({ year: r.year, ...figuresOf(r) }));
  const mapped = mapStoredToDiagnosis(profile, stored, hasValidTier(facts.tiers, 'hnte', asOf), asOf);
  if (!mapped.ok) return { status: 'insufficient' as const, asOf, years: mapped.years, missing: mapped.missing, assumptions: [], result: null };
  return { status: 'ok' as const, asOf, years: mapped.years, missing: [], assumptions: mapped.assumptions, result: diagnose(mapped.input) };
}

/** Report years of the enterprise's active 高企 certificates, the newest certificate winning a shared year. */
export function hnteReportsOf(facts: EnterpriseFacts, asOf: string) {
  const certs = facts.tiers.filter((t) => t.kind === 'hnte' && t.status === 'active' && t.issuedOn)
    .sort((a, b) => b.issuedOn!.localeCompare(a.issuedOn!));
  if (certs.length === 0) return null;
  const filed = new Map(facts.reports.map((r) => [r.reportYear, r.filedOn]));
  const byYear = new Map<number, ReturnType<typeof summariseReports>['years'][number] & { certificateNumber: string | null }>();
  for (const c of certs) {
    for (const y of summariseReports(c.issuedOn!, filed, asOf).years) {
      if (!byYear.has(y.reportYear)) byYear.set(y.reportYear, { ...y, certificateNumber: c.number });
    }
  }
  const years = [...byYear.values()].sort((a, b) => a.reportYear - b.reportYear);
  const missed = years.filter((y) => y.state === 'missed').length;
  return { certificateNumber: certs[0]!.number, years, missed, flagged: missed >= missedReportsFlagAt };
}

export function reminderSubjectOf(e: { id: string; name: string }, facts: Pick<EnterpriseFacts, 'tiers' | 'reports'>): ReminderSubject {
  return {
    enterpriseId: e.id,
    enterpriseName: e.name,
    tiers: facts.tiers,
    reportsFiled: new Map(facts.reports.map((r) => [r.reportYear, r.filedOn])),
  };
}
