import type { AuditResult } from '../../api/types';

export const resultLabels: Record<AuditResult, string> = { success: '成功', failure: '失败' };

export const resultOptions = (Object.keys(resultLabels) as AuditResult[]).map((r) => ({ value: r, label: resultLabels[r] }));
