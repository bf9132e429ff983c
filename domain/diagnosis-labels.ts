import type { GrowthBasis, HnteConditionCode, HnteScoreGroup, HnteScoreItemCode, HnteVerdict } from './hnte';
import type { TechSmeFailedCode } from './tech-sme';

/** Chinese wording for the stable codes the diagnosis returns; the UI shows only these. */
export const hnteConditionLabels: Record<HnteConditionCode, string> = {
  age_one_year: '注册成立一年以上',
  core_ip: '拥有对主要产品（服务）起核心支持作用的知识产权',
  key_tech_field: '核心技术属于《国家重点支持的高新技术领域》',
  tech_staff_ratio: '科技人员占职工总数的比例',
  rd_expense_ratio: '近三个会计年度研发费用占销售收入的比例',
  domestic_rd_ratio: '境内研发费用占研发费用总额的比例',
  high_tech_income_ratio: '近一年高新技术产品（服务）收入占总收入的比例',
  no_serious_incident: '近一年无重大安全、重大质量事故或严重环境违法行为',
};

// Worded for tech-sme-2022; a policy version with other limits needs its own wording.
export const techSmeFailedLabels: Record<TechSmeFailedCode, string> = {
  employees_over_limit: '职工总数超过 500 人',
  sales_over_limit: '年销售收入超过 2 亿元',
  assets_over_limit: '资产总额超过 2 亿元',
  restricted_industry: '属于限制类、淘汰类或不适用研发费用加计扣除的行业',
  serious_incident: '发生重大安全、质量事故或严重环境违法等情形',
  score_too_low: '综合评价得分低于 60 分',
  tech_staff_score_zero: '科技人员指标得分为 0（科技人员占比低于 10%）',
};

export const techSmeScoreLabels = { techStaff: '科技人员', rd: '研发投入', ip: '科技成果' } as const;

export const hnteScoreGroupLabels: Record<HnteScoreGroup, string> = {
  ip: '知识产权',
  conversion: '科技成果转化能力',
  rd_management: '研究开发组织管理水平',
  growth: '企业成长性',
};

export const hnteScoreItemLabels: Record<HnteScoreItemCode, string> = {
  ip_advancement: '技术的先进程度',
  ip_core_support: '对主要产品（服务）在技术上发挥核心支持作用',
  ip_quantity: '知识产权数量',
  ip_acquisition: '知识产权获得方式',
  ip_standard_bonus: '参与编制国家标准、行业标准等（加分）',
  conversion: '科技成果转化（年均）',
  rd_management_system: '研发组织管理制度、研发投入核算体系、研发费用辅助账',
  rd_institution: '内部研发机构与产学研合作',
  conversion_incentive: '成果转化组织实施与激励奖励制度、创新创业平台',
  talent_incentive: '人才培养、引进及人员绩效评价奖励制度',
  net_asset_growth: '净资产增长率',
  sales_growth: '销售收入增长率',
};

export const hnteVerdictLabels: Record<HnteVerdict, string> = {
  eligible: '符合认定条件',
  possible: '有望通过（取决于专家评分）',
  ineligible: '暂不符合',
};

export const growthBasisLabels: Record<GrowthBasis, string> = {
  three_years: '按三年数据计算',
  last_two_years: '第一年为 0，按后两年计算',
  two_years: '经营不满三年，按两年计算',
  second_year_zero: '第二年为 0，按 0 分计',
  first_year_zero: '第一年为 0，无法计算，按 0 分计',
  single_year: '仅一年数据，无法计算增长率，按 0 分计',
};
