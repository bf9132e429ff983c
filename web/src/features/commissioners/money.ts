import { Dec, sum } from '../../../../domain/exact';

/** '1234567.5' → '1,234,567.50 元', from the decimal string; no binary float on the way. */
export function yuan(amount: string): string {
  const [whole = '0', cents = '00'] = new Dec(amount).toFixed(2).split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  return `${sign}${whole.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents} 元`;
}

/** Exact total of decimal strings, as a 2-decimal string. */
export const total = (amounts: readonly string[]): string => sum(amounts).toFixed(2);

/** Sums of the fund summary rows by year, newest first: `[year, total]` pairs of exact strings. */
export function totalsByYear(rows: ReadonlyArray<{ year: number; amount: string }>): Array<[number, string]> {
  const byYear = new Map<number, string[]>();
  for (const r of rows) byYear.set(r.year, [...(byYear.get(r.year) ?? []), r.amount]);
  return [...byYear.entries()].sort((a, b) => b[0] - a[0]).map(([y, list]) => [y, total(list)]);
}

/** A share '0.35' as the percent people type ('35'), and back; both exact. */
export const shareToPercent = (share: string | null | undefined): string | null => (share ? new Dec(share).mul(100).toString() : null);
export const percentToShare = (percent: string | number | null | undefined): string | null =>
  percent === null || percent === undefined || percent === '' ? null : new Dec(String(percent)).div(100).toString();

/** How many may hold a capped grade: floor(share × appraised), as the server counts. */
export const capCount = (share: string, appraised: number): number => new Dec(share).mul(appraised).floor().toNumber();
