import { api } from '../../../api/client';
import type { Page } from '../../../api/types';
import type { AgreementStatus, BaseKind, CommissionerLevel, FundSource, TeamKind } from '../../../../../domain/commissioners/vocabulary';
import type { AppraisalConfig, AssignmentRow, LogRow, SheetRow } from './types';

/** Teams, 选聘 rounds, bases, funds and agreements: the bureau's administration of the line. */
export interface TeamMember { id: string; name: string; code: string; field: string; role: 'technical_head' | 'member' }
export interface Team {
  id: string; name: string; kind: TeamKind; kindLabel: string; level: CommissionerLevel; levelLabel: string; field: string; leadUnit: string | null;
  adminHead: string | null; formedOn: string | null; members: TeamMember[]; isDemo: boolean; version: number;
}
export interface TeamInput {
  name: string; kind: TeamKind; level: CommissionerLevel; field: string; leadUnit?: string | null; adminHead?: string | null; formedOn?: string | null;
  members: Array<{ commissionerId: string; role: 'technical_head' | 'member' }>;
}
export interface Round { id: string; year: number; name: string; status: 'open' | 'closed'; quota: number | null; decidedOn: string | null; selected: number; isDemo: boolean }
export interface Base {
  id: string; name: string; kind: BaseKind; kindLabel: string; level: CommissionerLevel | null; villageCode: string; villageName: string;
  commissionerName: string | null; teamName: string | null; industry: string | null; establishedOn: string | null; notes: string | null; isDemo: boolean;
}
export interface Fund {
  id: string; year: number; commissioner: { id: string; name: string } | null; team: { id: string; name: string } | null; project: string;
  source: FundSource; sourceLabel: string; amount: string; disbursedOn: string | null; purpose: string | null; isDemo: boolean;
}
export interface Agreement {
  id: string; assignmentId: string; commissioner: { id: string; code: string; name: string }; code: string | null; bureauParty: string; targetParty: string;
  terms: string; signedOn: string | null; startsOn: string; endsOn: string; status: AgreementStatus; statusLabel: string;
  attachment: { id: string; name: string; sha256: string } | null; isDemo: boolean; version: number;
}

export const adminKeys = {
  teams: ['commissioners', 'teams'] as const,
  rounds: ['commissioners', 'rounds'] as const,
  bases: ['commissioners', 'bases'] as const,
  funds: (q: Record<string, unknown>) => ['commissioners', 'funds', q] as const,
  fundSums: ['commissioners', 'fund-sums'] as const,
  agreement: (id: string) => ['commissioners', 'agreement', id] as const,
};

export const adminApi = {
  teams: () => api.get<{ items: Team[] }>('/api/v1/commissioner-teams'),
  team: (id: string) => api.get<Team>(`/api/v1/commissioner-teams/${id}`),
  createTeam: (body: TeamInput) => api.post<Team>('/api/v1/commissioner-teams', body),
  updateTeam: (id: string, body: TeamInput & { version: number }) => api.patch<Team>(`/api/v1/commissioner-teams/${id}`, body),
  rounds: () => api.get<{ items: Round[] }>('/api/v1/commissioner-rounds'),
  createRound: (body: { year: number; name: string; quota: number | null }) => api.post<Round>('/api/v1/commissioner-rounds', body),
  select: (id: string, body: { commissionerIds: string[]; selectedOn: string }) => api.post<Round>(`/api/v1/commissioner-rounds/${id}/select`, body),
  closeRound: (id: string, decidedOn: string) => api.post<Round>(`/api/v1/commissioner-rounds/${id}/close`, { decidedOn }),
  bases: () => api.get<{ items: Base[] }>('/api/v1/commissioner-bases'),
  createBase: (body: Record<string, unknown>) => api.post<{ id: string }>('/api/v1/commissioner-bases', body),
  /** A page of funds; `amount` is the exact sum of every matching record, `total` how many there are. */
  funds: (q: { year?: number; commissionerId?: string; page?: number; pageSize?: number }) => api.get<Page<Fund> & { amount: string }>('/api/v1/commissioner-funds', q),
  fundSums: () => api.get<{ items: Array<{ year: number; source: FundSource; amount: string }> }>('/api/v1/commissioner-funds/summary'),
  createFund: (body: Record<string, unknown>) => api.post<{ id: string }>('/api/v1/commissioner-funds', body),
  agreements: (q: { commissionerId?: string; assignmentId?: string }) => api.get<Page<Agreement>>('/api/v1/commissioner-agreements', { ...q, pageSize: 100 }),
  agreement: (id: string) => api.get<Agreement>(`/api/v1/commissioner-agreements/${id}`),
  createAgreement: (body: Record<string, unknown>) => api.post<Agreement>('/api/v1/commissioner-agreements', body),
  updateAgreement: (id: string, body: Record<string, unknown>) => api.patch<Agreement>(`/api/v1/commissioner-agreements/${id}`, body),
  uploadAttachment: (body: { name: string; mime: string; dataBase64: string }) => api.post<{ id: string; sha256: string }>('/api/v1/commissioner-agreements/attachments', body),
  log: (id: string) => api.get<LogRow>(`/api/v1/service-logs/${id}`),
  updateLog: (id: string, body: Record<string, unknown>) => api.patch<LogRow>(`/api/v1/service-logs/${id}`, body),
  deleteLog: (id: string) => api.delete<void>(`/api/v1/service-logs/${id}`),
  assignment: (id: string) => api.get<AssignmentRow>(`/api/v1/commissioner-assignments/${id}`),
  updateSheet: (id: string, body: { version: number; name?: string; config?: AppraisalConfig }) => api.patch<SheetRow>(`/api/v1/appraisals/${id}`, body),
};

export const attachmentUrl = (agreementId: string) => `/api/v1/commissioner-agreements/${agreementId}/attachment`;
export const photoUrl = (logId: string, fileId: string) => `/api/v1/service-logs/${logId}/photos/${fileId}`;
