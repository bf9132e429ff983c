import { sql } from 'drizzle-orm';
import { bigint, boolean, date, index, integer, jsonb, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { DrawRule } from '../../../domain/projects/draw';
import type { BudgetLine } from '../../../domain/projects/completeness';
import { programmeLevels } from '../../../domain/projects/catalog';
import { projectStates, projectTracks } from '../../../domain/projects/states';
import type { ScoreSheet } from '../../../domain/projects/scoring';
import { enterprises } from './enterprises';
import { organisations } from './organisations';
import { regions } from './regions';
import { files } from './tasks';
import { users } from './users';

/** numeric(18,2) read and written as decimal strings (see client.ts), never floats. */
const money = (name: string) => numeric(name, { precision: 18, scale: 2 });
const stamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

/** 科技计划: the county's own categories and the upper-level programmes it recommends to. */
export const projectProgrammes = pgTable(
  'project_programmes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionCode: text('region_code').notNull().references(() => regions.code),
    name: text('name').notNull(),
    level: text('level', { enum: programmeLevels }).notNull(),
    track: text('track', { enum: projectTracks }).notNull(),
    description: text('description'),
    active: boolean('active').notNull().default(true),
    isDemo: boolean('is_demo').notNull().default(false),
    version: integer('version').notNull().default(1),
    ...stamps,
  },
  (t) => [uniqueIndex('project_programmes_name_key').on(t.regionCode, t.name), index('project_programmes_region_idx').on(t.regionCode.op('text_pattern_ops'))],
);

export interface RequiredAttachment {
  kind: string;
  label: string;
}

/** 申报指南: one call of a programme with its window, budget, rules, attachments and score sheet. */
export const projectCalls = pgTable(
  'project_calls',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id').notNull().references(() => projectProgrammes.id),
    regionCode: text('region_code').notNull().references(() => regions.code),
    year: integer('year').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    opensAt: timestamp('opens_at', { withTimezone: true }).notNull(),
    closesAt: timestamp('closes_at', { withTimezone: true }).notNull(),
    budget: money('budget').notNull(),
    maxFiscalPerProject: money('max_fiscal_per_project'),
    minSelfToFiscal: numeric('min_self_to_fiscal', { precision: 6, scale: 2 }),
    maxMonths: integer('max_months'),
    requireInRegion: boolean('require_in_region').notNull().default(true),
    requireHnte: boolean('require_hnte').notNull().default(false),
    requireTechSme: boolean('require_tech_sme').notNull().default(false),
    requiredAttachments: jsonb('required_attachments').$type<RequiredAttachment[]>().notNull().default([]),
    scoreSheet: jsonb('score_sheet').$type<ScoreSheet>().notNull(),
    drawRule: jsonb('draw_rule').$type<DrawRule>().notNull(),
    isDemo: boolean('is_demo').notNull().default(false),
    createdBy: uuid('created_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    ...stamps,
  },
  (t) => [index('project_calls_region_idx').on(t.regionCode.op('text_pattern_ops'), t.year), index('project_calls_programme_idx').on(t.programmeId)],
);

export interface ApplicantSnapshot {
  name: string;
  uscc: string;
  regionCode: string;
  address: string | null;
  legalRep: string | null;
  isHnte: boolean;
  isTechSme: boolean;
}

/** One application / project through its whole life (项目库). `region_code` is the applicant's. */
export const projects = pgTable(
  'projects',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    callId: uuid('call_id').notNull().references(() => projectCalls.id),
    programmeId: uuid('programme_id').notNull().references(() => projectProgrammes.id),
    year: integer('year').notNull(),
    track: text('track', { enum: projectTracks }).notNull(),
    state: text('state', { enum: projectStates }).notNull().default('draft'),
    regionCode: text('region_code').notNull().references(() => regions.code),
    enterpriseId: uuid('enterprise_id').notNull().references(() => enterprises.id),
    applicantOrganisationId: uuid('applicant_organisation_id').references(() => organisations.id),
    /** Frozen at submission for the archive; before that the enterprise master is read live. */
    applicantSnapshot: jsonb('applicant_snapshot').$type<ApplicantSnapshot>(),
    title: text('title').notNull().default(''),
    field: text('field'),
    leader: jsonb('leader').$type<{ name: string; title?: string | null; phone?: string | null }>(),
    team: jsonb('team').$type<{ name: string; role?: string | null; organisation?: string | null }[]>().notNull().default([]),
    partners: jsonb('partners').$type<{ name: string; organisationId?: string | null }[]>().notNull().default([]),
    startOn: date('start_on', { mode: 'string' }),
    endOn: date('end_on', { mode: 'string' }),
    budget: jsonb('budget').$type<BudgetLine[]>().notNull().default([]),
    goals: text('goals'),
    kpis: jsonb('kpis').$type<{ name: string; target: string }[]>().notNull().default([]),
    requestedFiscal: money('requested_fiscal').notNull().default('0'),
    requestedSelf: money('requested_self').notNull().default('0'),
    approvedAmount: money('approved_amount'),
    fundingWon: money('funding_won'),
    /**
     * Σ project_disbursements.amount of this project, kept exact by the trigger of migration 0008
     * (never written by the application); the library reads it instead of summing tranches.
     */
    disbursedAmount: money('disbursed_amount').notNull().default('0'),
    projectNo: text('project_no'),
    publicityStartsOn: date('publicity_starts_on', { mode: 'string' }),
    publicityEndsOn: date('publicity_ends_on', { mode: 'string' }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    enteredByStaff: boolean('entered_by_staff').notNull().default(false),
    createdBy: uuid('created_by').references(() => users.id),
    isDemo: boolean('is_demo').notNull().default(false),
    version: integer('version').notNull().default(1),
    ...stamps,
  },
  (t) => [
    uniqueIndex('projects_project_no_key').on(t.projectNo).where(sql`${t.projectNo} is not null`),
    index('projects_region_idx').on(t.regionCode.op('text_pattern_ops'), t.year),
    index('projects_call_idx').on(t.callId, t.state),
    index('projects_applicant_idx').on(t.applicantOrganisationId),
    index('projects_enterprise_idx').on(t.enterpriseId),
    // The library's order (year, last change, id), so a page is read in order instead of sorted.
    index('projects_list_idx').on(t.year.desc().nullsFirst(), t.updatedAt.desc().nullsFirst(), t.id),
    // The library's money totals read only this index (index-only scan), not the wide project rows.
    index('projects_totals_idx').on(t.state, t.regionCode.op('text_pattern_ops'), t.requestedFiscal, t.approvedAmount, t.disbursedAmount, t.id),
  ],
);

