import { and, type SQL, sql } from 'drizzle-orm';
import { addMonths } from '../../../../domain/enterprise/dates';
import { type ReminderKind, remindersFor } from '../../../../domain/enterprise/reminders';
import { enterpriseReminders } from '../../../db/schema';
import type { Scope } from '../../../platform/authz/scope';
import { keptRegion, type KeptList } from './kept';
import { type ReminderRow, reminderSubjectOf, unsafeReminderSubjectsQuery } from './reminders-repo';
import { reminderMonthsMax } from './schemas';

/**
 * 到期提醒 kept per enterprise, for the longest window a reader may ask: the window only decides
 * whether an expiring certificate or a report due is shown (its date against the horizon), so a
 * shorter window is a filter on the kept rows (keptRemindersQuery).
 */
export const reminderList: KeptList<ReminderRow, typeof enterpriseReminders> = {
  name: 'reminders',
  // Change with the reminder rules (domain/enterprise/reminders.ts) or with what is kept.
  rules: `reminders-1-${reminderMonthsMax}`,
  changes: 'enterprise_reminder_changes',
  table: enterpriseReminders,
  columns: ['enterpriseId', 'kind', 'dueOn', 'severity', 'message', 'regionCode', 'name'],
  subjects: (which, asOf) => unsafeReminderSubjectsQuery(which, asOf, reminderMonthsMax),
  derive: (row, asOf) => remindersFor(reminderSubjectOf(row), asOf, reminderMonthsMax).map((r) => ({
    enterpriseId: r.enterpriseId, kind: r.kind, dueOn: r.dueOn, severity: r.severity, message: r.message, regionCode: row.regionCode, name: r.enterpriseName,
  })),
};

/** Kinds whose date must fall within the window asked (remindersFor's horizon). */
const windowed: ReminderKind[] = ['hnte_expiring', 'hnte_report_due'];

/** The kept reminders of the region a reader reaches, within `months` of `asOf`, of one kind or all. */
export function keptRemindersQuery(scope: Scope, asOf: string, q: { months: number; kind?: ReminderKind; regionCode?: string }): SQL {
  const t = enterpriseReminders;
  const horizon = addMonths(asOf, q.months);
  const where = and(
    keptRegion(sql`${t.regionCode}`, scope.regionCode, q.regionCode),
    q.kind ? sql`${t.kind} = ${q.kind}` : undefined,
    sql`(${t.kind} <> all(${sql.param(windowed)}::text[]) or ${t.dueOn} <= ${horizon}::date)`,
  );
  return sql`select ${t.kind}, ${t.enterpriseId} as "enterpriseId", ${t.name} as "enterpriseName", ${t.dueOn}::text as "dueOn", ${t.severity}, ${t.message}
    from ${t} where ${where}`;
}
