import { index, pgTable, smallint, text } from 'drizzle-orm/pg-core';

/**
 * GB/T 2260 region tree (plus NBS town/village codes below county level).
 * `code` is the significant prefix: 2 digits province, 4 city, 6 county, 9 town, 12 village,
 * so "is inside region X" is `code LIKE X || '%'`.
 */
export const regions = pgTable(
  'regions',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    fullName: text('full_name').notNull(),
    level: smallint('level').notNull(),
    parentCode: text('parent_code'),
    dataYear: smallint('data_year').notNull(),
  },
  (t) => [index('regions_parent_idx').on(t.parentCode), index('regions_level_idx').on(t.level)],
);
