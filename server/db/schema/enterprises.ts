import { sql } from 'drizzle-orm';
import { bigint, boolean, date, index, integer, jsonb, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { funnelStages } from '../../../domain/enterprise/codes';
import { organisations } from './organisations';
import { regions } from './regions';
import { users } from './users';

/** numeric(18,2) read and written as decimal strings (see client.ts), never floats. */
const money = (name: string) => numeric(name, { precision: 18, scale: 2 }).notNull();

/**
 * Enterprise master (企业培育, issue 3): one row per 统一社会信用代码. `region_code` is the county
 * (6 digits) or town (9 digits) the enterprise sits in, so a region prefix also filters by town.
 */
export const enterprises = pgTable(
  'enterprises',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    uscc: text('uscc').notNull(),
    name: text('name').notNull(),
    regionCode: text('region_code').notNull().references(() => regions.code),
    /** GB/T 4754-2017 大类 (2 digits). */
    industryCode: text('industry_code'),
    foundedOn: date('founded_on', { mode: 'string' }),
    address: text('address'),
    legalRep: text('legal_rep'),
    contactName: text('contact_name'),
    /** SM4-encrypted contact phone. */
    phoneEnc: text('phone_enc'),
    /** Node of 《国家重点支持的高新技术领域》 (domain/dict/hnte-fields.ts). */
    hnteFieldCode: text('hnte_field_code'),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    /** 包保 cadre of the bureau. */
    cadreUserId: uuid('cadre_user_id').references(() => users.id),
    /** The enterprise's own organisation: its enterprise users see and keep this row. */
    organisationId: uuid('organisation_id').references(() => organisations.id),
    funnelStage: text('funnel_stage', { enum: funnelStages }),
    isDemo: boolean('is_demo').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('enterprises_uscc_key').on(t.uscc),
    uniqueIndex('enterprises_organisation_key').on(t.organisationId).where(sql`${t.organisationId} is not null`),
    index('enterprises_region_idx').on(t.regionCode.op('text_pattern_ops')),
    index('enterprises_uscc_trgm_idx').using('gin', t.uscc.op('gin_trgm_ops')),
    index('enterprises_tags_idx').using('gin', t.tags),
    index('enterprises_cadre_idx').on(t.cadreUserId),
    // With the region, so the ids of a province's deep page are counted off this index alone.
    index('enterprises_name_idx').on(t.name, t.id, t.regionCode),
    // A city's or county's enterprises in name order (enterpriseRegionIs in modules/enterprises/policy.ts).
    index('enterprises_city_name_idx').on(sql`left(${t.regionCode}, 4)`, t.name, t.id),
    index('enterprises_county_name_idx').on(sql`left(${t.regionCode}, 6)`, t.name, t.id),
    // Chinese substring search: pg_trgm finds no trigrams in CJK text under the C locale of the
    // embedded cluster, so names are also indexed by their 3-character grams (migration 0006).
    index('enterprises_name_grams_idx').using('gin', sql`kejiju_grams(${t.name})`),
    index('enterprises_founded_idx').on(t.foundedOn.desc().nullsLast(), t.id),
    index('enterprises_updated_idx').on(t.updatedAt, t.id),
  ],
);

/** Figures of one enterprise for one fiscal year; the current state (history in the revisions table). */
export const enterpriseAnnualData = pgTable(
  'enterprise_annual_data',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    enterpriseId: uuid('enterprise_id').notNull().references(() => enterprises.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    employees: integer('employees').notNull(),
    techStaff: integer('tech_staff').notNull(),
    salesRevenue: money('sales_revenue'),
    totalIncome: money('total_income'),
    totalAssets: money('total_assets'),
    netAssets: money('net_assets'),
    totalCost: money('total_cost'),
    rdExpense: money('rd_expense'),
    rdExpenseDomestic: money('rd_expense_domestic'),
    highTechIncome: money('high_tech_income'),
    ipClass1: integer('ip_class1').notNull(),
    ipClass2: integer('ip_class2').notNull(),
    conversions: integer('conversions').notNull(),
    enteredBy: uuid('entered_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('enterprise_annual_data_year_key').on(t.enterpriseId, t.year)],
);

/** Append-only: every accepted change of a year's figures, as decimal strings. */
export const enterpriseAnnualRevisions = pgTable(
  'enterprise_annual_revisions',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    enterpriseId: uuid('enterprise_id').notNull().references(() => enterprises.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    revision: integer('revision').notNull(),
    figures: jsonb('figures').$type<Record<string, string | number>>().notNull(),
    source: text('source', { enum: ['manual', 'import', 'seed'] }).notNull(),
    enteredBy: uuid('entered_by').references(() => users.id),
    enteredAt: timestamp('entered_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('enterprise_annual_revisions_key').on(t.enterpriseId, t.year, t.revision)],
);
