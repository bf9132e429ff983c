import { api } from './client';
import type { OrganisationKind, OrgRow, Page } from './types';

export interface OrgFilter {
  q?: string;
  kind?: OrganisationKind;
  regionCode?: string;
  page: number;
  pageSize: number;
}

export interface OrgInput {
  name: string;
  kind: OrganisationKind;
  regionCode: string;
  uscc?: string;
}

export const orgKeys = {
  all: ['organisations'] as const,
  list: (f: OrgFilter) => ['organisations', 'list', f] as const,
};

export const orgsApi = {
  list: (f: OrgFilter) => api.get<Page<OrgRow>>('/api/v1/organisations', { ...f }),
  get: (id: string) => api.get<OrgRow>(`/api/v1/organisations/${id}`),
  create: (input: OrgInput) => api.post<OrgRow>('/api/v1/organisations', input),
  update: (id: string, input: Partial<OrgInput> & { version: number }) => api.patch<OrgRow>(`/api/v1/organisations/${id}`, input),
  remove: (id: string) => api.delete<void>(`/api/v1/organisations/${id}`),
};
