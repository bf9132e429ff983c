import { api } from '../../../api/client';
import type { Page } from '../../../api/types';
import type {
  AssignmentRow, CommissionerRow, CoverageReport, LogInput, LogRow, NeedAction, NeedDetail, NeedRow, SheetDetail, SheetRow, SummaryPage,
} from './types';

type Query = Record<string, string | number | boolean | undefined>;

/** Query keys: invalidate `commissionerKeys.all` after any write of this line. */
export const commissionerKeys = {
  all: ['commissioners'] as const,
  roster: (q: Query) => ['commissioners', 'roster', q] as const,
  one: (id: string) => ['commissioners', 'one', id] as const,
  assignments: (q: Query) => ['commissioners', 'assignments', q] as const,
  logs: (q: Query) => ['commissioners', 'logs', q] as const,
  summary: (q: Query) => ['commissioners', 'summary', q] as const,
  coverage: (q: Query) => ['commissioners', 'coverage', q] as const,
  needs: (q: Query) => ['commissioners', 'needs', q] as const,
  need: (id: string) => ['commissioners', 'need', id] as const,
  sheets: ['commissioners', 'sheets'] as const,
  sheet: (id: string) => ['commissioners', 'sheet', id] as const,
  history: (id: string) => ['commissioners', 'history', id] as const,
};

export const commissionersApi = {
  roster: (q: Query) => api.get<Page<CommissionerRow>>('/api/v1/commissioners', q),
  one: (id: string) => api.get<CommissionerRow>(`/api/v1/commissioners/${id}`),
  create: (body: Record<string, unknown>) => api.post<CommissionerRow>('/api/v1/commissioners', body),
  update: (id: string, body: Record<string, unknown>) => api.patch<CommissionerRow>(`/api/v1/commissioners/${id}`, body),
  exit: (id: string, body: { version: number; exitedOn: string; reason: string }) => api.post<CommissionerRow>(`/api/v1/commissioners/${id}/exit`, body),
  revealPhone: (id: string) => api.post<{ phone: string | null }>(`/api/v1/commissioners/${id}/reveal-phone`).then((r) => r.phone ?? ''),
  assignments: (q: Query) => api.get<Page<AssignmentRow>>('/api/v1/commissioner-assignments', q),
  assign: (body: Record<string, unknown>) => api.post<AssignmentRow>('/api/v1/commissioner-assignments', body),
  updateAssignment: (id: string, body: Record<string, unknown>) => api.patch<AssignmentRow>(`/api/v1/commissioner-assignments/${id}`, body),
  logs: (q: Query) => api.get<Page<LogRow>>('/api/v1/service-logs', q),
  createLog: (body: LogInput) => api.post<LogRow>('/api/v1/service-logs', body),
  uploadPhoto: (body: { name: string; mime: string; dataBase64: string }) => api.post<{ id: string; sha256: string }>('/api/v1/service-logs/photos', body),
  summary: (q: Query) => api.get<SummaryPage>('/api/v1/service-logs/summary', q),
  coverage: (q: Query) => api.get<CoverageReport>('/api/v1/coverage', q),
  needs: (q: Query) => api.get<Page<NeedRow>>('/api/v1/needs', q),
  need: (id: string) => api.get<NeedDetail>(`/api/v1/needs/${id}`),
  createNeed: (body: Record<string, unknown>) => api.post<NeedDetail>('/api/v1/needs', body),
  transition: (id: string, body: { version: number; action: NeedAction; commissionerId?: string; note?: string; satisfaction?: number }) =>
    api.post<NeedDetail>(`/api/v1/needs/${id}/transitions`, body),
  suggestions: (id: string) => api.get<{ items: Array<{ id: string; name: string; score: number; reasons: string[] }> }>(`/api/v1/needs/${id}/suggestions`),
  sheets: () => api.get<{ items: SheetRow[] }>('/api/v1/appraisals'),
  sheet: (id: string) => api.get<SheetDetail>(`/api/v1/appraisals/${id}`),
  createSheet: (year: number) => api.post<SheetRow>('/api/v1/appraisals', { year }),
  compute: (id: string) => api.post<SheetDetail>(`/api/v1/appraisals/${id}/compute`),
  saveInput: (id: string, commissionerId: string, body: { manual: Record<string, string>; materialsSubmitted: boolean }) =>
    api.put<SheetDetail>(`/api/v1/appraisals/${id}/inputs/${commissionerId}`, body),
  publish: (id: string, version: number) => api.post<SheetDetail>(`/api/v1/appraisals/${id}/publish`, { version }),
  history: (commissionerId: string) =>
    api.get<{ items: Array<{ sheetId: string; year: number; status: string; total: string; grade: string; gradeLabel: string; rank: number }> }>('/api/v1/appraisals/history', { commissionerId }),
};
