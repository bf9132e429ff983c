import { sql } from 'drizzle-orm';
import type { DiagnosisPolicies } from '../../../../domain/diagnosis';
import type { CandidateTarget } from '../../../../domain/enterprise/candidates';
import type { StoredYear } from '../../../../domain/enterprise/diagnosis-input';
import { yearOf } from '../../../../domain/enterprise/dates';
import type { DbOrTx } from '../../../db/client';
import type { Scope } from '../../../platform/authz/scope';
import { enterpriseWhere, holdsTier } from '../master/filters';
import { hnteMayQualify, techSmeMayQualify } from './candidate-filter';

export interface CandidateScan {
  scope: Scope;
  regionCode?: string;
  asOf: string;
  policies: DiagnosisPolicies;
  targets: readonly CandidateTarget[];
}

/** What the rule needs of one enterprise besides its annual rows, and which targets the SQL left open. */
export interface CandidateSubject {
  id: string;
  name: string;
  foundedOn: string | null;
  industryCode: string | null;
  hnteFieldCode: string | null;
  validHnte: boolean;
  techSmeThisYear: boolean;
  open: CandidateTarget[];
}

/** The newest `n` annual rows the diagnosis may use: before the year of `asOf`, not before founding. */
const usableYears = (asOf: string, n: number) => sql`select * from enterprise_annual_data a
  where a.enterprise_id = enterprises.id and a.year < ${yearOf(asOf)}::int and a.year >= extract(year from enterprises.founded_on)
  order by a.year desc limit ${n}::int`;

/**
 * The next `limit` enterprises of the scope after `after` (keyset on id) that may be a candidate
 * for one of `scan.targets`. Holdings are the SQL twins of hasValidTier / hasTechSmeForYear.
 */
export async function candidateSubjectsAfter(db: DbOrTx, scan: CandidateScan, after: string | null, limit: number): Promise<CandidateSubject[]> {
  const { asOf, policies, targets } = scan;
  const hnte = targets.includes('hnte') ? hnteMayQualify(policies.hnte, asOf) : sql`false`;
  const sme = targets.includes('tech_sme') ? techSmeMayQualify(policies.techSme) : sql`false`;
  const rows = await db.execute<Omit<CandidateSubject, 'open'> & { hnteOpen: boolean; smeOpen: boolean }>(sql`
    select enterprises.id, enterprises.name, enterprises.founded_on::text as "foundedOn", enterprises.industry_code as "industryCode",
      enterprises.hnte_field_code as "hnteFieldCode", holds.valid_hnte as "validHnte", holds.tech_sme_this_year as "techSmeThisYear",
      open.hnte as "hnteOpen", open.sme as "smeOpen"
    from enterprises
    cross join lateral (${usableYears(asOf, 1)}) latest
    cross join lateral (select ${holdsTier('hnte', asOf)} as valid_hnte,
      exists (select 1 from enterprise_tiers t where t.enterprise_id = enterprises.id and t.kind = 'tech_sme'
        and t.status = 'active' and t.year = ${yearOf(asOf)}::int) as tech_sme_this_year) holds
    cross join lateral (select ${hnte} as hnte, ${sme} as sme) open
    where ${enterpriseWhere(scan.scope, { regionCode: scan.regionCode }, asOf)}
      and enterprises.founded_on is not null and (open.hnte or open.sme)
      ${after ? sql`and enterprises.id > ${after}::uuid` : sql``}
    order by enterprises.id limit ${limit}::int`);
  return rows.rows.map(({ hnteOpen, smeOpen, ...r }) => ({ ...r, open: [...(hnteOpen ? ['hnte' as const] : []), ...(smeOpen ? ['tech_sme' as const] : [])] }));
}

/** The (at most three) annual rows each enterprise's diagnosis run can use, as the rule reads them. */
export async function diagnosisYearsOf(db: DbOrTx, ids: string[], asOf: string): Promise<Map<string, StoredYear[]>> {
  const rows = await db.execute<StoredYear & { enterpriseId: string }>(sql`
    select enterprises.id as "enterpriseId", y.year, y.employees, y.tech_staff as "techStaff", y.sales_revenue as "salesRevenue",
      y.total_income as "totalIncome", y.total_assets as "totalAssets", y.net_assets as "netAssets", y.total_cost as "totalCost",
      y.rd_expense as "rdExpense", y.rd_expense_domestic as "rdExpenseDomestic", y.high_tech_income as "highTechIncome",
      y.ip_class1 as "ipClass1", y.ip_class2 as "ipClass2", y.conversions
    from enterprises cross join lateral (${usableYears(asOf, 3)}) y
    where enterprises.id = any(${sql.param(ids)}::uuid[])`);
  const out = new Map<string, StoredYear[]>();
  for (const { enterpriseId, ...year } of rows.rows) out.set(enterpriseId, [...(out.get(enterpriseId) ?? []), year]);
  return out;
}
