import { remindersFor } from '../../../../domain/enterprise/reminders';
import { enterpriseReminders } from '../../../db/schema';
import type { KeptList } from './kept';
import { type ReminderRow, reminderSubjectOf, unsafeReminderSubjectsQuery } from './reminders-repo';
import { reminderMonthsMax } from './schemas';

/**
 * 到期提醒 kept per enterprise, for the longest window a reader may ask: the window only decides
 * whether an expiring certificate or a report due is shown (its date against the horizon), so a
 * shorter window is a filter on the kept rows (reminder-reads.ts).
 */
export const reminderList: KeptList<ReminderRow, typeof enterpriseReminders> = {
  name: 'reminders',
  // Change with the reminder rules (domain/enterprise/reminders.ts) or with what is kept.
  rules: `reminders-2-${reminderMonthsMax}`,
  changes: 'enterprise_reminder_changes',
  table: enterpriseReminders,
  columns: ['enterpriseId', 'kind', 'dueOn', 'severity', 'message', 'regionCode', 'name'],
  subjects: (which, asOf) => unsafeReminderSubjectsQuery(which, asOf, reminderMonthsMax),
  derive: (row, asOf) => remindersFor(reminderSubjectOf(row), asOf, reminderMonthsMax).map((r) => ({
    enterpriseId: r.enterpriseId, kind: r.kind, dueOn: r.dueOn, severity: r.severity, message: r.message, regionCode: row.regionCode, name: r.enterpriseName,
  })),
};

