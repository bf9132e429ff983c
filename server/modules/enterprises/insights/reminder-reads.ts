import { and, type SQL, sql } from 'drizzle-orm';
import { addMonths } from '../../../../domain/enterprise/dates';
import type { Reminder, ReminderKind } from '../../../../domain/enterprise/reminders';
import type { DbOrTx } from '../../../db/client';
import { enterpriseReminders as t } from '../../../db/schema';
import type { Scope } from '../../../platform/authz/scope';
import { keptRegion } from './kept';
import { type PageSpan, pageSpan } from './page-span';

export interface ReminderFilter { months: number; kind?: ReminderKind; regionCode?: string }

/** What orders a reminder in the list (compareReminders), with the kept row's id for its texts. */
export type ReminderKey = Pick<Reminder, 'kind' | 'enterpriseId' | 'enterpriseName' | 'dueOn'> & { id: string };

/** Kinds whose date must fall within the window asked (remindersFor's horizon). */
const windowed: ReminderKind[] = ['hnte_expiring', 'hnte_report_due'];

/** The kept reminders of the region a reader reaches, within `months` of `asOf`, of one kind or all. */
function keptWhere(scope: Scope, asOf: string, q: ReminderFilter): SQL | undefined {
  return and(
    keptRegion(sql`${t.regionCode}`, scope.regionCode, q.regionCode),
    q.kind ? sql`${t.kind} = ${q.kind}` : undefined,
    sql`(${t.kind} <> all(${sql.param(windowed)}::text[]) or ${t.dueOn} <= ${addMonths(asOf, q.months)}::date)`,
  );
}

/** How many of those reminders fall due on each date, in due-date order, undated last (as compareReminders). */
export async function keptReminderDates(tx: DbOrTx, scope: Scope, asOf: string, q: ReminderFilter): Promise<DueDateCount[]> {
  const { rows } = await tx.execute<DueDateCount>(sql`select ${t.dueOn}::text as "dueOn", count(*)::int as n
    from ${t} where ${keptWhere(scope, asOf, q)} group by ${t.dueOn} order by ${t.dueOn} nulls last`);
  return rows;
}
export type DueDateCount = { dueOn: string | null; n: number };

/** The due dates a page spans (from and to inclusive, null = undated), and how many reminders are due before them. */
export type PageDates = PageSpan<string | null>;

/**
 * The due dates holding the reminders at positions [offset, offset + size) of the list: the list
 * orders by date first, so those are the only reminders whose names need comparing.
 */
export const pageDates = (dates: readonly DueDateCount[], offset: number, size: number): PageDates | null =>
  pageSpan(dates.map((d) => ({ key: d.dueOn, n: d.n })), offset, size);

/** The keys of those reminders due within `span`, unordered (the caller sorts them by name). */
export async function keptReminderKeys(tx: DbOrTx, scope: Scope, asOf: string, q: ReminderFilter, span: PageDates): Promise<ReminderKey[]> {
  const due = span.from === null ? sql`${t.dueOn} is null`
    : span.to === null ? sql`(${t.dueOn} >= ${span.from}::date or ${t.dueOn} is null)`
    : sql`${t.dueOn} between ${span.from}::date and ${span.to}::date`;
  const { rows } = await tx.execute<ReminderKey>(sql`select ${t.id}::text as id, ${t.kind}, ${t.enterpriseId} as "enterpriseId",
      ${t.name} as "enterpriseName", ${t.dueOn}::text as "dueOn"
    from ${t} where ${and(keptWhere(scope, asOf, q), due)}`);
  return rows;
}

/** Severity and message of the kept reminders `ids` (a page's), within the reader's region. */
export async function keptReminderTexts(tx: DbOrTx, scope: Scope, ids: string[]): Promise<Map<string, Pick<Reminder, 'severity' | 'message'>>> {
  if (!ids.length) return new Map();
  const { rows } = await tx.execute<{ id: string } & Pick<Reminder, 'severity' | 'message'>>(sql`select ${t.id}::text as id, ${t.severity}, ${t.message}
    from ${t} where ${t.id} = any(${sql.param(ids)}::bigint[]) and ${keptRegion(sql`${t.regionCode}`, scope.regionCode)}`);
  return new Map(rows.map(({ id, ...text }) => [id, text]));
}
