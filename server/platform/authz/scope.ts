import { type SQL, sql, type AnyColumn } from 'drizzle-orm';
import type { Role } from '../../../domain/roles';

/**
 * What rows a request may touch. Built once per request from the signed-in user; every
 * repository read takes it and turns it into SQL (see `regionCondition`).
 */
export interface Scope {
  userId: string;
  username: string;
  organisationId: string;
  /** Region prefix code of the user's organisation (2/4/6/9/12 digits). */
  regionCode: string;
  roles: readonly Role[];
  /**
   * region: the whole region subtree (bureau staff, leaders, member units, upper bureaus);
   * organisation: only rows of the user's own organisation (enterprise users);
   * personal: only rows assigned to or owned by the user (experts, commissioners).
   */
  reach: 'region' | 'organisation' | 'personal';
  /** Upper-level bureaus see their subordinate regions but change nothing. */
  readOnly: boolean;
}

export function buildScope(input: {
  userId: string;
  username: string;
  organisationId: string;
  regionCode: string;
  roles: readonly Role[];
}): Scope {
  const { roles } = input;
  const regionWide = roles.some((r) => ['leader', 'staff', 'member', 'upper', 'sysadmin', 'secadmin', 'auditor'].includes(r));
  const reach: Scope['reach'] = regionWide ? 'region' : roles.includes('enterprise') ? 'organisation' : 'personal';
  const writesSomewhere = roles.some((r) => r !== 'upper');
  return { ...input, reach, readOnly: !writesSomewhere };
}

export const hasRole = (scope: Scope, ...roles: Role[]): boolean => roles.some((r) => scope.roles.includes(r));

/** `column` lies inside the scope's region subtree. */
export function inRegion(scope: Scope, column: AnyColumn | SQL): SQL {
  // LIKE with a literal prefix can use the text_pattern_ops indexes on region columns.
  return sql`${column} like ${`${scope.regionCode}%`}`;
}

/**
 * Standard row filter for tables that carry both a region and an owning organisation.
 * Personal reach sees nothing through this filter; modules add their own assignment joins.
 */
export function regionOrOrganisation(scope: Scope, cols: { region: AnyColumn | SQL; organisation: AnyColumn | SQL }): SQL {
  switch (scope.reach) {
    case 'region':
      return inRegion(scope, cols.region);
    case 'organisation':
      return sql`${cols.organisation} = ${scope.organisationId}`;
    default:
      return sql`false`;
  }
}
