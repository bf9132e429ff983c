import { canGrantRole, isAdminRole, type Role } from '../../../domain/roles';
import { hasRole, type Scope } from '../../platform/authz/scope';

/** Account administration (三员分立): sysadmin keeps accounts, secadmin grants roles and unlocks. */
export const canViewUsers = (scope: Scope) => hasRole(scope, 'sysadmin', 'secadmin');
export const canEditAccounts = (scope: Scope) => hasRole(scope, 'sysadmin');

export function canGrantRolesTo(scope: Scope, target: { id: string; roles: readonly Role[] }, next: readonly Role[]): boolean {
  if (target.id === scope.userId) return false;
  // Changing an admin's roles is itself an admin-role change: only secadmin may touch them.
  const touched = [...new Set([...target.roles, ...next])];
  return touched.every((r) => canGrantRole(scope.roles, r));
}

/**
 * sysadmin keeps business accounts; accounts holding an admin role are kept by secadmin, so the
 * system administrator cannot disable or reset the auditor. Nobody edits their own account here.
 */
export function canKeepAccount(scope: Scope, target: { id: string; roles: readonly Role[] }): boolean {
  if (target.id === scope.userId) return false;
  return target.roles.some(isAdminRole) ? hasRole(scope, 'secadmin') : hasRole(scope, 'sysadmin');
}

export function abilitiesFor(scope: Scope, target: { id: string; roles: readonly Role[] }) {
  const self = target.id === scope.userId;
  return {
    update: canKeepAccount(scope, target),
    grantRoles: !self && target.roles.every((r) => canGrantRole(scope.roles, r)),
    unlock: hasRole(scope, 'secadmin') && !self,
    resetPassword: canKeepAccount(scope, target),
    revealMobile: canViewUsers(scope),
  };
}
