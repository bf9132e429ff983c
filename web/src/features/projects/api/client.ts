import { api, buildUrl, readCookie } from '../../../api/client';
import type {
  Aggregate, Attachment, ChangeRequest, Objection, Call, Disbursements, DrawDetail, Expert, FundsSummary, Library, Notification, Page, Programme, ProjectDetail, Review, TimelineItem,
} from './types';

type Query = Record<string, string | number | undefined>;

export const projectKeys = {
  all: ['projects'] as const,
  library: (q: Query) => ['projects', 'library', q] as const,
  detail: (id: string) => ['projects', 'detail', id] as const,
  sub: (id: string, what: string) => ['projects', 'detail', id, what] as const,
  calls: (q: Query) => ['projects', 'calls', q] as const,
  call: (id: string) => ['projects', 'call', id] as const,
  programmes: ['projects', 'programmes'] as const,
  experts: (q: Query) => ['projects', 'experts', q] as const,
  reviews: (q: Query) => ['projects', 'reviews', q] as const,
  draw: (id: string) => ['projects', 'draw', id] as const,
  notifications: ['projects', 'notifications'] as const,
};

export const projectsApi = {
  library: (q: Query) => api.get<Library>('/api/v1/projects', q),
  detail: (id: string) => api.get<ProjectDetail>(`/api/v1/projects/${id}`),
  create: (body: { callId: string; enterpriseId?: string }) => api.post<ProjectDetail>('/api/v1/projects', body),
  save: (id: string, body: Record<string, unknown>) => api.patch<ProjectDetail>(`/api/v1/projects/${id}`, body),
  transition: (id: string, body: Record<string, unknown>) => api.post<ProjectDetail>(`/api/v1/projects/${id}/transitions`, body),
  timeline: (id: string) => api.get<{ items: TimelineItem[] }>(`/api/v1/projects/${id}/timeline`),
  attachments: (id: string) => api.get<{ items: Attachment[] }>(`/api/v1/projects/${id}/attachments`),
  removeAttachment: (id: string, attachmentId: string) => api.delete<void>(`/api/v1/projects/${id}/attachments/${attachmentId}`),
  attachmentUrl: (id: string, attachmentId: string) => `/api/v1/projects/${id}/attachments/${attachmentId}/content`,
  archiveUrl: (id: string) => `/api/v1/projects/${id}/archive`,
  reviews: (id: string) => api.get<{ items: Review[]; aggregate: Aggregate }>(`/api/v1/projects/${id}/reviews`),
  disbursements: (id: string) => api.get<Disbursements>(`/api/v1/projects/${id}/disbursements`),
  disburse: (id: string, body: Record<string, unknown>) => api.post<Disbursements>(`/api/v1/projects/${id}/disbursements`, body),
  objections: (id: string) => api.get<{ items: Objection[] }>(`/api/v1/projects/${id}/objections`),
  addObjection: (id: string, body: Record<string, unknown>) => api.post<{ items: Objection[] }>(`/api/v1/projects/${id}/objections`, body),
  resolveObjection: (id: string, oid: string, body: Record<string, unknown>) => api.post<{ items: Objection[] }>(`/api/v1/projects/${id}/objections/${oid}/resolve`, body),
  changes: (id: string) => api.get<{ items: ChangeRequest[] }>(`/api/v1/projects/${id}/changes`),
  requestChange: (id: string, body: Record<string, unknown>) => api.post<{ items: ChangeRequest[] }>(`/api/v1/projects/${id}/changes`, body),
  decideChange: (id: string, cid: string, body: Record<string, unknown>) => api.post<{ items: ChangeRequest[] }>(`/api/v1/projects/${id}/changes/${cid}/decide`, body),
  programmes: () => api.get<{ items: Programme[] }>('/api/v1/programmes'),
  createProgramme: (body: Record<string, unknown>) => api.post<Programme>('/api/v1/programmes', body),
  calls: (q: Query) => api.get<Page<Call>>('/api/v1/calls', q),
  call: (id: string) => api.get<Call>(`/api/v1/calls/${id}`),
  createCall: (body: Record<string, unknown>) => api.post<Call>('/api/v1/calls', body),
  ranking: (id: string) => api.get<{ items: { rank: number | null; project: { id: string; title: string; applicantName: string; state: string; stateLabel: string; requestedFiscal: string }; aggregate: Aggregate; pending: number }[] }>(`/api/v1/calls/${id}/ranking`),
  draws: (callId: string) => api.get<{ items: Omit<DrawDetail, 'projects' | 'algorithm' | 'rule' | 'poolSize' | 'replayMatches'>[] }>('/api/v1/review-draws', { callId, pageSize: 200 }),
  draw: (id: string) => api.get<DrawDetail>(`/api/v1/review-draws/${id}`),
  runDraw: (callId: string) => api.post<DrawDetail>('/api/v1/review-draws', { callId, pageSize: 200 }),
  replace: (reviewId: string) => api.post<DrawDetail>(`/api/v1/reviews/${reviewId}/replace`),
  myReviews: (q: Query) => api.get<Page<Review>>('/api/v1/reviews', q),
  confirm: (id: string, version: number) => api.post<Review>(`/api/v1/reviews/${id}/confirm`, { version, noConflict: true }),
  decline: (id: string, body: Record<string, unknown>) => api.post<Review>(`/api/v1/reviews/${id}/decline`, body),
  submitScores: (id: string, body: Record<string, unknown>) => api.post<Review>(`/api/v1/reviews/${id}/submit`, body),
  experts: (q: Query) => api.get<Page<Expert>>('/api/v1/experts', q),
  createExpert: (body: Record<string, unknown>) => api.post<Expert>('/api/v1/experts', body),
  notifications: () => api.get<Page<Notification> & { unread: number }>('/api/v1/notifications', { pageSize: 50 }),
  markRead: (id: string) => api.post<void>(`/api/v1/notifications/${id}/read`),
  readAll: () => api.post<void>('/api/v1/notifications/read-all'),
  funds: (q: Query) => api.get<FundsSummary>('/api/v1/funds/summary', q),
};

/** Multipart upload with the CSRF header; returns the new attachment list. */
export async function uploadAttachment(projectId: string, kind: string, file: File): Promise<{ items: Attachment[] }> {
  const body = new FormData();
  body.append('file', file);
  const res = await fetch(buildUrl(`/api/v1/projects/${projectId}/attachments`, { kind }), {
    method: 'POST', body, credentials: 'same-origin', headers: { 'x-csrf-token': readCookie('kejiju_csrf') ?? '' },
  });
  const json = await res.json().catch(() => null);
  if (!res.ok) throw new Error(json?.message ?? `上传失败（HTTP ${res.status}）`);
  return json;
}
