import { z } from 'zod';
import { roleCodes } from '../../../domain/roles';

export const loginBody = z.object({
  username: z.string().trim().min(1).max(64).meta({ title: '用户名' }),
  password: z.string().min(1).max(128).meta({ title: '密码' }),
  totp: z.string().regex(/^\d{6}$/, '应为 6 位数字').optional().meta({ title: '动态口令' }),
});

export const meSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  organisation: z.object({
    id: z.uuid(),
    name: z.string(),
    kind: z.string(),
    regionCode: z.string(),
    regionName: z.string(),
  }),
  roles: z.array(z.enum(roleCodes)),
  stage: z.enum(['full', 'password_change', 'totp_enrolment']),
  totpEnabled: z.boolean(),
  previousLoginAt: z.string().nullable(),
  previousLoginIp: z.string().nullable(),
  isDemo: z.boolean(),
  demoMode: z.boolean(),
  passwordExpiresAt: z.string().nullable(),
  csrfToken: z.string(),
});

export const loginResponse = z.object({
  status: z.enum(['ok', 'password_change_required', 'totp_enrolment_required']),
  me: meSchema,
});

export const changePasswordBody = z.object({
  currentPassword: z.string().min(1).max(128).meta({ title: '当前密码' }),
  newPassword: z.string().min(1).max(128).meta({ title: '新密码' }),
});

export const totpCodeBody = z.object({
  code: z.string().regex(/^\d{6}$/, '应为 6 位数字').meta({ title: '动态口令' }),
});

export const totpSetupResponse = z.object({ secret: z.string(), otpauthUrl: z.string() });
