import { hasRole, type Scope } from '../../platform/authz/scope';

/** Account administration belongs to the system administrator (三员分立). */
export const canManageOrganisations = (scope: Scope) => hasRole(scope, 'sysadmin') && !scope.readOnly;

export const canReadOrganisations = (scope: Scope) => scope.reach === 'region' || scope.roles.length > 0;

/** A new or moved organisation must stay inside the administrator's own region subtree. */
export const regionWithinScope = (scope: Scope, regionCode: string) => regionCode.startsWith(scope.regionCode);
