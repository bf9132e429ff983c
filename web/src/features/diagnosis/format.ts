import type { HnteVerdict } from '../../../../domain/hnte';

export const pointRange = (min: number, max: number): string => (min === max ? `${min}` : `${min}–${max}`);

export const verdictColor: Record<HnteVerdict, string> = { eligible: 'success', possible: 'warning', ineligible: 'error' };
