import { type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../../db/client';
import { bulkInsert, type BulkRow, type ColumnKey } from '../../../platform/excel/bulk';
import { eachChunk } from './chunks';

/**
 * A list derived per enterprise by domain rules and kept in a table (migration 0015): 发现一批 and
 * 到期提醒. Triggers add a row to `changes` for each enterprise a statement changed (several rows
 * for one enterprise are fine); the day and the rules the rows were computed with are in
 * `enterprise_kept_state` under `name`.
 */
export interface KeptList<S, T extends PgTable> {
  name: string;
  /** Names the rules and what is kept; a new value recomputes every enterprise on the next read. */
  rules: string;
  /** The change table the triggers fill. */
  changes: string;
  table: T;
  columns: readonly ColumnKey<T>[];
  /** What the rules read, for the enterprises matching `which` (a condition on `enterprises`). */
  subjects(which: SQL, asOf: string): SQL;
  /** The rows kept for one subject. */
  derive(subject: S, asOf: string): BulkRow<T>[];
}

/**
 * Brings a kept list up to date for `asOf`: every enterprise on a new day (the rules read the date)
 * or with new rules, otherwise only the enterprises recorded as changed. One transaction, so a
 * reader never sees half a refresh; refreshes of one list queue on an advisory lock, and the second
 * finds the work done. Not scoped: the rows serve every region, and each reader filters by its own.
 */
export async function unsafeRefreshKept<S, T extends PgTable>(db: Db, list: KeptList<S, T>, asOf: string, chunkSize: number): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`kejiju.kept.${list.name}`}))`);
    const [state] = (await tx.execute<{ as_of: string; rules: string }>(sql`select as_of::text, rules from enterprise_kept_state where name = ${list.name}`)).rows;
    const changes = sql.identifier(list.changes);
    let which: SQL;
    if (state?.as_of !== asOf || state.rules !== list.rules) {
      await tx.execute(sql`delete from ${changes}`);
      await tx.execute(sql`delete from ${list.table}`);
      which = sql`true`;
    } else {
      const changed = (await tx.execute<{ enterprise_id: string }>(sql`delete from ${changes} returning enterprise_id`)).rows;
      if (!changed.length) return;
      const ids = sql.param([...new Set(changed.map((r) => r.enterprise_id))]);
      await tx.execute(sql`delete from ${list.table} where enterprise_id = any(${ids}::uuid[])`);
      which = sql`enterprises.id = any(${ids}::uuid[])`;
    }
    // The whole cursor is read: plan for all rows, and without JIT (see inSnapshot in chunks.ts).
    await tx.execute(sql`select set_config('cursor_tuple_fraction', '1', true), set_config('jit', 'off', true)`);
    await eachChunk<S>(tx, `kept_${list.name}`, list.subjects(which, asOf), chunkSize, (chunk) =>
      bulkInsert(tx, list.table, list.columns, chunk.flatMap((s) => list.derive(s, asOf))));
    await tx.execute(sql`insert into enterprise_kept_state (name, as_of, rules, computed_at) values (${list.name}, ${asOf}, ${list.rules}, now())
      on conflict (name) do update set as_of = excluded.as_of, rules = excluded.rules, computed_at = excluded.computed_at`);
  });
}

/** The kept rows of the region a reader reaches, narrowed to `regionCode` if asked. */
export function keptRegion(regionCode: SQL, scopeRegion: string, narrowTo?: string): SQL {
  const within = (prefix: string) => sql`${regionCode} like ${`${prefix}%`}`;
  return narrowTo ? sql`(${within(scopeRegion)} and ${within(narrowTo)})` : within(scopeRegion);
}
