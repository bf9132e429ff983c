/**
 * Deterministic ids for scale rows: `5ca1e0<kind>-0000-4000-8000-<index>` (a valid version-4
 * layout), so every run writes the same ids and scale rows are recognisable at a glance.
 */
export const idKinds = {
  organisation: 1, user: 2, enterprise: 3, annual: 4, tier: 5, programme: 6, call: 7, expert: 8,
  project: 9, draw: 10, review: 11, disbursement: 12, commissioner: 13, log: 14, event: 15,
} as const;

export function scaleId(kind: keyof typeof idKinds, index: number): string {
  return `5ca1e0${idKinds[kind].toString(16).padStart(2, '0')}-0000-4000-8000-${index.toString(16).padStart(12, '0')}`;
}

/** Prefix of every scale id (for invariant checks). */
export const scaleIdPrefix = '5ca1e0';

/** Whole cents as a decimal string, e.g. 123456 → "1234.56". */
export function money(cents: number): string {
  const c = Math.max(0, Math.round(cents));
  return `${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}`;
}

/** ISO date of a day counted from 2000-01-01. */
export function dayIso(day: number): string {
  return new Date(Date.UTC(2000, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
}

export const dayOf = (iso: string) => Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.UTC(2000, 0, 1)) / 86_400_000);
