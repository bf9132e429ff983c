import { integer, numeric, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { projectStates } from '../../../domain/projects/states';

const money = (name: string) => numeric(name, { precision: 18, scale: 2 }).notNull().default('0');

/**
 * The project library's totals pre-aggregated per county, year and state,
 * maintained by statement-level triggers on projects (migration 0010): a province-wide total
 * sums a few thousand of these rows instead of every matching project. Never written by the app.
 */
export const projectTotals = pgTable(
  'project_totals',
  {
    /** The first 6 digits of the projects' region code: a county (or a city/province for their own projects). */
    countyCode: text('county_code').notNull(),
    year: integer('year').notNull(),
    state: text('state', { enum: projectStates }).notNull(),
    projects: integer('projects').notNull().default(0),
    requestedFiscal: money('requested_fiscal'),
    approvedAmount: money('approved_amount'),
    disbursedAmount: money('disbursed_amount'),
  },
  (t) => [primaryKey({ columns: [t.countyCode, t.year, t.state] })],
);
