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
