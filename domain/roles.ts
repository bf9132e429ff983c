/** Roles of Kejiju users. Labels are what the UI shows. */
export const roleCodes = [
  'leader',
  'staff',
  'enterprise',
  'expert',
  'commissioner',
  'member',
  'upper',
  'sysadmin',
  'secadmin',
  'auditor',
] as const;

export type Role = (typeof roleCodes)[number];

export const roleLabels: Record<Role, string> = {
  leader: '局领导',
  staff: '业务科室',
  enterprise: '企业用户',
  expert: '专家',
  commissioner: '科技特派员',
  member: '成员单位',
  upper: '上级科技局',
  sysadmin: '系统管理员',
  secadmin: '安全管理员',
  auditor: '审计管理员',
};

/** The three separated administration roles of 等保 三级. */
export const adminRoles: readonly Role[] = ['sysadmin', 'secadmin', 'auditor'];

export const isAdminRole = (role: Role): boolean => adminRoles.includes(role);

/**
 * Roles that may hold region-wide read access to business data. Admin roles do not: the system
 * administrator manages accounts, not business records.
 */
export const regionReaderRoles: readonly Role[] = ['leader', 'staff', 'upper', 'member'];

/**
 * Who may grant which role. The security administrator grants every role; the system
 * administrator only business roles. Nobody changes their own roles (checked separately).
 */
export function canGrantRole(granter: readonly Role[], role: Role): boolean {
  if (granter.includes('secadmin')) return true;
  if (granter.includes('sysadmin')) return !isAdminRole(role);
  return false;
}

/**
 * An account may combine business roles, but an admin role stands alone: one person must not be
 * both the system administrator and the auditor, nor an admin and a business user.
 */
export function roleSetProblem(roles: readonly Role[]): string | null {
  if (roles.length === 0) return '至少需要一个角色';
  const admins = roles.filter(isAdminRole);
  if (admins.length > 1) return '系统管理员、安全管理员、审计管理员三个角色必须由不同账号担任';
  if (admins.length === 1 && roles.length > 1) return '管理员角色不能与业务角色兼任';
  return null;
}
