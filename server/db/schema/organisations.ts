import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { regions } from './regions';

export const organisationKinds = ['bureau', 'member_unit', 'enterprise', 'institution', 'village', 'platform_operator'] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    kind: text('kind', { enum: organisationKinds }).notNull(),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    uscc: text('uscc'),
    isDemo: boolean('is_demo').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('organisations_uscc_key').on(t.uscc).where(sql`${t.uscc} is not null`),
    uniqueIndex('organisations_name_region_key').on(t.name, t.regionCode),
    index('organisations_region_idx').on(t.regionCode.op('text_pattern_ops')),
  ],
);
