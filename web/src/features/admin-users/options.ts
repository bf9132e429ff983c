import { canGrantRole, type Role, roleCodes, roleLabels, roleSetProblem } from '../../../../domain/roles';
import type { UserStatus } from '../../api/types';

export const roleOptions = roleCodes.map((r) => ({ value: r, label: roleLabels[r] }));

export const statusLabels: Record<UserStatus, string> = { active: '正常', disabled: '已停用' };
export const statusOptions = (Object.keys(statusLabels) as UserStatus[]).map((s) => ({ value: s, label: statusLabels[s] }));

/** Role options for a granter: roles they may not grant are shown but disabled. */
export const grantableRoleOptions = (granter: readonly Role[]) =>
  roleCodes.map((r) => ({ value: r, label: roleLabels[r], disabled: !canGrantRole(granter, r) }));

/** Form rule: at least one role, and the 三员分立 separation of admin roles. */
export const roleSetRule = {
  validator: (_: unknown, roles: Role[] | undefined) => {
    const problem = roleSetProblem(roles ?? []);
    return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
  },
};
