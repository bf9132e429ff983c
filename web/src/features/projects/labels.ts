import type { ProjectState } from '../../../../domain/projects/states';

export { researchFieldLabels, budgetCategoryLabels, budgetSourceLabels, fundSourceLabels, expertCategoryLabels } from '../../../../domain/projects/catalog';
export { stateLabels, trackLabels } from '../../../../domain/projects/states';

/** Tag colour of each state in lists and on the detail page. */
export const stateColors: Record<ProjectState, string> = {
  draft: 'default', submitted: 'processing', returned: 'warning', in_review: 'purple', reviewed: 'purple', proposed: 'cyan', publicity: 'cyan',
  approved: 'green', in_progress: 'blue', acceptance_requested: 'geekblue', accepted: 'success', acceptance_failed: 'error', terminated: 'error',
  rejected: 'default', recommended: 'cyan', upper_approved: 'green', upper_rejected: 'default', filed: 'green', archived: 'default',
};

export const yuan = (v: string | null | undefined) => (v == null ? '—' : `${Number(v).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} 元`);
export const wan = (v: string | null | undefined) => (v == null ? '—' : `${(Number(v) / 10000).toLocaleString('zh-CN', { maximumFractionDigits: 2 })} 万元`);
