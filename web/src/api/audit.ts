import { api } from './client';
import type { AuditResult, AuditRow, ChainReport, Page } from './types';

export interface AuditFilter {
  from?: string;
  to?: string;
  username?: string;
  action?: string;
  result?: AuditResult;
  page: number;
  pageSize: number;
}

export const auditKeys = { list: (f: AuditFilter) => ['audit', 'list', f] as const };

export const auditApi = {
  list: (f: AuditFilter) => api.get<Page<AuditRow>>('/api/v1/audit-logs', { ...f }),
  verify: () => api.post<ChainReport>('/api/v1/audit-logs/verify'),
};
