import { api } from '../../../api/client';
import type {
  AnnualData, AnnualFigures, AnnualRevision, AuditEntry, Batch, BatchDetail, BatchEntry, Candidate, EnterpriseDetail, EnterpriseFilter, EnterpriseRow,
  FunnelStage, Page, Reminder, Tier,
} from './types';

type Query = Record<string, string | number | undefined>;
export type ListQuery = EnterpriseFilter & { page: number; pageSize: number; sort?: 'name' | 'founded' | 'updated'; order?: 'asc' | 'desc' };

export const enterpriseBase = '/api/v1/enterprises';
const one = (id: string) => `${enterpriseBase}/${id}`;
const batchBase = `${enterpriseBase}/batches`;

export const enterpriseKeys = {
  all: ['enterprises'] as const,
  list: (q: ListQuery) => ['enterprises', 'list', q] as const,
  detail: (id: string) => ['enterprises', 'detail', id] as const,
  sub: (id: string, what: string, q?: Query) => ['enterprises', 'detail', id, what, q ?? {}] as const,
  batches: (q: Query) => ['enterprises', 'batches', q] as const,
  batch: (id: string) => ['enterprises', 'batch', id] as const,
  batchEntries: (id: string, q: Query) => ['enterprises', 'batch', id, 'entries', q] as const,
  candidates: (q: Query) => ['enterprises', 'candidates', q] as const,
  reminders: (q: Query) => ['enterprises', 'reminders', q] as const,
};

export const enterprisesApi = {
  list: (q: ListQuery) => api.get<Page<EnterpriseRow>>(enterpriseBase, q),
  detail: (id: string) => api.get<EnterpriseDetail>(one(id)),
  create: (body: Record<string, unknown>) => api.post<EnterpriseDetail>(enterpriseBase, body),
  update: (id: string, body: Record<string, unknown>) => api.patch<EnterpriseDetail>(one(id), body),
  revealPhone: (id: string) => api.post<{ phone: string | null }>(`${one(id)}/reveal-phone`),
  auditTrail: (id: string, q: Query) => api.get<Page<AuditEntry>>(`${one(id)}/audit-trail`, q),
  annual: (id: string) => api.get<{ items: AnnualData[] }>(`${one(id)}/annual-data`),
  saveAnnual: (id: string, year: number, body: AnnualFigures & { version?: number }) => api.put<AnnualData>(`${one(id)}/annual-data/${year}`, body),
  revisions: (id: string, year: number) => api.get<{ items: AnnualRevision[] }>(`${one(id)}/annual-data/${year}/revisions`),
  tiers: (id: string) => api.get<{ items: Tier[] }>(`${one(id)}/tiers`),
  addTier: (id: string, body: Record<string, unknown>) => api.post<Tier>(`${one(id)}/tiers`, body),
  endTier: (id: string, tierId: string, body: { outcome: 'superseded' | 'revoked'; reason: string }) => api.post<Tier>(`${one(id)}/tiers/${tierId}/end`, body),
  fileReport: (id: string, body: { reportYear: number; filedOn: string }) => api.post<void>(`${one(id)}/hnte-reports`, body),
  moveFunnel: (id: string, body: { to: FunnelStage | null; reason: string; version: number }) => api.post<EnterpriseDetail>(`${one(id)}/funnel-moves`, body),
  reminders: (q: Query) => api.get<Page<Reminder>>(`${enterpriseBase}/reminders`, q),
  candidates: (q: Query) => api.get<Page<Candidate>>(`${enterpriseBase}/candidates`, q),
  batches: (q: Query) => api.get<Page<Batch>>(batchBase, q),
  batch: (id: string) => api.get<BatchDetail>(`${batchBase}/${id}`),
  createBatch: (body: Record<string, unknown>) => api.post<BatchDetail>(batchBase, body),
  deleteBatch: (id: string) => api.delete<void>(`${batchBase}/${id}`),
  advanceBatch: (id: string, body: { version: number; to: string }) => api.post<BatchDetail>(`${batchBase}/${id}/advance`, body),
  batchEntries: (id: string, q: Query) => api.get<Page<BatchEntry>>(`${batchBase}/${id}/entries`, q),
  addEntry: (id: string, enterpriseId: string) => api.post<BatchEntry>(`${batchBase}/${id}/entries`, { enterpriseId }),
  removeEntry: (id: string, entryId: string) => api.delete<void>(`${batchBase}/${id}/entries/${entryId}`),
  setOutcome: (id: string, entryId: string, body: Record<string, unknown>) => api.post<BatchEntry>(`${batchBase}/${id}/entries/${entryId}/outcome`, body),
};
