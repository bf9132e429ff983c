import { eq, type SQL, sql } from 'drizzle-orm';
import { regionReaderRoles } from '../../../domain/roles';
import { enterprises } from '../../db/schema';
import { hasRole, type Scope } from '../../platform/authz/scope';

/**
 * Who reaches which enterprise: region readers (staff, leader, member units, upper bureaus) their
 * region subtree; enterprise users only the enterprise bound to their organisation; nobody else
 * (admin roles keep accounts, not business data; experts and commissioners have their own modules).
 */
const isRegionReader = (scope: Scope) => scope.reach === 'region' && hasRole(scope, ...regionReaderRoles);
const isEnterpriseUser = (scope: Scope) => scope.reach === 'organisation' && hasRole(scope, 'enterprise');

/**
 * Enterprises whose region code starts with `prefix`. A city (4 digits) or county (6 digits) is
 * an equality on the leading digits, which the indexes on (left(region_code, 4 or 6), name, id)
 * serve in name order with their own statistics (migration 0014). Under LIKE the planner walked
 * the province-wide name index and filtered: company names start with their place, so a county's
 * first page sat behind most of the province (0.5 s instead of 0.3 ms).
 */
export function enterpriseRegionIs(prefix: string): SQL {
  if (prefix.length === 4 || prefix.length === 6) return sql`left(${enterprises.regionCode}, ${sql.raw(String(prefix.length))}) = ${prefix}`;
  return sql`${enterprises.regionCode} like ${`${prefix}%`}`;
}

export function enterpriseScope(scope: Scope): SQL {
  if (isRegionReader(scope)) return enterpriseRegionIs(scope.regionCode);
  if (isEnterpriseUser(scope)) return eq(enterprises.organisationId, scope.organisationId);
  return sql`false`;
}

export const canListEnterprises = (scope: Scope) => isRegionReader(scope) || isEnterpriseUser(scope);

/** Region-wide views (reminders, candidates, batches) are for region readers only. */
export const canReadRegionViews = isRegionReader;

/** Bureau business staff keep the master, tiers, batches and the funnel; upper bureaus only read. */
export const canManageEnterprises = (scope: Scope) => isRegionReader(scope) && hasRole(scope, 'staff', 'leader') && !scope.readOnly;

export const isOwnEnterprise = (scope: Scope, row: { organisationId: string | null }) =>
  isEnterpriseUser(scope) && row.organisationId !== null && row.organisationId === scope.organisationId && !scope.readOnly;

/** The enterprise keeps its own profile fields, annual data and report filings. */
export const canKeepOwnData = (scope: Scope, row: { organisationId: string | null }) => canManageEnterprises(scope) || isOwnEnterprise(scope, row);

/** Fields an enterprise user may change on its own record. */
export const selfServiceFields = ['address', 'legalRep', 'contactName', 'phone', 'industryCode', 'hnteFieldCode'] as const;

export function enterpriseAbilities(scope: Scope, row: { organisationId: string | null }) {
  const manage = canManageEnterprises(scope);
  const own = canKeepOwnData(scope, row);
  return {
    update: manage,
    updateProfile: own,
    editAnnualData: own,
    manageTiers: manage,
    fileHnteReport: own,
    moveFunnel: manage,
    revealPhone: manage,
  };
}
