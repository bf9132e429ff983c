import type { Role } from '../../../../domain/roles';

export { regionReaderRoles } from '../../../../domain/roles';

/** Bureau business staff keep enterprises, tiers, batches and the funnel (the server decides; this only hides buttons). */
export const canManage = (roles: readonly Role[]) => roles.includes('staff') || roles.includes('leader');
