import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { batchStatuses, entryOutcomes } from '../../../domain/enterprise/batches';
import { batchKinds, funnelStages, tierKinds, tierStatuses } from '../../../domain/enterprise/codes';
import { enterprises } from './enterprises';
import { regions } from './regions';
import { users } from './users';

/** 申报批次 run by a bureau (its region), e.g. "2026年第一批高新技术企业认定". */
export const enterpriseBatches = pgTable(
  'enterprise_batches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: batchKinds }).notNull(),
    year: integer('year').notNull(),
    name: text('name').notNull(),
    regionCode: text('region_code').notNull().references(() => regions.code),
    status: text('status', { enum: batchStatuses }).notNull().default('recommending'),
    notes: text('notes'),
    isDemo: boolean('is_demo').notNull().default(false),
    createdBy: uuid('created_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('enterprise_batches_region_idx').on(t.regionCode.op('text_pattern_ops'), t.year)],
);

/**
 * 资质 held by an enterprise. Rows are never deleted: a replaced or cancelled row keeps its data
 * with status superseded/revoked and the reason. Validity per kind: domain/enterprise/tiers.ts.
 */
export const enterpriseTiers = pgTable(
  'enterprise_tiers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    enterpriseId: uuid('enterprise_id').notNull().references(() => enterprises.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: tierKinds }).notNull(),
    /** 高企证书编号 GR…, 科小入库登记编号, or another kind's document number. */
    number: text('number'),
    year: integer('year'),
    issuedOn: date('issued_on', { mode: 'string' }),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validUntil: date('valid_until', { mode: 'string' }),
    status: text('status', { enum: tierStatuses }).notNull().default('active'),
    sourceBatchId: uuid('source_batch_id').references(() => enterpriseBatches.id, { onDelete: 'set null' }),
    note: text('note'),
    endedReason: text('ended_reason'),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    endedBy: uuid('ended_by').references(() => users.id),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('enterprise_tiers_enterprise_idx').on(t.enterpriseId, t.kind),
    index('enterprise_tiers_valid_idx').on(t.kind, t.validUntil),
    // "holds a valid tier of kind K": index-only probes and scans of the active rows.
    index('enterprise_tiers_active_idx').on(t.kind, t.enterpriseId, t.validFrom, t.validUntil).where(sql`${t.status} = 'active'`),
    uniqueIndex('enterprise_tiers_tech_sme_year_key').on(t.enterpriseId, t.year).where(sql`${t.kind} = 'tech_sme' and ${t.status} = 'active'`),
  ],
);

/** 高企年度发展情况报表 filed, one per enterprise and report year. */
export const hnteAnnualReports = pgTable(
  'hnte_annual_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    enterpriseId: uuid('enterprise_id').notNull().references(() => enterprises.id, { onDelete: 'cascade' }),
    reportYear: integer('report_year').notNull(),
    filedOn: date('filed_on', { mode: 'string' }).notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('hnte_annual_reports_year_key').on(t.enterpriseId, t.reportYear)],
);

/** One enterprise in one batch and where it got to. */
export const enterpriseBatchEntries = pgTable(
  'enterprise_batch_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    batchId: uuid('batch_id').notNull().references(() => enterpriseBatches.id, { onDelete: 'cascade' }),
    enterpriseId: uuid('enterprise_id').notNull().references(() => enterprises.id, { onDelete: 'cascade' }),
    outcome: text('outcome', { enum: entryOutcomes }).notNull().default('recommended'),
    reason: text('reason'),
    tierId: uuid('tier_id').references(() => enterpriseTiers.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('enterprise_batch_entries_key').on(t.batchId, t.enterpriseId), index('enterprise_batch_entries_enterprise_idx').on(t.enterpriseId)],
);

/** 培育链 history: who moved an enterprise from which stage to which, when and why. */
export const enterpriseFunnelMoves = pgTable(
  'enterprise_funnel_moves',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    enterpriseId: uuid('enterprise_id').notNull().references(() => enterprises.id, { onDelete: 'cascade' }),
    fromStage: text('from_stage', { enum: funnelStages }),
    toStage: text('to_stage', { enum: funnelStages }),
    reason: text('reason').notNull(),
    movedBy: uuid('moved_by').references(() => users.id),
    movedAt: timestamp('moved_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('enterprise_funnel_moves_enterprise_idx').on(t.enterpriseId, t.movedAt)],
);
