import { z } from 'zod';
import { roleCodes } from '../../../domain/roles';
import { pageOf, pagingQuery } from '../../platform/http/paging';

const role = z.enum(roleCodes);
const mobile = z.string().trim().regex(/^1[3-9]\d{9}$/, '应为 11 位手机号码').meta({ title: '手机号码' });

export const userRow = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  organisation: z.object({ id: z.uuid(), name: z.string() }),
  roles: z.array(role),
  status: z.enum(['active', 'disabled']),
  mobileMasked: z.string().nullable(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  totpEnabled: z.boolean(),
  mustChangePassword: z.boolean(),
  isDemo: z.boolean(),
  version: z.number().int(),
  abilities: z.object({
    update: z.boolean(),
    grantRoles: z.boolean(),
    unlock: z.boolean(),
    resetPassword: z.boolean(),
    revealMobile: z.boolean(),
  }),
});

export const listQuery = z.object({
  ...pagingQuery,
  q: z.string().trim().max(64).optional().meta({ title: '关键字' }),
  organisationId: z.uuid().optional().meta({ title: '所属单位' }),
  role: role.optional().meta({ title: '角色' }),
  status: z.enum(['active', 'disabled']).optional().meta({ title: '状态' }),
});

export const createBody = z.object({
  username: z.string().trim().regex(/^[A-Za-z][A-Za-z0-9_.-]{2,31}$/, '应为 3–32 位字母、数字、下划线、点或短横线，以字母开头').meta({ title: '用户名' }),
  displayName: z.string().trim().min(2).max(50).meta({ title: '姓名' }),
  organisationId: z.uuid().meta({ title: '所属单位' }),
  roles: z.array(role).min(1).max(5).meta({ title: '角色' }),
  mobile: mobile.optional().nullable(),
  initialPassword: z.string().min(1).max(128).meta({ title: '初始密码' }),
});

export const updateBody = z.object({
  version: z.number().int().min(1).meta({ title: '版本号' }),
  displayName: z.string().trim().min(2).max(50).optional().meta({ title: '姓名' }),
  organisationId: z.uuid().optional().meta({ title: '所属单位' }),
  mobile: mobile.optional().nullable(),
  status: z.enum(['active', 'disabled']).optional().meta({ title: '状态' }),
});

export const rolesBody = z.object({
  version: z.number().int().min(1).meta({ title: '版本号' }),
  roles: z.array(role).min(1).max(5).meta({ title: '角色' }),
});

export const resetPasswordBody = z.object({ newPassword: z.string().min(1).max(128).meta({ title: '新密码' }) });
export const idParams = z.object({ id: z.uuid().meta({ title: '用户ID' }) });
export const userPage = pageOf(userRow);
export type UserRow = z.infer<typeof userRow>;
