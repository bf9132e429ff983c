/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD) without time zones: every rule of this line is
 * about calendar days, so strings compare correctly with < and >.
 */
export const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
export const daysInMonth = (y: number, m: number) => [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;

export function parts(iso: string): { y: number; m: number; d: number } {
  return { y: Number(iso.slice(0, 4)), m: Number(iso.slice(5, 7)), d: Number(iso.slice(8, 10)) };
}

export const isoOf = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

/** A real calendar day in the expected format. */
export function isIsoDate(value: string): boolean {
  if (!isoDatePattern.test(value)) return false;
  const { y, m, d } = parts(value);
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/**
 * The day `months` calendar months after `iso`, on the corresponding day of the month; when the
 * target month has no such day, its last day (民法典 第二百零二条).
 */
export function addMonths(iso: string, months: number): string {
  const { y, m, d } = parts(iso);
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = (index % 12) + 1;
  return isoOf(ty, tm, Math.min(d, daysInMonth(ty, tm)));
}

export const addYears = (iso: string, years: number) => addMonths(iso, years * 12);

export function addDays(iso: string, days: number): string {
  const { y, m, d } = parts(iso);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return isoOf(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Local calendar day of an instant in China (UTC+8, no daylight saving). */
export function chinaDate(instant: Date): string {
  const t = new Date(instant.getTime() + 8 * 3_600_000);
  return isoOf(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

export const yearOf = (iso: string) => Number(iso.slice(0, 4));
