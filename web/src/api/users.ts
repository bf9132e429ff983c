import type { Role } from '../../../domain/roles';
import { api } from './client';
import type { Page, UserRow, UserStatus } from './types';

export interface UserFilter {
  q?: string;
  organisationId?: string;
  role?: Role;
  status?: UserStatus;
  page: number;
  pageSize: number;
}

export interface UserCreateInput {
  username: string;
  displayName: string;
  organisationId: string;
  roles: Role[];
  mobile?: string;
  initialPassword: string;
}

export interface UserPatchInput {
  version: number;
  displayName?: string;
  organisationId?: string;
  mobile?: string;
  status?: UserStatus;
}

export const userKeys = {
  all: ['users'] as const,
  list: (f: UserFilter) => ['users', 'list', f] as const,
};

export const usersApi = {
  list: (f: UserFilter) => api.get<Page<UserRow>>('/api/v1/users', { ...f }),
  get: (id: string) => api.get<UserRow>(`/api/v1/users/${id}`),
  create: (input: UserCreateInput) => api.post<UserRow>('/api/v1/users', input),
  update: (id: string, input: UserPatchInput) => api.patch<UserRow>(`/api/v1/users/${id}`, input),
  setRoles: (id: string, version: number, roles: Role[]) => api.put<UserRow>(`/api/v1/users/${id}/roles`, { version, roles }),
  unlock: (id: string) => api.post<UserRow>(`/api/v1/users/${id}/unlock`),
  resetPassword: (id: string, newPassword: string) => api.post<void>(`/api/v1/users/${id}/reset-password`, { newPassword }),
  revealMobile: (id: string) => api.post<{ mobile: string }>(`/api/v1/users/${id}/reveal-mobile`),
};
