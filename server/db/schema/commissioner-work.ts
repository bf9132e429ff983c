import { sql } from 'drizzle-orm';
import { bigint, boolean, check, date, index, integer, jsonb, numeric, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { AppraisalConfig, Grade } from '../../../domain/commissioners/appraisal-config';
import type { ItemScore } from '../../../domain/commissioners/appraisal-score';
import type { ServiceSummary } from '../../../domain/commissioners/log-summary';
import { needStatuses } from '../../../domain/commissioners/needs';
import { serviceTypes } from '../../../domain/commissioners/vocabulary';
import { commissioners } from './commissioners';
import { organisations } from './organisations';
import { regions } from './regions';
import { users } from './users';

/** The day-to-day work of commissioners: service logs, needs, annual appraisal. */
const common = {
  isDemo: boolean('is_demo').notNull().default(false),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};
const region = () => text('region_code').notNull().references(() => regions.code);
const count = (name: string) => integer(name).notNull().default(0);

/** 服务日志, written from a phone. `client_draft_id` makes offline re-sends idempotent. */
export const serviceLogs = pgTable('commissioner_service_logs', {
  id: uuid('id').primaryKey().defaultRandom(),
  regionCode: region(),
  commissionerId: uuid('commissioner_id').notNull().references(() => commissioners.id),
  serviceDate: date('service_date').notNull(),
  villageCode: text('village_code').references(() => regions.code),
  place: text('place').notNull(),
  type: text('type', { enum: serviceTypes }).notNull(),
  content: text('content').notNull(),
  beneficiaries: count('beneficiaries'),
  trained: count('trained'),
  varieties: count('varieties'),
  technologies: count('technologies'),
  problemsSolved: count('problems_solved'),
  photoFileIds: jsonb('photo_file_ids').$type<string[]>().notNull().default([]),
  clientDraftId: text('client_draft_id'),
  createdBy: uuid('created_by').references(() => users.id),
  ...common,
}, (t) => [
  uniqueIndex('commissioner_service_logs_draft_key').on(t.commissionerId, t.clientDraftId).where(sql`${t.clientDraftId} is not null`),
  index('commissioner_service_logs_c_idx').on(t.commissionerId, t.serviceDate),
  index('commissioner_service_logs_region_idx').on(t.regionCode.op('text_pattern_ops'), t.serviceDate),
  // The list's order (newest first), so a page is read in order instead of sorting the region; with
  // the region and the type (the usual filter), so the ids of a deep page are counted off this index
  // alone (an index-only scan).
  index('commissioner_service_logs_date_idx').on(t.serviceDate.desc().nullsFirst(), t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst(), t.regionCode, t.type),
  check('commissioner_service_logs_counts_check', sql`least(${t.beneficiaries}, ${t.trained}, ${t.varieties}, ${t.technologies}, ${t.problemsSolved}) >= 0`),
]);

export const needRequesters = ['village', 'enterprise', 'cooperative'] as const;

/** 需求 raised by a village / enterprise / cooperative and matched to a commissioner. */
export const commissionerNeeds = pgTable('commissioner_needs', {
  id: uuid('id').primaryKey().defaultRandom(),
  regionCode: region(),
  title: text('title').notNull(),
  description: text('description').notNull(),
  field: text('field'),
  requesterKind: text('requester_kind', { enum: needRequesters }).notNull(),
  villageCode: text('village_code').references(() => regions.code),
  organisationId: uuid('organisation_id').references(() => organisations.id),
  requesterName: text('requester_name').notNull(),
  contactName: text('contact_name'),
  contactPhoneEnc: text('contact_phone_enc'),
  status: text('status', { enum: needStatuses }).notNull().default('raised'),
  commissionerId: uuid('commissioner_id').references(() => commissioners.id),
  resolution: text('resolution'),
  satisfaction: smallint('satisfaction'),
  feedback: text('feedback'),
  raisedBy: uuid('raised_by').references(() => users.id),
  dispatchedAt: timestamp('dispatched_at', { withTimezone: true }),
  solvedAt: timestamp('solved_at', { withTimezone: true }),
  closedAt: timestamp('closed_at', { withTimezone: true }),
  ...common,
}, (t) => [
  index('commissioner_needs_region_idx').on(t.regionCode.op('text_pattern_ops'), t.status),
  index('commissioner_needs_c_idx').on(t.commissionerId),
  index('commissioner_needs_org_idx').on(t.organisationId),
  check('commissioner_needs_satisfaction_check', sql`${t.satisfaction} between 1 and 5`),
]);

export const commissionerNeedEvents = pgTable('commissioner_need_events', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  needId: uuid('need_id').notNull().references(() => commissionerNeeds.id, { onDelete: 'cascade' }),
  action: text('action').notNull(),
  fromStatus: text('from_status', { enum: needStatuses }),
  toStatus: text('to_status', { enum: needStatuses }).notNull(),
  commissionerId: uuid('commissioner_id').references(() => commissioners.id),
  note: text('note'),
  userId: uuid('user_id').references(() => users.id),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('commissioner_need_events_need_idx').on(t.needId, t.id)]);

/** One appraisal per bureau and year; the score sheet config is copied in, so history never shifts. */
export const appraisalSheets = pgTable('commissioner_appraisal_sheets', {
  id: uuid('id').primaryKey().defaultRandom(),
  regionCode: region(),
  year: smallint('year').notNull(),
  name: text('name').notNull(),
  config: jsonb('config').$type<AppraisalConfig>().notNull(),
  status: text('status', { enum: ['draft', 'published'] }).notNull().default('draft'),
  computedAt: timestamp('computed_at', { withTimezone: true }),
  publishedAt: timestamp('published_at', { withTimezone: true }),
  publishedBy: uuid('published_by').references(() => users.id),
  ...common,
}, (t) => [uniqueIndex('commissioner_appraisal_sheets_year_key').on(t.regionCode, t.year)]);

/** Staff-entered items and the 材料提交 flag, per commissioner, editable until publication. */
export const appraisalInputs = pgTable('commissioner_appraisal_inputs', {
  sheetId: uuid('sheet_id').notNull().references(() => appraisalSheets.id, { onDelete: 'cascade' }),
  commissionerId: uuid('commissioner_id').notNull().references(() => commissioners.id),
  manual: jsonb('manual').$type<Record<string, string>>().notNull().default({}),
  materialsSubmitted: boolean('materials_submitted').notNull().default(false),
  note: text('note'),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.sheetId, t.commissionerId] })]);

/** Computed results; frozen once the sheet is published (the history of earlier years stays). */
export const appraisalResults = pgTable('commissioner_appraisal_results', {
  sheetId: uuid('sheet_id').notNull().references(() => appraisalSheets.id, { onDelete: 'cascade' }),
  commissionerId: uuid('commissioner_id').notNull().references(() => commissioners.id),
  summary: jsonb('summary').$type<ServiceSummary>().notNull(),
  items: jsonb('items').$type<ItemScore[]>().notNull(),
  total: numeric('total', { precision: 6, scale: 2 }).notNull(),
  baseGrade: text('base_grade').$type<Grade>().notNull(),
  grade: text('grade').$type<Grade>().notNull(),
  rank: integer('rank').notNull(),
  position: integer('position').notNull(),
  reasons: jsonb('reasons').$type<string[]>().notNull().default([]),
}, (t) => [primaryKey({ columns: [t.sheetId, t.commissionerId] }), index('commissioner_appraisal_results_c_idx').on(t.commissionerId)]);
