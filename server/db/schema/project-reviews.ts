import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { expertCategories } from '../../../domain/projects/catalog';
import type { DrawRecord } from '../../../domain/projects/draw';
import { organisations } from './organisations';
import { projectCalls, projects } from './projects';
import { regions } from './regions';
import { users } from './users';

/** 专家库: reviewers a bureau may draw. `user_id` links the expert's account. */
export const experts = pgTable(
  'experts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').references(() => users.id),
    regionCode: text('region_code').notNull().references(() => regions.code),
    name: text('name').notNull(),
    category: text('category', { enum: expertCategories }).notNull(),
    fields: text('fields').array().notNull().default(sql`'{}'::text[]`),
    title: text('title'),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    organisationName: text('organisation_name').notNull(),
    /** Enterprises in which the expert holds a post or shares (同一企业 回避). */
    enterpriseIds: uuid('enterprise_ids').array().notNull().default(sql`'{}'::uuid[]`),
    /** SM4-encrypted mobile number. */
    phoneEnc: text('phone_enc'),
    status: text('status', { enum: ['active', 'paused', 'retired'] }).notNull().default('active'),
    /** Most reviews per calendar year. */
    quota: integer('quota').notNull().default(20),
    isDemo: boolean('is_demo').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('experts_user_key').on(t.userId).where(sql`${t.userId} is not null`),
    index('experts_region_idx').on(t.regionCode.op('text_pattern_ops')),
  ],
);

/** Known conflicts of interest: recent collaborations and declared relations. */
export const expertConflicts = pgTable(
  'expert_conflicts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    expertId: uuid('expert_id').notNull().references(() => experts.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['collaborator', 'relation'] }).notNull(),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    projectId: uuid('project_id').references(() => projects.id, { onDelete: 'cascade' }),
    note: text('note').notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('expert_conflicts_expert_idx').on(t.expertId)],
);

/** One draw: the recorded seed, pool snapshot, applications, facts, assignments and exclusions. */
export const reviewDraws = pgTable(
  'review_draws',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    callId: uuid('call_id').notNull().references(() => projectCalls.id),
    regionCode: text('region_code').notNull().references(() => regions.code),
    kind: text('kind', { enum: ['batch', 'replacement'] }).notNull().default('batch'),
    seed: text('seed').notNull(),
    record: jsonb('record').$type<DrawRecord>().notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('review_draws_call_idx').on(t.callId, t.createdAt)],
);

export const reviewStatuses = ['assigned', 'confirmed', 'declined', 'submitted'] as const;
export type ReviewStatus = (typeof reviewStatuses)[number];

/** One expert reviewing one application: assigned → confirmed (no conflict) → submitted, or declined. */
export const projectReviews = pgTable(
  'project_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    drawId: uuid('draw_id').notNull().references(() => reviewDraws.id),
    projectId: uuid('project_id').notNull().references(() => projects.id, { onDelete: 'cascade' }),
    expertId: uuid('expert_id').notNull().references(() => experts.id),
    category: text('category', { enum: expertCategories }).notNull(),
    position: integer('position').notNull(),
    status: text('status', { enum: reviewStatuses }).notNull().default('assigned'),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    declineReason: text('decline_reason'),
    scores: jsonb('scores').$type<Record<string, string>>(),
    total: numeric('total', { precision: 5, scale: 2 }),
    comment: text('comment'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('project_reviews_pair_key').on(t.projectId, t.expertId),
    index('project_reviews_expert_idx').on(t.expertId, t.status),
  ],
);

/** In-app notifications: something needs the user's action, or a deadline is near. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body'),
    link: text('link'),
    objectType: text('object_type'),
    objectId: uuid('object_id'),
    /** De-duplicates reminders: one per user and key. */
    dedupeKey: text('dedupe_key'),
    readAt: timestamp('read_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('notifications_user_idx').on(t.userId, t.readAt, t.createdAt),
    uniqueIndex('notifications_dedupe_key').on(t.userId, t.dedupeKey).where(sql`${t.dedupeKey} is not null`),
  ],
);
