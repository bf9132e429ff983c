/** Codes and Chinese labels of the 科技特派员 line (domain-rules §6). Codes are stored; labels are shown. */

export const commissionerLevels = ['national', 'province', 'city', 'county'] as const;
export type CommissionerLevel = (typeof commissionerLevels)[number];
export const levelLabels: Record<CommissionerLevel, string> = { national: '国家级', province: '省级', city: '市级', county: '县级' };

/** 个人 (natural person) or 法人 (a university, institute or enterprise serving in its own name). */
export const commissionerForms = ['individual', 'legal_person'] as const;
export type CommissionerForm = (typeof commissionerForms)[number];
export const formLabels: Record<CommissionerForm, string> = { individual: '个人', legal_person: '法人' };

/** candidate = 备选库; active = 选聘 and serving; exited = 退出 (published exit list). */
export const commissionerStatuses = ['candidate', 'active', 'exited'] as const;
export type CommissionerStatus = (typeof commissionerStatuses)[number];
export const statusLabels: Record<CommissionerStatus, string> = { candidate: '备选', active: '在岗', exited: '已退出' };

/** 科技特派团: 复合型 (several disciplines for one county) or 专业型 (one industry). */
export const teamKinds = ['composite', 'professional'] as const;
export type TeamKind = (typeof teamKinds)[number];
export const teamKindLabels: Record<TeamKind, string> = { composite: '复合型', professional: '专业型' };

export const serviceTypes = ['onsite', 'training', 'variety', 'technology', 'problem', 'consulting', 'other'] as const;
export type ServiceType = (typeof serviceTypes)[number];
export const serviceTypeLabels: Record<ServiceType, string> = {
  onsite: '现场指导',
  training: '培训',
  variety: '引进新品种',
  technology: '新技术推广',
  problem: '解决技术问题',
  consulting: '咨询服务',
  other: '其他',
};

export const agreementStatuses = ['draft', 'signed', 'fulfilled', 'terminated'] as const;
export type AgreementStatus = (typeof agreementStatuses)[number];
export const agreementStatusLabels: Record<AgreementStatus, string> = { draft: '待签订', signed: '履行中', fulfilled: '已完成', terminated: '已终止' };

export const baseKinds = ['demo_base', 'sample_point', 'service_point', 'workstation'] as const;
export type BaseKind = (typeof baseKinds)[number];
export const baseKindLabels: Record<BaseKind, string> = {
  demo_base: '创新创业示范基地',
  sample_point: '服务样本点',
  service_point: '服务帮扶点',
  workstation: '科技特派员工作站',
};

export const fundSources = ['county', 'city', 'province', 'national'] as const;
export type FundSource = (typeof fundSources)[number];
export const fundSourceLabels: Record<FundSource, string> = { county: '县财政', city: '市级', province: '省级', national: '中央/国家' };

/** Fields (专业领域) offered in forms; free text is accepted too. */
export const commonFields = ['粮油作物', '果蔬园艺', '畜牧养殖', '水产养殖', '中药材', '食用菌', '茶叶', '农产品加工', '农业机械', '植物保护', '土壤肥料', '电子商务'] as const;
