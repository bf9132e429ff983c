import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, numeric, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  agreementStatuses, baseKinds, commissionerForms, commissionerLevels, commissionerStatuses, fundSources, teamKinds,
} from '../../../domain/commissioners/vocabulary';
import { organisations } from './organisations';
import { regions } from './regions';
import { files } from './tasks';
import { users } from './users';

/**
 * 科技特派员 roster (business line 3). Every table carries `region_code` = the region of the bureau
 * that selected the commissioner, so region scope is one LIKE on an indexed column; commissioner
 * users reach their own rows through `commissioners.user_id`.
 */
const common = {
  isDemo: boolean('is_demo').notNull().default(false),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};
const region = () => text('region_code').notNull().references(() => regions.code);

/** 选聘批次: a selection round moves candidates from the 备选库 to active service. */
export const commissionerRounds = pgTable('commissioner_rounds', {
  id: uuid('id').primaryKey().defaultRandom(),
  regionCode: region(),
  year: smallint('year').notNull(),
  name: text('name').notNull(),
  status: text('status', { enum: ['open', 'closed'] }).notNull().default('open'),
  quota: integer('quota'),
  decidedOn: date('decided_on'),
  ...common,
}, (t) => [uniqueIndex('commissioner_rounds_name_key').on(t.regionCode, t.name)]);

