/** China has one time zone and no daylight saving: local time is UTC+8 all year. */
const chinaOffsetMs = 8 * 3_600_000;

const pad = (n: number) => String(n).padStart(2, '0');

/** 2026-06-30 17:00 as people in China read the instant. */
export function chinaDateTime(at: Date): string {
  const t = new Date(at.getTime() + chinaOffsetMs);
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())} ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`;
}

/** The calendar day (YYYY-MM-DD) of an instant in China. */
export const chinaDate = (at: Date): string => chinaDateTime(at).slice(0, 10);

export interface ApplicationWindow {
  opensAt: Date;
  closesAt: Date;
}

export type WindowState = 'not_open' | 'open' | 'closed';

/** The window includes both ends: a submission at exactly closesAt is on time. */
export function windowState(w: ApplicationWindow, now: Date): WindowState {
  if (now.getTime() < w.opensAt.getTime()) return 'not_open';
  return now.getTime() > w.closesAt.getTime() ? 'closed' : 'open';
}

/** Why an application cannot be submitted now, or null when the window is open. */
export function windowProblem(w: ApplicationWindow | null | undefined, now: Date): string | null {
  if (!w) return '申报指南未设置申报时间';
  switch (windowState(w, now)) {
    case 'not_open':
      return `申报将于 ${chinaDateTime(w.opensAt)} 开始，尚不能提交`;
    case 'closed':
      return `申报已于 ${chinaDateTime(w.closesAt)} 截止，不能再提交`;
    default:
      return null;
  }
}

/** Whole days from one YYYY-MM-DD to another (negative when `to` is earlier). */
export function daysFrom(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Months covered by a period, counting a started month as whole (2026-01-01…2027-12-31 → 24). */
export function periodMonths(startOn: string, endOn: string): number {
  const [sy, sm, sd] = startOn.split('-').map(Number) as [number, number, number];
  const [ey, em, ed] = endOn.split('-').map(Number) as [number, number, number];
  const months = (ey - sy) * 12 + (em - sm);
  return ed >= sd ? months + 1 : months;
}
