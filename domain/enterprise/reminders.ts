import type { TierKind, TierStatus } from './codes';
import { addMonths, addYears, yearOf } from './dates';
import { summariseReports } from './hnte-reports';
import { compareChineseNames } from './names';
import { tierState } from './tiers';

export const reminderKinds = ['hnte_expiring', 'hnte_report_due', 'hnte_report_missed', 'hnte_report_flagged', 'tech_sme_not_renewed'] as const;
export type ReminderKind = (typeof reminderKinds)[number];
export const reminderKindLabels: Record<ReminderKind, string> = {
  hnte_expiring: '高企证书即将到期',
  hnte_report_due: '高企年报待填报',
  hnte_report_missed: '高企年报逾期未报',
  hnte_report_flagged: '高企年报累计 2 年未报',
  tech_sme_not_renewed: '科小本年度未入库',
};

export interface ReminderTier {
  kind: TierKind;
  status: TierStatus;
  number: string | null;
  year: number | null;
  issuedOn: string | null;
  validFrom: string;
  validUntil: string | null;
}

export interface ReminderSubject {
  enterpriseId: string;
  enterpriseName: string;
  tiers: readonly ReminderTier[];
  /** HNTE annual reports filed: report year → filing date. */
  reportsFiled: ReadonlyMap<number, string>;
}

export interface Reminder {
  kind: ReminderKind;
  enterpriseId: string;
  enterpriseName: string;
  dueOn: string | null;
  severity: 'info' | 'warning' | 'danger';
  message: string;
}

/**
 * Reminders for one enterprise on `asOf`, looking `months` ahead:
 * - a valid 高企 certificate whose last valid day is within the window, unless a later one exists;
 * - 高企 annual reports due within the window, missed, or missed twice (flagged);
 * - 科小 held last year but not (yet) this year.
 */
export function remindersFor(s: ReminderSubject, asOf: string, months: number): Reminder[] {
  const horizon = addMonths(asOf, months);
  const out: Reminder[] = [];
  const base = { enterpriseId: s.enterpriseId, enterpriseName: s.enterpriseName };
  const hnte = s.tiers.filter((t) => t.kind === 'hnte' && t.status === 'active' && t.issuedOn);
  for (const t of hnte) {
    const until = t.validUntil!;
    const renewed = hnte.some((o) => o !== t && o.validUntil! > until);
    if (!renewed && tierState(t, asOf) === 'valid' && until <= horizon) {
      out.push({ ...base, kind: 'hnte_expiring', dueOn: until, severity: until <= addMonths(asOf, 1) ? 'danger' : 'warning', message: `高新技术企业证书 ${t.number ?? ''} 将于 ${until} 到期，请组织重新认定` });
    }
    // Reports stay relevant for a year after expiry: the last one is due the May after the third year.
    if (until < addYears(asOf, -1)) continue;
    const summary = summariseReports(t.issuedOn!, s.reportsFiled, asOf);
    for (const y of summary.years) {
      if (y.state === 'missed') out.push({ ...base, kind: 'hnte_report_missed', dueOn: y.dueOn, severity: 'warning', message: `${y.reportYear} 年度高企年度发展情况报表应于 ${y.dueOn} 前填报，尚未填报` });
      if (y.state === 'due' && y.dueOn <= horizon) out.push({ ...base, kind: 'hnte_report_due', dueOn: y.dueOn, severity: 'info', message: `${y.reportYear} 年度高企年度发展情况报表须于 ${y.dueOn} 前填报` });
    }
    if (summary.flagged) {
      out.push({ ...base, kind: 'hnte_report_flagged', dueOn: null, severity: 'danger', message: `高企年报已累计 ${summary.missed} 年未填报，高企资格可能被取消` });
    }
  }
  const year = yearOf(asOf);
  const sme = s.tiers.filter((t) => t.kind === 'tech_sme' && t.status === 'active');
  if (sme.some((t) => t.year === year - 1) && !sme.some((t) => t.year === year)) {
    out.push({ ...base, kind: 'tech_sme_not_renewed', dueOn: null, severity: 'warning', message: `${year - 1} 年为科技型中小企业，${year} 年尚未入库` });
  }
  return out;
}

// ISO dates and the ASCII kind codes order the same by code unit as by localeCompare, without
// a collator per call.
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Soonest first; reminders without a date after dated ones, then by enterprise name, then kind. */
type ReminderOrderKey = Pick<Reminder, 'dueOn' | 'enterpriseName' | 'kind'>;
export const compareReminders = (a: ReminderOrderKey, b: ReminderOrderKey): number =>
  byCodeUnits(a.dueOn ?? '9999', b.dueOn ?? '9999') || compareChineseNames(a.enterpriseName, b.enterpriseName) || byCodeUnits(a.kind, b.kind);

export function sortReminders(list: Reminder[]): Reminder[] {
  return [...list].sort(compareReminders);
}
