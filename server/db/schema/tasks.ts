import { bigint, customType, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

/**
 * Long work (imports, exports, reports) as a row the UI polls for progress. pg-boss carries the
 * work to a worker; this table is what people see.
 */
export const tasks = pgTable(
  'tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    status: text('status', { enum: ['queued', 'running', 'succeeded', 'failed'] }).notNull().default('queued'),
    progress: integer('progress').notNull().default(0),
    total: integer('total'),
    message: text('message'),
    input: jsonb('input').$type<Record<string, unknown>>().notNull().default({}),
    result: jsonb('result').$type<Record<string, unknown>>(),
    error: jsonb('error').$type<{ code: string; message: string; details?: unknown[] }>(),
    createdBy: uuid('created_by'),
    organisationId: uuid('organisation_id'),
    regionCode: text('region_code'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('tasks_created_by_idx').on(t.createdBy, t.createdAt)],
);

/** Uploaded and generated files, kept in PostgreSQL so every app process can reach them. */
export const files = pgTable(
  'files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    mime: text('mime').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    purpose: text('purpose').notNull(),
    uploadedBy: uuid('uploaded_by'),
    organisationId: uuid('organisation_id'),
    regionCode: text('region_code'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('files_uploaded_by_idx').on(t.uploadedBy)],
);
