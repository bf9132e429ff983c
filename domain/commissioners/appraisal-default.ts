import type { AppraisalConfig } from './appraisal-config';

/**
 * Default sheet: the 泉州 2021 assessment content (服务方式、服务次数、三方协议完成情况、服务成效、
 * 服务对象满意度) with Guangxi's grade rules (优秀 ≤ 35%; < 12 days → not 良好/优秀; < 5 days or no
 * materials → 不合格). A bureau edits a copy per year.
 */
export const defaultAppraisalConfigs: readonly AppraisalConfig[] = [
  {
    effectiveYear: 2021,
    items: [
      { key: 'service_days', label: '服务天数', weight: '30', kind: 'computed', metric: 'serviceDays', target: 24 },
      { key: 'services', label: '服务次数', weight: '10', kind: 'computed', metric: 'services', target: 30 },
      { key: 'trained', label: '培训人次', weight: '10', kind: 'computed', metric: 'trainedPeople', target: 200 },
      { key: 'varieties', label: '引进新品种', weight: '5', kind: 'computed', metric: 'varieties', target: 2 },
      { key: 'technologies', label: '推广新技术', weight: '5', kind: 'computed', metric: 'technologies', target: 2 },
      { key: 'problems', label: '解决技术问题', weight: '10', kind: 'computed', metric: 'problemsSolved', target: 8 },
      { key: 'agreement', label: '三方协议完成情况', weight: '10', kind: 'manual' },
      { key: 'results', label: '服务成效', weight: '10', kind: 'manual' },
      { key: 'satisfaction', label: '服务对象满意度', weight: '10', kind: 'manual' },
    ],
    bands: { excellent: '90', good: '75', pass: '60' },
    caps: { excellent: '0.35', good: null },
    rules: { minDaysForGood: 12, minDaysForPass: 5, materialsRequired: true },
  },
];
