import type { FunnelStage, TierKind, TierState } from '../../../../domain/enterprise/codes';

export { funnelStageLabels, funnelStages, tierKindLabels, tierKinds, tierStateLabels, batchKindLabels } from '../../../../domain/enterprise/codes';
export { annualFieldLabels, annualMoneyFields, annualCountFields } from '../../../../domain/enterprise/annual';
export { batchStatusLabels, batchStatuses, entryOutcomeLabels, nextBatchStatus } from '../../../../domain/enterprise/batches';
export { reminderKindLabels, reminderKinds } from '../../../../domain/enterprise/reminders';

export const tierColors: Record<TierKind, string> = { hnte: 'red', tech_sme: 'blue', gazelle: 'gold', specialized: 'purple', above_scale: 'cyan' };
export const stageColors: Record<FunnelStage, string> = { team: 'default', startup: 'blue', incubating: 'orange', hnte: 'red' };
export const tierStateColors: Record<TierState, string> = { valid: 'success', pending: 'processing', expired: 'default', superseded: 'default', revoked: 'error' };
export const severityColors = { info: 'blue', warning: 'orange', danger: 'red' } as const;

/**
 * "12345678.90" → "12,345,678.90 元". Pure string work on the decimal the server sent: money is
 * never turned into a JS number.
 */
export function yuan(value: string | null | undefined): string {
  if (value == null) return '—';
  const [int = '0', frac = '00'] = value.replace(/^-/, '').split('.');
  return `${value.startsWith('-') ? '-' : ''}${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac.padEnd(2, '0')} 元`;
}

/** Audit actions recorded against an enterprise (server/modules/enterprises), in words. */
export const auditActionLabels: Record<string, string> = {
  'enterprise.create': '登记企业',
  'enterprise.update': '修改企业信息',
  'enterprise.annual.create': '填报年度数据',
  'enterprise.annual.update': '修改年度数据',
  'enterprise.tier.add': '登记资质',
  'enterprise.tier.end': '终止资质',
  'enterprise.hnte_report.file': '登记高企年报',
  'enterprise.funnel.move': '调整培育阶段',
  'enterprise.batch_entry.add': '推荐进入批次',
  'enterprise.batch_entry.remove': '移出批次',
  'enterprise.batch_entry.outcome': '登记批次结果',
  'personal_data.reveal': '查看完整联系电话',
};
