import type { Grade } from '../../../../../domain/commissioners/appraisal-config';
import type { SummaryMetric } from '../../../../../domain/commissioners/log-summary';
import type { NeedAction, NeedStatus } from '../../../../../domain/commissioners/needs';
import type { Page } from '../../../api/types';
import type { AgreementStatus, CommissionerForm, CommissionerLevel, CommissionerStatus, ServiceType } from '../../../../../domain/commissioners/vocabulary';

export type { Grade, NeedAction, NeedStatus };

export interface CommissionerRow {
  id: string; regionCode: string; code: string; name: string;
  form: CommissionerForm; formLabel: string; level: CommissionerLevel; levelLabel: string; gender: 'male' | 'female' | null;
  field: string; speciality: string | null; workUnit: string; title: string | null; isStudent: boolean; phoneMasked: string | null;
  user: { id: string; username: string } | null; status: CommissionerStatus; statusLabel: string; round: { id: string; name: string } | null;
  selectedOn: string | null; exitedOn: string | null; exitReason: string | null; teams: string[]; activeVillages: number; activeAssignments: number;
  isDemo: boolean; version: number;
}

export interface AssignmentRow {
  id: string; commissioner: { id: string; code: string; name: string; field: string }; targetKind: 'village' | 'enterprise' | 'cooperative';
  targetKindLabel: string; villageCode: string | null; townName: string | null; organisationId: string | null; targetName: string;
  startsOn: string; endsOn: string | null; active: boolean; needs: string | null; agreement: { id: string; status: AgreementStatus } | null; isDemo: boolean; version: number;
}

export interface LogRow {
  id: string; commissioner: { id: string; code: string; name: string }; serviceDate: string; villageCode: string | null; villageName: string | null;
  place: string; type: ServiceType; typeLabel: string; content: string; beneficiaries: number; trained: number; varieties: number; technologies: number;
  problemsSolved: number; photoFileIds: string[]; clientDraftId: string | null; createdAt: string; isDemo: boolean; version: number;
}

export interface LogInput {
  commissionerId?: string; clientDraftId?: string; serviceDate: string; villageCode?: string | null; place: string; type: ServiceType; content: string;
  beneficiaries: number; trained: number; varieties: number; technologies: number; problemsSolved: number; photoFileIds: string[];
}

export interface SummaryRow {
  commissionerId: string; code: string; name: string; level: string; status: string; serviceDays: number; services: number; onsiteVisits: number;
  villagesServed: number; trainings: number; trainedPeople: number; beneficiaries: number; varieties: number; technologies: number; problemsSolved: number;
  firstDate: string | null; lastDate: string | null;
}
/** One page of summaries; `totals` sum every commissioner of the year in scope, not just the page. */
export interface SummaryPage extends Page<SummaryRow> { year: number; totals: Record<string, number> }
export type SummarySort = 'code' | SummaryMetric | 'lastDate';

export interface Person { id: string; code: string; name: string }
interface CoverageShare { covered: number; total: number; percent: string | null; uncovered: number }
/** level county: a county or town with its villages and the 1:1 lists; area: a city or province, one row per county, counts only. */
export interface CoverageReport {
  date: string; regionCode: string; regionName: string; level: 'county' | 'area';
  totals: CoverageShare & { commissioners: number; excludedCommunities: number };
  counties: Array<CoverageShare & { regionCode: string; regionName: string; shared: number; commissioners: number; excludedCommunities: number }>;
  towns: Array<CoverageShare & { townCode: string; townName: string; shared: number; commissioners: number }>;
  oneToOne: {
    allCovered: boolean; strict: boolean;
    counts: { uncoveredVillages: number; sharedVillages: number; commissionersWithoutVillage: number; commissionersWithSeveral: number };
    uncoveredVillages: Array<{ code: string; name: string; townName: string }>;
    sharedVillages: Array<{ code: string; name: string; townName: string; commissioners: Person[] }>;
    commissionersWithoutVillage: Person[];
    commissionersWithSeveral: Array<Person & { count: number }>;
  };
  villages: Array<{ code: string; name: string; townCode: string; commissioners: string[] }>;
}

export interface NeedRow {
  id: string; title: string; description: string; field: string | null; requesterKind: 'village' | 'enterprise' | 'cooperative'; requesterKindLabel: string;
  villageCode: string | null; villageName: string | null; organisationId: string | null; requesterName: string; contactName: string | null;
  contactPhoneMasked: string | null; status: NeedStatus; statusLabel: string; commissioner: Person | null; resolution: string | null;
  satisfaction: number | null; feedback: string | null; raisedAt: string; dispatchedAt: string | null; solvedAt: string | null; closedAt: string | null;
  actions: NeedAction[]; isDemo: boolean; version: number;
}
export interface NeedEvent { id: number; action: string; actionLabel: string; fromStatus: NeedStatus | null; toStatus: NeedStatus; commissionerName: string | null; note: string | null; username: string | null; at: string }
export type NeedDetail = NeedRow & { events: NeedEvent[] };

export interface ItemScore { key: string; label: string; kind: 'computed' | 'manual'; points: string; weight: string; actual: number | null }
export type AppraisalItem = { key: string; label: string; weight: string; kind: 'computed'; metric: string; target: number } | { key: string; label: string; weight: string; kind: 'manual' };
export interface AppraisalConfig {
  effectiveYear: number; items: AppraisalItem[]; bands: { excellent: string; good: string; pass: string };
  caps: { excellent?: string | null; good?: string | null };
  rules: { minDaysForGood: number | null; minDaysForPass: number | null; materialsRequired: boolean };
}
export interface SheetRow {
  id: string; year: number; name: string; status: 'draft' | 'published'; config: AppraisalConfig; computedAt: string | null; publishedAt: string | null;
  appraised: number; counts: Record<Grade, number>; isDemo: boolean; version: number;
}
export interface ResultRow {
  commissioner: { id: string; code: string; name: string; level: string }; summary: Record<string, number | string | null>; items: ItemScore[];
  total: string; baseGrade: Grade; grade: Grade; gradeLabel: string; rank: number; position: number; reasons: string[];
  manual: Record<string, string>; materialsSubmitted: boolean;
}
export type SheetDetail = SheetRow & { results: ResultRow[] };
