import { api } from './client';
import type { Health, LoginResult, Me } from './types';

export const authKeys = { me: ['auth', 'me'] as const, health: ['health'] as const };

export interface LoginInput {
  username: string;
  password: string;
  totp?: string;
}

export const authApi = {
  health: () => api.get<Health>('/api/health', undefined, { anonymousOk: true }),
  login: (input: LoginInput) => api.post<LoginResult>('/api/v1/auth/login', input, { anonymousOk: true }),
  logout: () => api.post<void>('/api/v1/auth/logout', undefined, { anonymousOk: true }),
  me: () => api.get<Me>('/api/v1/auth/me', undefined, { anonymousOk: true }),
  changePassword: (currentPassword: string, newPassword: string) =>
    api.post<void>('/api/v1/auth/password', { currentPassword, newPassword }),
  totpSetup: () => api.post<{ secret: string; otpauthUrl: string }>('/api/v1/auth/totp/setup'),
  totpEnable: (code: string) => api.post<void>('/api/v1/auth/totp/enable', { code }),
  totpDisable: (code: string) => api.post<void>('/api/v1/auth/totp/disable', { code }),
};
