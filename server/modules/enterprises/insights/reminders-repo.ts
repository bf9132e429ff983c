import { and, asc, gt, type SQL, sql } from 'drizzle-orm';
import { addMonths, addYears, yearOf } from '../../../../domain/enterprise/dates';
import type { ReminderKind, ReminderSubject, ReminderTier } from '../../../../domain/enterprise/reminders';
import type { DbOrTx } from '../../../db/client';
import { enterprises, enterpriseTiers, hnteAnnualReports } from '../../../db/schema';
import type { Scope } from '../../../platform/authz/scope';
import { enterpriseIdRef } from '../common/refs';
import { enterpriseWhere } from '../master/filters';

export interface ReminderScan {
  scope: Scope;
  regionCode?: string;
  asOf: string;
  months: number;
  kind?: ReminderKind;
}

/**
 * Necessary conditions of each reminder kind of remindersFor (domain/enterprise/reminders.ts), as
 * SQL on the enterprise's tiers and filed reports; the rule still decides for every enterprise kept
 * (reminders-filter.test.ts compares both on boundary fixtures).
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

function mayRemind(scan: ReminderScan): SQL {
  const { asOf, months, kind } = scan;
  if (kind === 'hnte_expiring') return expiring(asOf, months);
  if (kind === 'tech_sme_not_renewed') return smeLapsed(asOf);
  if (kind) return reportOpen(asOf);
  return sql`(${expiring(asOf, months)} or ${reportOpen(asOf)} or ${smeLapsed(asOf)})`;
}

/**
 * The next `limit` enterprises of the scope after `after` (keyset on id) that may have a reminder
 * of the kind asked, with the tiers and reports remindersFor reads (active 高企 and 科小 tiers only:
 * the rule ignores every other row).
 */
export async function reminderSubjectsAfter(db: DbOrTx, scan: ReminderScan, after: string | null, limit: number): Promise<Array<ReminderSubject & { id: string }>> {
  const chunk = await db.select({ id: enterprises.id, name: enterprises.name }).from(enterprises)
    .where(and(enterpriseWhere(scan.scope, { regionCode: scan.regionCode }, scan.asOf), mayRemind(scan), after ? gt(enterprises.id, after) : undefined))
    .orderBy(asc(enterprises.id)).limit(limit);
  if (chunk.length === 0) return [];
  const ids = sql.param(chunk.map((e) => e.id));
  const [tiers, reports] = await Promise.all([
    db.select({
      enterpriseId: enterpriseTiers.enterpriseId, kind: enterpriseTiers.kind, status: enterpriseTiers.status, number: enterpriseTiers.number,
      year: enterpriseTiers.year, issuedOn: enterpriseTiers.issuedOn, validFrom: enterpriseTiers.validFrom, validUntil: enterpriseTiers.validUntil,
    }).from(enterpriseTiers)
      .where(sql`${enterpriseTiers.enterpriseId} = any(${ids}::uuid[]) and ${enterpriseTiers.kind} in ('hnte', 'tech_sme') and ${enterpriseTiers.status} = 'active'`)
      .orderBy(sql`${enterpriseTiers.validFrom} desc, ${enterpriseTiers.createdAt} desc`),
    db.select({ enterpriseId: hnteAnnualReports.enterpriseId, reportYear: hnteAnnualReports.reportYear, filedOn: hnteAnnualReports.filedOn })
      .from(hnteAnnualReports).where(sql`${hnteAnnualReports.enterpriseId} = any(${ids}::uuid[])`),
  ]);
  const subjects = new Map(chunk.map((e) => [e.id, { id: e.id, enterpriseId: e.id, enterpriseName: e.name, tiers: [] as ReminderTier[], reportsFiled: new Map<number, string>() }]));
  for (const { enterpriseId, ...tier } of tiers) subjects.get(enterpriseId)!.tiers.push(tier);
  for (const r of reports) subjects.get(r.enterpriseId)!.reportsFiled.set(r.reportYear, r.filedOn);
  return [...subjects.values()];
}
