import type { DiagnosisResult } from '../../../../../domain/diagnosis';
import type { AnnualFigures } from '../../../../../domain/enterprise/annual';
import type { BatchStatus, EntryOutcome } from '../../../../../domain/enterprise/batches';
import type { BatchKind, FunnelStage, TierKind, TierState, TierStatus } from '../../../../../domain/enterprise/codes';
import type { ReminderKind } from '../../../../../domain/enterprise/reminders';

export type { Page } from '../../../api/types';
export type { AnnualFigures, BatchKind, BatchStatus, EntryOutcome, FunnelStage, ReminderKind, TierKind };

export interface UserRef { id: string; name: string }
interface Named { code: string; name: string }

export interface EnterpriseRow {
  id: string; uscc: string; name: string; regionCode: string; regionName: string; county: Named; town: Named | null;
  industryCode: string | null; industryName: string | null; hnteFieldCode: string | null; hnteFieldName: string | null;
  foundedOn: string | null; funnelStage: FunnelStage | null; funnelStageLabel: string; tiers: TierKind[]; tags: string[];
  cadre: UserRef | null; isDemo: boolean; version: number; updatedAt: string;
}

export interface Tier {
  id: string; kind: TierKind; kindLabel: string; number: string | null; year: number | null; issuedOn: string | null;
  validFrom: string; validUntil: string | null; status: TierStatus; state: TierState; stateLabel: string;
  sourceBatchId: string | null; note: string | null; endedReason: string | null; createdAt: string;
}

export interface AnnualData extends AnnualFigures { year: number; enteredBy: UserRef | null; version: number; updatedAt: string }

export interface AnnualRevision { revision: number; figures: AnnualFigures; source: 'manual' | 'import' | 'seed'; enteredBy: UserRef | null; enteredAt: string }

export interface ReportYear { reportYear: number; dueOn: string; filedOn: string | null; state: 'filed' | 'late' | 'missed' | 'due' | 'upcoming'; certificateNumber: string | null }

export interface Diagnosis {
  status: 'ok' | 'insufficient'; asOf: string; years: number[]; missing: string[]; assumptions: string[]; result: DiagnosisResult | null;
}

export interface Reminder {
  kind: ReminderKind; kindLabel: string; enterpriseId: string; enterpriseName: string; dueOn: string | null;
  message: string; severity: 'info' | 'warning' | 'danger';
}

export interface FunnelMove {
  id: string; from: FunnelStage | null; to: FunnelStage | null; fromLabel: string; toLabel: string; reason: string; by: UserRef | null; at: string;
}

export interface BatchEntryRef { batchId: string; batchName: string; kind: BatchKind; year: number; outcome: EntryOutcome; outcomeLabel: string; updatedAt: string }

export interface EnterpriseDetail extends EnterpriseRow {
  address: string | null; legalRep: string | null; contactName: string | null; phoneMasked: string | null; organisationId: string | null;
  industry: { code: string; name: string; sectionCode: string; sectionName: string } | null; hnteFieldPath: string[];
  currentTiers: Tier[]; tierHistory: Tier[]; latestAnnual: AnnualData | null; annualYears: number[];
  hnteReports: { certificateNumber: string | null; years: ReportYear[]; missed: number; flagged: boolean } | null;
  diagnosis: Diagnosis; reminders: Reminder[]; funnelHistory: FunnelMove[]; batchEntries: BatchEntryRef[];
  abilities: { update: boolean; updateProfile: boolean; editAnnualData: boolean; manageTiers: boolean; fileHnteReport: boolean; moveFunnel: boolean; revealPhone: boolean };
}

export interface AuditEntry { id: number; at: string; username: string | null; action: string; details: Record<string, unknown> }

export interface Candidate {
  enterprise: EnterpriseRow; target: 'hnte' | 'tech_sme'; verdict: 'eligible' | 'possible'; score: { min: number; max: number } | number; years: number[];
}

export interface Batch {
  id: string; kind: BatchKind; kindLabel: string; year: number; name: string; status: BatchStatus; statusLabel: string; regionCode: string;
  notes: string | null; entryCount: number; outcomeCounts: Record<string, number>; version: number; createdAt: string;
}

export interface BatchEntry {
  id: string; enterprise: { id: string; name: string; uscc: string }; outcome: EntryOutcome; outcomeLabel: string;
  reason: string | null; tierId: string | null; updatedAt: string;
}

export interface BatchDetail extends Batch { abilities: { update: boolean; advance: boolean; addEntries: boolean } }

/** Filters of the enterprise list (and of its Excel export). */
export type EnterpriseFilter = {
  q?: string; regionCode?: string; tier?: TierKind; stage?: FunnelStage | 'none'; industry?: string; field?: string; tag?: string; cadre?: string;
};
