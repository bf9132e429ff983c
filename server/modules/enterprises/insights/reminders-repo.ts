import { and, type SQL, sql } from 'drizzle-orm';
import { addMonths, addYears, yearOf } from '../../../../domain/enterprise/dates';
import type { ReminderSubject, ReminderTier } from '../../../../domain/enterprise/reminders';
import { enterpriseIdRef } from '../common/refs';

/**
 * Necessary conditions of each reminder kind of remindersFor (domain/enterprise/reminders.ts), as
 * SQL on the enterprise's tiers and filed reports; the rule still decides for every enterprise kept
 * (tests/insights.test.ts compares both on boundary fixtures).
 */
const activeHnte = sql`t.enterprise_id = ${enterpriseIdRef} and t.kind = 'hnte' and t.status = 'active' and t.issued_on is not null`;

/** hnte_expiring: a certificate valid on `asOf` whose last valid day is inside the window. */
const expiring = (asOf: string, months: number) => sql`exists (select 1 from enterprise_tiers t where ${activeHnte}
  and t.valid_from <= ${asOf}::date and t.valid_until >= ${asOf}::date and t.valid_until <= ${addMonths(asOf, months)}::date)`;

/**
 * hnte_report_due / _missed / _flagged: a certificate still within a year of its end (or without
 * one) with a report year unfiled whose filing window has opened, i.e. report year < year of asOf.
 */
const reportOpen = (asOf: string) => sql`exists (select 1 from enterprise_tiers t where ${activeHnte}
  and (t.valid_until is null or t.valid_until >= ${addYears(asOf, -1)}::date)
  and exists (select 1 from generate_series(extract(year from t.issued_on)::int, least(extract(year from t.issued_on)::int + 2, ${yearOf(asOf) - 1}::int)) ry
    where not exists (select 1 from hnte_annual_reports r where r.enterprise_id = t.enterprise_id and r.report_year = ry)))`;

/** tech_sme_not_renewed: registered last year, not this year. */
const smeLapsed = (asOf: string) => {
  const registered = (year: number) => sql`exists (select 1 from enterprise_tiers t where t.enterprise_id = ${enterpriseIdRef}
    and t.kind = 'tech_sme' and t.status = 'active' and t.year = ${year}::int)`;
  return sql`(${registered(yearOf(asOf) - 1)} and not ${registered(yearOf(asOf))})`;
};

const mayRemind = (asOf: string, months: number) => sql`(${expiring(asOf, months)} or ${reportOpen(asOf)} or ${smeLapsed(asOf)})`;

export interface ReminderRow { id: string; name: string; regionCode: string; tiers: ReminderTier[]; reports: Array<[number, string]> }

/**
 * Every enterprise of `which` (a condition on `enterprises`) that may have a reminder within
 * `months`, with what remindersFor reads: its active 高企 and 科小 tiers (the rule ignores every
 * other row), newest first as the enterprise page lists them, and its filed reports. No scope: it
 * fills the kept reminders (reminder-store.ts), which every reader filters by its own region.
 */
export function unsafeReminderSubjectsQuery(which: SQL, asOf: string, months: number): SQL {
  return sql`select enterprises.id, enterprises.name, enterprises.region_code as "regionCode",
      coalesce((select json_agg(json_build_object('kind', t.kind, 'status', t.status, 'number', t.number, 'year', t.year,
        'issuedOn', t.issued_on, 'validFrom', t.valid_from, 'validUntil', t.valid_until) order by t.valid_from desc, t.created_at desc)
        from enterprise_tiers t where t.enterprise_id = enterprises.id and t.kind in ('hnte', 'tech_sme') and t.status = 'active'), '[]') as tiers,
      coalesce((select json_agg(json_build_array(r.report_year, r.filed_on))
        from hnte_annual_reports r where r.enterprise_id = enterprises.id), '[]') as reports
    from enterprises
    where ${and(which, mayRemind(asOf, months))}`;
}

export const reminderSubjectOf = (r: ReminderRow): ReminderSubject =>
  ({ enterpriseId: r.id, enterpriseName: r.name, tiers: r.tiers, reportsFiled: new Map(r.reports) });
