import { date, index, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * 发现一批 kept per enterprise (migration 0015): each candidacy the rules give an enterprise on
 * `candidacy_state.as_of`, so a region's list is a read and a sort instead of the rules run over
 * every enterprise of the region. No foreign keys: this is a cache the service rebuilds.
 */
export const enterpriseCandidacies = pgTable(
  'enterprise_candidacies',
  {
    enterpriseId: uuid('enterprise_id').notNull(),
    target: text('target').notNull(),
    regionCode: text('region_code').notNull(),
    name: text('name').notNull(),
    /** The Candidacy (target, verdict, score) as the domain returns it. */
    candidacy: jsonb('candidacy').notNull(),
    /** The fiscal years the assessment used, newest first. */
    years: integer('years').array().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.enterpriseId, t.target] }),
    index('enterprise_candidacies_region_idx').on(t.regionCode.op('text_pattern_ops')),
  ],
);

/** Enterprises whose data changed since their candidacies were computed; filled by triggers. */
export const enterpriseCandidacyChanges = pgTable('enterprise_candidacy_changes', {
  enterpriseId: uuid('enterprise_id').primaryKey(),
});

/** The day (and rules) the kept candidacies were computed for: one row. */
export const candidacyState = pgTable('candidacy_state', {
  id: smallint('id').primaryKey().default(1),
  asOf: date('as_of', { mode: 'string' }).notNull(),
  rules: text('rules').notNull(),
  computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
});
