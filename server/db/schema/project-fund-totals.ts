import { integer, numeric, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';

const money = (name: string) => numeric(name, { precision: 18, scale: 2 }).notNull().default('0');

/**
 * 经费汇总 pre-aggregated: the projects past 草稿 per programme, year and county (the first 6 digits
 * of their region code), with what was requested, approved and disbursed from each source. Kept by
 * statement-level triggers on projects and project_disbursements (migration 0013), which recompute
 * each touched key from its projects; a province's summary sums these rows instead of 50,000
 * projects and their tranches. Never written by the app.
 */
export const projectFundTotals = pgTable(
  'project_fund_totals',
  {
    programmeId: uuid('programme_id').notNull(),
    year: integer('year').notNull(),
    countyCode: text('county_code').notNull(),
    projects: integer('projects').notNull().default(0),
    requestedFiscal: money('requested_fiscal'),
    approvedAmount: money('approved_amount'),
    disbursedCounty: money('disbursed_county'),
    disbursedCityMatch: money('disbursed_city_match'),
    disbursedProvinceMatch: money('disbursed_province_match'),
  },
  (t) => [primaryKey({ columns: [t.programmeId, t.year, t.countyCode] })],
);
