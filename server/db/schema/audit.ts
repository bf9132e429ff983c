import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Append-only audit trail. Each row's `hash` is SM3(prev_hash || canonical row), so editing or
 * deleting any row breaks the chain. A trigger (migration 0001) refuses UPDATE and DELETE.
 */
export const auditLogs = pgTable(
  'audit_logs',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
    userId: uuid('user_id'),
    username: text('username'),
    ip: text('ip'),
    action: text('action').notNull(),
    objectType: text('object_type'),
    objectId: text('object_id'),
    result: text('result', { enum: ['success', 'failure'] }).notNull(),
    regionCode: text('region_code'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_logs_at_idx').on(t.at),
    index('audit_logs_user_idx').on(t.userId, t.at),
    index('audit_logs_object_idx').on(t.objectType, t.objectId),
  ],
);