export const commissioners = pgTable('commissioners', {
  id: uuid('id').primaryKey().defaultRandom(),
  regionCode: region(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  form: text('form', { enum: commissionerForms }).notNull().default('individual'),
  level: text('level', { enum: commissionerLevels }).notNull(),
  gender: text('gender', { enum: ['male', 'female'] }),
  field: text('field').notNull(),
  speciality: text('speciality'),
  workUnit: text('work_unit').notNull(),
  organisationId: uuid('organisation_id').references(() => organisations.id),
  title: text('title'),
  isStudent: boolean('is_student').notNull().default(false),
  /** SM4-encrypted mobile number (domain/masking for output). */
  phoneEnc: text('phone_enc'),
  userId: uuid('user_id').references(() => users.id),
  status: text('status', { enum: commissionerStatuses }).notNull().default('candidate'),
  roundId: uuid('round_id').references(() => commissionerRounds.id),
  selectedOn: date('selected_on'),
  exitedOn: date('exited_on'),
  exitReason: text('exit_reason'),
  ...common,
}, (t) => [
  uniqueIndex('commissioners_code_key').on(t.regionCode, t.code),
  uniqueIndex('commissioners_user_key').on(t.userId).where(sql`${t.userId} is not null`),
  index('commissioners_region_idx').on(t.regionCode.op('text_pattern_ops'), t.status),
  // Lists and summaries sort a city's or province's commissioners by code (codes repeat across
  // counties, so the unique key starts with the region and cannot give that order).
  index('commissioners_code_idx').on(t.code, t.id),
]);

/** 科技特派团 with the 双团长 system: an administrative head (a name) and a technical head (a member). */
export const commissionerTeams = pgTable('commissioner_teams', {
  id: uuid('id').primaryKey().defaultRandom(),
  regionCode: region(),
  name: text('name').notNull(),
  kind: text('kind', { enum: teamKinds }).notNull(),
  level: text('level', { enum: commissionerLevels }).notNull(),
  field: text('field').notNull(),
  leadUnit: text('lead_unit'),
  adminHead: text('admin_head'),
  formedOn: date('formed_on'),
  ...common,
}, (t) => [uniqueIndex('commissioner_teams_name_key').on(t.regionCode, t.name)]);

export const commissionerTeamMembers = pgTable('commissioner_team_members', {
  teamId: uuid('team_id').notNull().references(() => commissionerTeams.id, { onDelete: 'cascade' }),
  commissionerId: uuid('commissioner_id').notNull().references(() => commissioners.id, { onDelete: 'cascade' }),
  role: text('role', { enum: ['technical_head', 'member'] }).notNull().default('member'),
}, (t) => [primaryKey({ columns: [t.teamId, t.commissionerId] }), index('commissioner_team_members_c_idx').on(t.commissionerId)]);

export const assignmentTargets = ['village', 'enterprise', 'cooperative'] as const;

/** 派驻: a commissioner serves a village (region tree) or an enterprise / cooperative for a period. */
export const commissionerAssignments = pgTable('commissioner_assignments', {
  id: uuid('id').primaryKey().defaultRandom(),
  regionCode: region(),
  commissionerId: uuid('commissioner_id').notNull().references(() => commissioners.id),
  targetKind: text('target_kind', { enum: assignmentTargets }).notNull(),
  villageCode: text('village_code').references(() => regions.code),
  organisationId: uuid('organisation_id').references(() => organisations.id),
  targetName: text('target_name').notNull(),
  startsOn: date('starts_on').notNull(),
  endsOn: date('ends_on'),
  needs: text('needs'),
  ...common,
}, (t) => [
  check('commissioner_assignments_target_check', sql`(${t.targetKind} = 'village') = (${t.villageCode} is not null)`),
  check('commissioner_assignments_period_check', sql`${t.endsOn} is null or ${t.endsOn} >= ${t.startsOn}`),
  index('commissioner_assignments_c_idx').on(t.commissionerId),
  index('commissioner_assignments_village_idx').on(t.villageCode),
  index('commissioner_assignments_region_idx').on(t.regionCode.op('text_pattern_ops')),
]);

/** 三方协议: commissioner, service target and the bureau, for one 派驻. */
export const commissionerAgreements = pgTable('commissioner_agreements', {
  id: uuid('id').primaryKey().defaultRandom(),
  regionCode: region(),
  assignmentId: uuid('assignment_id').notNull().references(() => commissionerAssignments.id),
  commissionerId: uuid('commissioner_id').notNull().references(() => commissioners.id),
  code: text('code'),
  bureauParty: text('bureau_party').notNull(),
  targetParty: text('target_party').notNull(),
  terms: text('terms').notNull(),
  signedOn: date('signed_on'),
  startsOn: date('starts_on').notNull(),
  endsOn: date('ends_on').notNull(),
  status: text('status', { enum: agreementStatuses }).notNull().default('draft'),
  attachmentFileId: uuid('attachment_file_id').references(() => files.id),
  ...common,
}, (t) => [
  check('commissioner_agreements_period_check', sql`${t.endsOn} >= ${t.startsOn}`),
  index('commissioner_agreements_assignment_idx').on(t.assignmentId),
  index('commissioner_agreements_region_idx').on(t.regionCode.op('text_pattern_ops')),
]);

/** 经费 per commissioner or team and project (e.g. 县财政经费). Amounts in 元, exact. */
export const commissionerFunds = pgTable('commissioner_funds', {
  id: uuid('id').primaryKey().defaultRandom(),
  regionCode: region(),
  year: smallint('year').notNull(),
  commissionerId: uuid('commissioner_id').references(() => commissioners.id),
  teamId: uuid('team_id').references(() => commissionerTeams.id),
  project: text('project').notNull(),
  source: text('source', { enum: fundSources }).notNull(),
  amount: numeric('amount', { precision: 14, scale: 2 }).notNull(),
  disbursedOn: date('disbursed_on'),
  purpose: text('purpose'),
  ...common,
}, (t) => [
  check('commissioner_funds_amount_check', sql`${t.amount} > 0`),
  index('commissioner_funds_region_idx').on(t.regionCode.op('text_pattern_ops'), t.year),
  index('commissioner_funds_c_idx').on(t.commissionerId),
]);

/** 示范基地, 服务样本点, 帮扶点, 工作站 — records linked to a village. */
export const commissionerBases = pgTable('commissioner_bases', {
  id: uuid('id').primaryKey().defaultRandom(),
  regionCode: region(),
  villageCode: text('village_code').notNull().references(() => regions.code),
  name: text('name').notNull(),
  kind: text('kind', { enum: baseKinds }).notNull(),
  level: text('level', { enum: commissionerLevels }),
  commissionerId: uuid('commissioner_id').references(() => commissioners.id),
  teamId: uuid('team_id').references(() => commissionerTeams.id),
  industry: text('industry'),
  establishedOn: date('established_on'),
  notes: text('notes'),
  ...common,
}, (t) => [index('commissioner_bases_region_idx').on(t.regionCode.op('text_pattern_ops'))]);
