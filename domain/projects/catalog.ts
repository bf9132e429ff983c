/** 技术领域: the eight 国家重点支持的高新技术领域 plus the two fields county programmes add. */
export const researchFields = [
  'electronics',
  'biomedicine',
  'aerospace',
  'new_materials',
  'high_tech_services',
  'energy',
  'environment',
  'manufacturing',
  'agriculture',
  'social_development',
] as const;
export type ResearchField = (typeof researchFields)[number];

export const researchFieldLabels: Record<ResearchField, string> = {
  electronics: '电子信息',
  biomedicine: '生物与新医药',
  aerospace: '航空航天',
  new_materials: '新材料',
  high_tech_services: '高技术服务',
  energy: '新能源与节能',
  environment: '资源与环境',
  manufacturing: '先进制造与自动化',
  agriculture: '现代农业',
  social_development: '社会发展',
};

/** Budget categories after the 2021 reform (国办发〔2021〕32号): three direct categories plus indirect costs. */
export const budgetCategories = ['equipment', 'business', 'labour', 'indirect'] as const;
export type BudgetCategory = (typeof budgetCategories)[number];

export const budgetCategoryLabels: Record<BudgetCategory, string> = {
  equipment: '设备费',
  business: '业务费',
  labour: '劳务费',
  indirect: '间接费用',
};

export const budgetSources = ['fiscal', 'self'] as const;
export type BudgetSource = (typeof budgetSources)[number];

export const budgetSourceLabels: Record<BudgetSource, string> = { fiscal: '财政资金', self: '自筹资金' };

/** Where disbursed money comes from. */
export const fundSources = ['county', 'city_match', 'province_match'] as const;
export type FundSource = (typeof fundSources)[number];

export const fundSourceLabels: Record<FundSource, string> = {
  county: '县级',
  city_match: '市级配套',
  province_match: '省级配套',
};

/** Programme levels: the county's own plans and the upper levels it recommends projects to. */
export const programmeLevels = ['county', 'city', 'province', 'national'] as const;
export type ProgrammeLevel = (typeof programmeLevels)[number];

export const programmeLevelLabels: Record<ProgrammeLevel, string> = {
  county: '县级',
  city: '市级',
  province: '省级',
  national: '国家级',
};

/** Expert categories for the composition rule (e.g. 高企: ≥ 60% technical, ≥ 1 financial). */
export const expertCategories = ['technical', 'financial', 'management'] as const;
export type ExpertCategory = (typeof expertCategories)[number];

export const expertCategoryLabels: Record<ExpertCategory, string> = {
  technical: '技术专家',
  financial: '财务专家',
  management: '管理专家',
};
