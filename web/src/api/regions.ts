import { api } from './client';
import type { RegionDetail, RegionNode } from './types';

export const regionKeys = {
  children: (parent: string | null) => ['regions', 'children', parent] as const,
  detail: (code: string) => ['regions', 'detail', code] as const,
};

export const regionsApi = {
  children: (parent: string | null) =>
    api.get<{ items: RegionNode[] }>('/api/v1/regions', { parent: parent ?? undefined }).then((r) => r.items),
  detail: (code: string) => api.get<RegionDetail>(`/api/v1/regions/${code}`),
};
