import type { ProjectEvent } from '../../../../../domain/projects/events';
import type { ProjectState, ProjectTrack } from '../../../../../domain/projects/states';

export interface Page<T> { items: T[]; total: number; page: number; pageSize: number }

/** Money of 经费汇总, in 元 with two decimals. */
export interface FundsSums {
  projects: number; requested: string; approved: string; disbursed: string; bySource: Record<'county' | 'city_match' | 'province_match', string>;
  budget: string | null; remaining: string | null;
}
export interface FundsRow extends FundsSums { programmeId: string; programmeName: string; regionCode: string; regionName: string; year: number }
export type FundsSummary = Page<FundsRow> & { totals: FundsSums };

export interface Programme {
  id: string; regionCode: string; name: string; level: 'county' | 'city' | 'province' | 'national'; levelLabel: string;
  track: ProjectTrack; trackLabel: string; description: string | null; active: boolean; version: number; abilities: { update: boolean };
}

export interface ScoreSheet { items: { code: string; title: string; weight: number; description?: string }[]; commentBelow: number; spreadLimit: number }
export interface DrawRule { perApplication: number; minFinancial: number; minTechnicalPercent: number }

export interface Call {
  id: string; programme: { id: string; name: string; level: string; track: ProjectTrack }; regionCode: string; year: number; title: string;
  description: string | null; opensAt: string; closesAt: string; windowState: 'not_open' | 'open' | 'closed'; budget: string;
  maxFiscalPerProject: string | null; minSelfToFiscal: string | null; maxMonths: number | null; requireInRegion: boolean; requireHnte: boolean;
  requireTechSme: boolean; requiredAttachments: { kind: string; label: string }[]; scoreSheet: ScoreSheet; drawRule: DrawRule;
  applications: number; version: number; abilities: { update: boolean; apply: boolean; draw: boolean };
}

export interface BudgetLine { category: 'equipment' | 'business' | 'labour' | 'indirect'; source: 'fiscal' | 'self'; amount: string }

export interface Content {
  title: string; field: string | null; leader: { name: string; title?: string | null; phone?: string | null } | null;
  team: { name: string; role?: string | null; organisation?: string | null }[]; partners: { name: string; organisationId?: string | null }[];
  startOn: string | null; endOn: string | null; budget: BudgetLine[]; goals: string | null; kpis: { name: string; target: string }[];
}

export interface ProjectRow {
  id: string; title: string; state: ProjectState; stateLabel: string; track: ProjectTrack; year: number; call: { id: string; title: string };
  programme: { id: string; name: string }; applicant: { enterpriseId: string; name: string; regionCode: string }; field: string | null;
  fieldLabel: string | null; requestedFiscal: string; approvedAmount: string | null; disbursed: string; projectNo: string | null;
  submittedAt: string | null; updatedAt: string; version: number;
}

export interface Action { event: ProjectEvent; label: string; comment: string | null; blockedReason: string | null }

export interface ProjectDetail extends ProjectRow {
  content: Content;
  applicantInfo: { name: string; uscc: string; regionCode: string; regionName: string | null; address: string | null; legalRep: string | null; isHnte: boolean; isTechSme: boolean; frozen: boolean };
  budgetTotals: { fiscal: string; self: string; total: string };
  requiredAttachments: { kind: string; label: string }[];
  completeness: { field: string; message: string }[];
  publicity: { startsOn: string; endsOn: string } | null;
  fundingWon: string | null;
  enteredByStaff: boolean;
  actions: Action[];
  abilities: { edit: boolean; upload: boolean; disburse: boolean; viewReviews: boolean; recordObjection: boolean; requestChange: boolean; archive: boolean };
}

export interface Library extends Page<ProjectRow> { totals: { count: number; requested: string; approved: string; disbursed: string } }

export interface TimelineItem { id: number; event: string; label: string; fromState: ProjectState | null; toState: ProjectState; actorName: string; comment: string | null; payload: Record<string, unknown>; at: string }

export interface Attachment { id: string; kind: string; kindLabel: string; name: string; mime: string; size: number; sha256: string; uploadedBy: string | null; createdAt: string }

export interface Aggregate { count: number; mean: string | null; trimmedMean: string | null; min: string | null; max: string | null; spread: string | null; spreadFlag: boolean }

export interface Review {
  id: string; status: 'assigned' | 'confirmed' | 'declined' | 'submitted'; statusLabel: string; category: string; position: number;
  project: { id: string; title: string; applicantName: string; field: string | null; callId: string; callTitle: string };
  expert: { id: string; name: string } | null; confirmedAt: string | null; submittedAt: string | null; declineReason: string | null;
  scores: Record<string, string> | null; total: string | null; comment: string | null; scoreSheet: ScoreSheet; version: number;
  abilities: { confirm: boolean; decline: boolean; score: boolean; replace: boolean };
}

export interface DrawDetail {
  id: string; callId: string; kind: 'batch' | 'replacement'; seed: string; createdAt: string; applications: number; assignments: number; exclusions: number;
  algorithm: string; rule: DrawRule; poolSize: number; replayMatches: boolean;
  projects: {
    id: string; title: string; applicantName: string; field: string;
    assignments: { expertId: string; expertName: string; organisationName: string; category: string; categoryLabel: string; position: number }[];
    exclusions: { expertId: string; expertName: string; conflict: boolean; reasons: { reason: string; label: string; note: string }[] }[];
  }[];
}

export interface Disbursements {
  items: { id: string; amount: string; source: 'county' | 'city_match' | 'province_match'; sourceLabel: string; paidOn: string; voucherNo: string; note: string | null; createdAt: string }[];
  approved: string | null; disbursed: string; remaining: string | null; abilities: { create: boolean };
}

export interface Expert {
  id: string; name: string; category: 'technical' | 'financial' | 'management'; categoryLabel: string; fields: string[]; fieldLabels: string[];
  title: string | null; organisation: { id: string | null; name: string }; enterpriseIds: string[]; regionCode: string; phoneMasked: string | null;
  status: 'active' | 'paused' | 'retired'; quota: number; load: number; hasAccount: boolean; conflicts: number; version: number;
  abilities: { update: boolean; revealPhone: boolean };
}

export interface Notification { id: string; kind: string; title: string; body: string | null; link: string | null; readAt: string | null; createdAt: string }

export interface Objection { id: string; receivedOn: string; objector: string; content: string; status: 'open' | 'dismissed' | 'upheld'; resolution: string | null; resolvedAt: string | null }

export interface ChangeRequest {
  id: string; kind: 'extension' | 'budget' | 'termination'; kindLabel: string; reason: string; payload: Record<string, unknown>;
  status: 'pending' | 'approved' | 'rejected'; statusLabel: string; decisionComment: string | null; decidedAt: string | null; createdAt: string;
}
