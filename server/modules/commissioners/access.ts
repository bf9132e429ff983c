import { type AnyColumn, type SQL, sql } from 'drizzle-orm';
import { commissioners } from '../../db/schema/commissioners';
import { hasRole, inRegion, type Scope } from '../../platform/authz/scope';
import { forbidden } from '../../platform/errors';

/**
 * Who sees what in the 科技特派员 line:
 * - bureau leaders and staff: their region subtree, read and write;
 * - upper-level bureaus: their subtree, read only;
 * - commissioner users (reach 'personal'): only their own commissioner record and the rows
 *   hanging off it (assignments, agreements, logs, needs dispatched to them, own appraisal);
 * - everyone else (admins, enterprises, experts, member units): nothing — rows answer 404.
 */
export const isRegionReader = (s: Scope) => s.reach === 'region' && hasRole(s, 'leader', 'staff', 'upper');
export const canManage = (s: Scope) => s.reach === 'region' && hasRole(s, 'leader', 'staff') && !s.readOnly;
export const isCommissionerUser = (s: Scope) => !isRegionReader(s) && hasRole(s, 'commissioner');

export function assertManager(s: Scope, what = '科技特派员工作') {
  if (!canManage(s)) throw forbidden(`只有本级科技局业务人员可以维护${what}`);
}

/** The commissioner records linked to the signed-in user (normally one). */
export const ownCommissionerIds = (s: Scope): SQL => sql`(select c.id from ${commissioners} c where c.user_id = ${s.userId})`;

/** Row filter for tables carrying a bureau region and a commissioner id. */
export function commissionerRowScope(s: Scope, cols: { region: AnyColumn; commissioner: AnyColumn }): SQL {
  if (isRegionReader(s)) return inRegion(s, cols.region);
  if (isCommissionerUser(s)) return sql`${cols.commissioner} in ${ownCommissionerIds(s)}`;
  return sql`false`;
}

/** Row filter for bureau-level tables without a commissioner (teams, rounds, bases, sheets). */
export function regionRowScope(s: Scope, region: AnyColumn): SQL {
  return isRegionReader(s) ? inRegion(s, region) : sql`false`;
}

/** Lists answer 403 to people who can never see any row, so the UI can say so. */
export function assertCanList(s: Scope, allowCommissioner = true) {
  if (isRegionReader(s) || (allowCommissioner && isCommissionerUser(s))) return;
  throw forbidden('您的角色不能查看科技特派员信息');
}
