import { type SQL, sql } from 'drizzle-orm';
import type { DiagnosisPolicies } from '../../../../domain/diagnosis';
import type { CandidateTarget } from '../../../../domain/enterprise/candidates';
import type { StoredYear } from '../../../../domain/enterprise/diagnosis-input';
import { yearOf } from '../../../../domain/enterprise/dates';
import { type Holdings, hnteMayQualify, techSmeMayQualify, yearMayQualify } from './candidate-filter';

export interface CandidateScan {
  /** Which enterprises (a condition on `enterprises`): all of them, or those whose data changed. */
  enterprises: SQL;
  asOf: string;
  policies: DiagnosisPolicies;
  targets: readonly CandidateTarget[];
}

/** What the rule needs of one enterprise, and which targets the SQL left open. */
export interface CandidateSubject {
  id: string;
  name: string;
  regionCode: string;
  foundedOn: string | null;
  industryCode: string | null;
  hnteFieldCode: string | null;
  validHnte: boolean;
  techSmeThisYear: boolean;
  hnteOpen: boolean;
  smeOpen: boolean;
  /** The newest (at most three) annual rows the diagnosis may use, money as exact decimal strings. */
  years: StoredYear[];
}

/**
 * SQL twins of hasValidTier(…, 'hnte', asOf) and hasTechSmeForYear on the scoped enterprise `e`;
 * PostgreSQL probes the tier index or hashes the set, whichever the number of enterprises favours.
 */
const holdings = (asOf: string): Holdings => ({
  validHnte: sql`exists (select 1 from enterprise_tiers t where t.enterprise_id = e.id and t.kind = 'hnte'
    and t.status = 'active' and t.valid_from <= ${asOf}::date and (t.valid_until is null or t.valid_until >= ${asOf}::date))`,
  techSmeThisYear: sql`exists (select 1 from enterprise_tiers t where t.enterprise_id = e.id and t.kind = 'tech_sme'
    and t.status = 'active' and t.year = ${yearOf(asOf)}::int)`,
});

/** The newest `n` annual rows the diagnosis may use: before the year of `asOf`, not before founding. */
const usableYears = (id: string, foundedOn: string, asOf: string, n: number) => sql`select * from enterprise_annual_data a
  where a.enterprise_id = ${sql.raw(id)} and a.year < ${yearOf(asOf)}::int and a.year >= extract(year from ${sql.raw(foundedOn)})
  order by a.year desc limit ${n}::int`;

const yearFields = sql`'year', a.year, 'employees', a.employees, 'techStaff', a.tech_staff, 'ipClass1', a.ip_class1,
  'ipClass2', a.ip_class2, 'conversions', a.conversions, 'salesRevenue', a.sales_revenue::text, 'totalIncome', a.total_income::text,
  'totalAssets', a.total_assets::text, 'netAssets', a.net_assets::text, 'totalCost', a.total_cost::text,
  'rdExpense', a.rd_expense::text, 'rdExpenseDomestic', a.rd_expense_domestic::text, 'highTechIncome', a.high_tech_income::text`;

/**
 * The last year of each diagnosis run (the newest usable row). That is last year's row for nearly
 * every enterprise, so those come from one scan; only enterprises without one take an index probe.
 */
const latestRows = (asOf: string) => sql`select a.* from enterprise_annual_data a join scoped s on s.id = a.enterprise_id
    where a.year = ${yearOf(asOf) - 1}::int and a.year >= extract(year from s.founded_on)
  union all
  select l.* from scoped s cross join lateral (${usableYears('s.id', 's.founded_on', asOf, 1)}) l
    where not exists (select 1 from enterprise_annual_data b where b.enterprise_id = s.id and b.year = ${yearOf(asOf) - 1}::int)`;

/**
 * Every enterprise of `scan.enterprises` that may be a candidate for one of `scan.targets`, with
 * what the rule reads. No scope: it fills the kept candidacies (candidacy-store.ts), which every
 * reader filters by its own region. The conditions on `latest` are necessary ones (candidate-filter.ts); the cheap ones
 * on `latest` alone run first so the tier probes only see the few that pass. Money leaves the JSON
 * as text so no amount passes through a float.
 */
export function unsafeCandidateSubjectsQuery(scan: CandidateScan): SQL {
  const { asOf, policies, targets } = scan;
  const holds = holdings(asOf);
  const hnte = targets.includes('hnte') ? hnteMayQualify(policies.hnte, asOf, holds) : sql`false`;
  const sme = targets.includes('tech_sme') ? techSmeMayQualify(policies.techSme, holds) : sql`false`;
  return sql`with scoped as materialized (select id, name, region_code, founded_on, industry_code, hnte_field_code from enterprises
      where ${scan.enterprises} and founded_on is not null)
    select id, name, "regionCode", "foundedOn", "industryCode", "hnteFieldCode", "validHnte", "techSmeThisYear", "hnteOpen", "smeOpen",
      (select json_agg(json_build_object(${yearFields}) order by a.year desc) from (${usableYears('c.id', 'c."foundedOn"', asOf, 3)}) a) as years
    from (select e.id, e.name, e.region_code as "regionCode", e.founded_on as "foundedOn", e.industry_code as "industryCode", e.hnte_field_code as "hnteFieldCode",
        ${holds.validHnte} as "validHnte", ${holds.techSmeThisYear} as "techSmeThisYear", ${hnte} as "hnteOpen", ${sme} as "smeOpen"
      from scoped e join (${latestRows(asOf)}) latest on latest.enterprise_id = e.id
      where ${yearMayQualify(policies, targets, holds.validHnte)}
      offset 0) c -- a fence: the flags are computed once, not again in the filter below
    where "hnteOpen" or "smeOpen"`;
}
