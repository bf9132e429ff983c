import { type ExpertCategory, researchFieldLabels, type ResearchField } from './catalog';

export interface PoolExpert {
  id: string;
  name: string;
  category: ExpertCategory;
  fields: readonly string[];
  organisationId: string | null;
  organisationName: string;
  /** Enterprises in which the expert holds a post or shares (same-enterprise 回避). */
  enterpriseIds: readonly string[];
  status: 'active' | 'paused' | 'retired';
  /** Most reviews per year. */
  quota: number;
  /** Reviews already assigned this year before the draw. */
  load: number;
}

export interface DrawApplication {
  id: string;
  title: string;
  field: string;
  applicantOrganisationId: string;
  applicantName: string;
  enterpriseId: string | null;
  partnerOrganisationIds: readonly string[];
}

/** Facts recorded outside the pool: collaborations, declared relations, earlier answers. */
export interface ConflictFact {
  expertId: string;
  kind: 'collaborator' | 'relation' | 'declined' | 'assigned';
  /** The organisation the fact is about (collaborator / relation) … */
  organisationId?: string | null;
  /** … or one application (declined / assigned / a relation to one project). */
  applicationId?: string | null;
  note: string;
}

export const exclusionReasons = [
  'inactive',
  'field_mismatch',
  'same_organisation',
  'partner_organisation',
  'same_enterprise',
  'recent_collaborator',
  'declared_relation',
  'declined',
  'already_assigned',
  'over_quota',
] as const;
export type ExclusionReason = (typeof exclusionReasons)[number];

export const exclusionLabels: Record<ExclusionReason, string> = {
  inactive: '专家状态不可用（暂停或退出）',
  field_mismatch: '专业领域与申报领域不符',
  same_organisation: '与申报单位为同一单位',
  partner_organisation: '与项目合作单位为同一单位',
  same_enterprise: '在申报企业任职或持股',
  recent_collaborator: '近三年与申报单位或合作单位有合作',
  declared_relation: '本人声明存在利害关系',
  declined: '已拒绝评审该项目',
  already_assigned: '已分配评审该项目',
  over_quota: '已达年度评审次数上限',
};

/** The 回避 reasons are conflicts of interest; the rest only make an expert unavailable. */
export const conflictReasons: readonly ExclusionReason[] = [
  'same_organisation', 'partner_organisation', 'same_enterprise', 'recent_collaborator', 'declared_relation',
];

export interface Exclusion {
  reason: ExclusionReason;
  note: string;
}

const factReason: Record<ConflictFact['kind'], ExclusionReason> = {
  collaborator: 'recent_collaborator',
  relation: 'declared_relation',
  declined: 'declined',
  assigned: 'already_assigned',
};

/** Every reason an expert may not review an application, given the load reached so far. */
export function exclusionsFor(e: PoolExpert, a: DrawApplication, facts: readonly ConflictFact[], drawnSoFar: number): Exclusion[] {
  const out: Exclusion[] = [];
  if (e.status !== 'active') out.push({ reason: 'inactive', note: e.status === 'paused' ? '暂停' : '退出' });
  // Financial and management experts judge budgets and feasibility in any field.
  if (e.category === 'technical' && !e.fields.includes(a.field)) out.push({ reason: 'field_mismatch', note: `专业：${e.fields.map((f) => researchFieldLabels[f as ResearchField] ?? f).join('、') || '未填'}` });
  if (e.organisationId && e.organisationId === a.applicantOrganisationId) out.push({ reason: 'same_organisation', note: e.organisationName });
  if (e.organisationId && a.partnerOrganisationIds.includes(e.organisationId)) out.push({ reason: 'partner_organisation', note: e.organisationName });
  if (a.enterpriseId && e.enterpriseIds.includes(a.enterpriseId)) out.push({ reason: 'same_enterprise', note: a.applicantName });
  const parties = [a.applicantOrganisationId, ...a.partnerOrganisationIds];
  for (const f of facts) {
    if (f.expertId !== e.id) continue;
    const hits = f.applicationId ? f.applicationId === a.id : !!f.organisationId && parties.includes(f.organisationId);
    if (hits) out.push({ reason: factReason[f.kind], note: f.note });
  }
  if (e.load + drawnSoFar >= e.quota) out.push({ reason: 'over_quota', note: `上限 ${e.quota} 次，已分配 ${e.load + drawnSoFar} 次` });
  return out;
}

/** True when any of the reasons is a conflict of interest (not mere unavailability). */
export const isConflict = (reasons: readonly Exclusion[]) => reasons.some((r) => conflictReasons.includes(r.reason));
