import { sql } from 'drizzle-orm';
import { bigint, date, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * 发现一批 kept per enterprise (migration 0015): each candidacy the rules give an enterprise on
 * the day in `enterprise_kept_state`, so a region's list is a read and a sort instead of the rules
 * run over every enterprise of the region. No foreign keys: a cache the service rebuilds.
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
    /**
     * Where 发现一批 lists it, best first (migration 0020): eligible 高企 by their highest possible score,
     * then possible ones, then 科小 by score — the numbers of `rank` in insights/service.ts. Stored, so a
     * page counts a province's candidacies per rank without parsing their JSON.
     */
    rank: numeric('rank').notNull().generatedAlwaysAs(sql`case when target = 'hnte'
      then (case when candidacy->>'verdict' = 'eligible' then 0 else 1000 end) - (candidacy->'score'->>'max')::numeric
      else 2000 - (candidacy->>'score')::numeric end`),
  },
  (t) => [
    primaryKey({ columns: [t.enterpriseId, t.target] }),
    index('enterprise_candidacies_region_idx').on(t.regionCode.op('text_pattern_ops')),
    // A page reads only the ranks it spans.
    index('enterprise_candidacies_rank_idx').on(t.rank),
  ],
);

/** 到期提醒 kept per enterprise, computed for the longest window a reader may ask (see reminder-store.ts). */
export const enterpriseReminders = pgTable(
  'enterprise_reminders',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    enterpriseId: uuid('enterprise_id').notNull(),
    kind: text('kind').notNull(),
    dueOn: date('due_on', { mode: 'string' }),
    severity: text('severity').notNull(),
    message: text('message').notNull(),
    regionCode: text('region_code').notNull(),
    name: text('name').notNull(),
  },
  (t) => [
    index('enterprise_reminders_enterprise_idx').on(t.enterpriseId),
    index('enterprise_reminders_region_idx').on(t.regionCode.op('text_pattern_ops')),
    // A page of a province's reminders reads them in due-date order and stops past the page.
    index('enterprise_reminders_due_idx').on(t.dueOn),
  ],
);

/**
 * Enterprises whose data changed since their candidacies were computed, one row per changing
 * statement and enterprise (filled by triggers). No key on purpose: a writer always adds its own
 * row, so a refresh that claims the rows it can see never swallows a change committed after it.
 */
export const enterpriseCandidacyChanges = pgTable('enterprise_candidacy_changes', {
  enterpriseId: uuid('enterprise_id').notNull(),
});

/** Enterprises whose data changed since their reminders were computed; as above. */
export const enterpriseReminderChanges = pgTable('enterprise_reminder_changes', {
  enterpriseId: uuid('enterprise_id').notNull(),
});

/** The day (and rules) each kept list was computed for, by list name. */
export const enterpriseKeptState = pgTable('enterprise_kept_state', {
  name: text('name').primaryKey(),
  asOf: date('as_of', { mode: 'string' }).notNull(),
  rules: text('rules').notNull(),
  computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
});
