import { sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../../db/client';
import { type KeptList, unsafeRefreshKept } from './kept';

/**
 * Whether a kept list was computed for `asOf` with the current rules and no enterprise has changed
 * since. One read-only statement: most reads of a list find it current, and then need neither the
 * refresh's transaction nor its advisory lock. A change committed just after this statement is
 * picked up by the next read, as it would be after a refresh that had just committed.
 */
export async function keptIsCurrent(db: Db, list: Pick<KeptList<unknown, PgTable>, 'name' | 'rules' | 'changes'>, asOf: string): Promise<boolean> {
  const { rows } = await db.execute<{ current: boolean }>(sql`select exists (
      select 1 from enterprise_kept_state where name = ${list.name} and as_of = ${asOf}::date and rules = ${list.rules}
    ) and not exists (select 1 from ${sql.identifier(list.changes)}) as current`);
  return rows[0]?.current === true;
}

/** Brings a kept list up to date for `asOf` when it is not (unsafeRefreshKept), for a reader about to read it. */
export async function unsafeEnsureKept<S, T extends PgTable>(db: Db, list: KeptList<S, T>, asOf: string, chunkSize: number): Promise<void> {
  if (await keptIsCurrent(db, list, asOf)) return;
  await unsafeRefreshKept(db, list, asOf, chunkSize);
}
