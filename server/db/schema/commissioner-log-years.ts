import { date, index, integer, pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';

const count = (name: string) => integer(name).notNull().default(0);

/**
 * The figures of `domain/commissioners/log-summary.ts` per commissioner and calendar year,
 * recomputed from the service logs by statement-level triggers (migration 0011) for every
 * (commissioner, year) a statement touches: a province's summary page and totals read about one
 * row per commissioner instead of aggregating a year of logs. Never written by the app. No region
 * column: a log carries its commissioner's region, so readers scope through `commissioners`.
 */
export const commissionerLogYears = pgTable(
  'commissioner_log_years',
  {
    commissionerId: uuid('commissioner_id').notNull(),
    year: integer('year').notNull(),
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
    firstDate: date('first_date'),
    lastDate: date('last_date'),
  },
  (t) => [primaryKey({ columns: [t.commissionerId, t.year] }), index('commissioner_log_years_year_idx').on(t.year)],
);
