import { date, index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';

const count = (name: string) => integer(name).notNull().default(0);

/** The figures of `domain/commissioners/log-summary.ts` (summaryMetrics), kept per commissioner and per county. */
const figureColumns = () => ({
  serviceDays: count('service_days'),
  services: count('services'),
  onsiteVisits: count('onsite_visits'),
  villagesServed: count('villages_served'),
  trainings: count('trainings'),
  trainedPeople: count('trained_people'),
  beneficiaries: count('beneficiaries'),
  varieties: count('varieties'),
  technologies: count('technologies'),
  problemsSolved: count('problems_solved'),
});

/**
 * The figures of `domain/commissioners/log-summary.ts` per commissioner and calendar year,
 * recomputed from the service logs by statement-level triggers (migration 0011) for every
 * (commissioner, year) a statement touches: a province's summary page and totals read about one
 * row per commissioner instead of aggregating a year of logs. Never written by the app. Readers
 * scope through `commissioners`; `county_code` (the commissioner's region cut to a county, kept by
 * migration 0019) only feeds `commissioner_log_county_years`.
 */
export const commissionerLogYears = pgTable(
  'commissioner_log_years',
  {
    commissionerId: uuid('commissioner_id').notNull(),
    year: integer('year').notNull(),
    countyCode: text('county_code').notNull(),
    ...figureColumns(),
    firstDate: date('first_date'),
    lastDate: date('last_date'),
  },
  (t) => [primaryKey({ columns: [t.commissionerId, t.year] }), index('commissioner_log_years_year_idx').on(t.year)],
);

/**
 * `commissioner_log_years` summed per county (the commissioner's region cut to 6 characters) and
 * year, kept by statement-level triggers on it (migration 0019) with deltas: a province's yearly
 * totals read a few hundred rows instead of joining 20,000 commissioners. A day two commissioners
 * served counts twice, as in the summary's totals. Never written by the app.
 */
export const commissionerLogCountyYears = pgTable(
  'commissioner_log_county_years',
  { countyCode: text('county_code').notNull(), year: integer('year').notNull(), ...figureColumns() },
  (t) => [primaryKey({ columns: [t.countyCode, t.year] })],
);