/** Timeline: every transition and recorded step, who, when, comment. Append-only. */
export const projectEvents = pgTable(
  'project_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    projectId: uuid('project_id').notNull().references(() => projects.id, { onDelete: 'cascade' }),
    event: text('event').notNull(),
    fromState: text('from_state', { enum: projectStates }),
    toState: text('to_state', { enum: projectStates }).notNull(),
    actorId: uuid('actor_id').references(() => users.id),
    actorName: text('actor_name').notNull(),
    comment: text('comment'),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('project_events_project_idx').on(t.projectId, t.id)],
);

/** Files on a project (application, agreement, reports, opinions); content and SHA-256 in `files`. */
export const projectAttachments = pgTable(
  'project_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id').notNull().references(() => projects.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    fileId: uuid('file_id').notNull().references(() => files.id),
    uploadedBy: uuid('uploaded_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('project_attachments_project_idx').on(t.projectId, t.kind)],
);

/** 公示异议: written and signed objections received during publicity. */
export const projectObjections = pgTable('project_objections', {
  id: uuid('id').primaryKey().defaultRandom(),
  projectId: uuid('project_id').notNull().references(() => projects.id, { onDelete: 'cascade' }),
  receivedOn: date('received_on', { mode: 'string' }).notNull(),
  objector: text('objector').notNull(),
  content: text('content').notNull(),
  status: text('status', { enum: ['open', 'dismissed', 'upheld'] }).notNull().default('open'),
  resolution: text('resolution'),
  recordedBy: uuid('recorded_by').references(() => users.id),
  resolvedBy: uuid('resolved_by').references(() => users.id),
  resolvedAt: timestamp('resolved_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Changes during implementation (延期 / 预算调整 / 终止), each approved before it takes effect. */
export const projectChanges = pgTable('project_changes', {
  id: uuid('id').primaryKey().defaultRandom(),
  projectId: uuid('project_id').notNull().references(() => projects.id, { onDelete: 'cascade' }),
  kind: text('kind', { enum: ['extension', 'budget', 'termination'] }).notNull(),
  reason: text('reason').notNull(),
  payload: jsonb('payload').$type<{ newEndOn?: string; budget?: BudgetLine[] }>().notNull().default({}),
  status: text('status', { enum: ['pending', 'approved', 'rejected'] }).notNull().default('pending'),
  requestedBy: uuid('requested_by').references(() => users.id),
  decidedBy: uuid('decided_by').references(() => users.id),
  decidedAt: timestamp('decided_at', { withTimezone: true }),
  decisionComment: text('decision_comment'),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** 拨付: one tranche of money paid to a project. */
export const projectDisbursements = pgTable(
  'project_disbursements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id').notNull().references(() => projects.id, { onDelete: 'cascade' }),
    amount: money('amount').notNull(),
    source: text('source', { enum: ['county', 'city_match', 'province_match'] }).notNull(),
    paidOn: date('paid_on', { mode: 'string' }).notNull(),
    voucherNo: text('voucher_no').notNull(),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('project_disbursements_project_idx').on(t.projectId),
    uniqueIndex('project_disbursements_voucher_key').on(t.projectId, t.voucherNo),
    // Disbursed totals of many projects from the index alone.
    index('project_disbursements_amount_idx').on(t.projectId, t.amount),
  ],
);
