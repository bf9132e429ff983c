import type { Role } from '../../../domain/roles';

export type { Role };

export type SessionStage = 'full' | 'password_change' | 'totp_enrolment';

export interface Me {
  id: string;
  username: string;
  displayName: string;
  organisation: { id: string; name: string; kind: OrganisationKind; regionCode: string; regionName: string };
  roles: Role[];
  stage: SessionStage;
  totpEnabled: boolean;
  previousLoginAt: string | null;
  previousLoginIp: string | null;
  isDemo: boolean;
  demoMode: boolean;
  passwordExpiresAt: string | null;
  csrfToken: string;
}

export interface LoginResult {
  status: 'ok' | 'password_change_required' | 'totp_enrolment_required';
  me: Me;
}

export interface Health {
  status: 'ok';
  db: 'embedded' | 'external';
  version: string;
  demo: boolean;
}

export interface Page<T> {
  items: T[];
  total: number;
  /** false: past 10,000 rows the total is PostgreSQL's estimate (province-scale lists). */
  totalExact?: boolean;
  page: number;
  pageSize: number;
}

export interface UserAbilities {
  update: boolean;
  grantRoles: boolean;
  unlock: boolean;
  resetPassword: boolean;
  revealMobile: boolean;
}

export type UserStatus = 'active' | 'disabled';

export interface UserRow {
  id: string;
  username: string;
  displayName: string;
  organisation: { id: string; name: string };
  roles: Role[];
  status: UserStatus;
  mobileMasked: string | null;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  totpEnabled: boolean;
  mustChangePassword: boolean;
  version: number;
  abilities: UserAbilities;
}

export const organisationKinds = ['bureau', 'member_unit', 'enterprise', 'institution', 'village', 'platform_operator'] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

export const organisationKindLabels: Record<OrganisationKind, string> = {
  bureau: '科技局',
  member_unit: '成员单位',
  enterprise: '企业',
  institution: '高校/科研院所',
  village: '村/合作社',
  platform_operator: '平台运营单位',
};

export interface OrgRow {
  id: string;
  name: string;
  kind: OrganisationKind;
  kindLabel: string;
  regionCode: string;
  regionName: string;
  uscc: string | null;
  userCount: number;
  isDemo: boolean;
  version: number;
}

export interface RegionNode {
  code: string;
  name: string;
  fullName: string;
  level: number | string;
  hasChildren: boolean;
}

export interface RegionDetail {
  code: string;
  name: string;
  fullName: string;
  level: number | string;
  parentCode: string | null;
  path: { code: string; name: string }[];
}

export type AuditResult = 'success' | 'failure';

export interface AuditRow {
  id: number | string;
  at: string;
  username: string | null;
  ip: string | null;
  action: string;
  objectType: string | null;
  objectId: string | null;
  result: AuditResult;
  details: Record<string, unknown> | null;
}

export interface ChainReport {
  ok: boolean;
  checked: number;
  firstBadId: number | null;
  reason: string | null;
}
