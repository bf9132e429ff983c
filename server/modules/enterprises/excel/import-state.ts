import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { type AuditChain, openAuditChain } from '../../../platform/audit/audit';
import type { Scope } from '../../../platform/authz/scope';
import type { ImportContext } from '../../../platform/excel';
import { type RegionLevels, regionLevels } from './checks';

interface Opened {
  chain: AuditChain;
  levels: RegionLevels;
}

/**
 * What one enterprise import carries from batch to batch. Its batches are prepared while the
 * previous ones still run in PostgreSQL, so nothing a batch needs may wait for them: the audit
 * chain is opened once (the transaction keeps its lock), the regions are loaded once, and a
 * batch reads stored enterprises only for USCCs that can have one.
 */
export class EnterpriseImportState {
  /** USCCs that had an enterprise when their batch was checked (any region). */
  readonly stored = new Set<string>();
  /** USCCs of enterprises this import created. */
  readonly created = new Set<string>();
  private opened: Promise<Opened> | null = null;

  /** The first batch takes the chain lock and reads the head; later ones reuse both. */
  open(tx: DbOrTx, scope: Scope): Promise<Opened> {
    this.opened ??= (async () => {
      // The rows this transaction inserts sit in the GIN pending lists of the trigram indexes on
      // uscc and name, which bitmap scans read whole for every key: a lookup of 2000 USCCs then
      // took tens of seconds. The import's lookups stay on the unique B-tree index.
      await tx.execute(sql`set local enable_bitmapscan = off`);
      return { chain: await openAuditChain(tx), levels: await regionLevels(tx, scope) };
    })();
    return this.opened;
  }

  /**
   * Whether a row's USCC may already have an enterprise this transaction can see. One created by
   * someone else after its batch was checked makes the INSERT fail on the unique index, and the
   * whole import with it, as a single-row create would.
   */
  mayExist(uscc: string): boolean {
    return this.stored.has(uscc) || this.created.has(uscc);
  }
}

const states = new WeakMap<ImportContext, EnterpriseImportState>();

/** The state of the import `ictx` belongs to (one ImportContext per import run). */
export function importStateOf(ictx: ImportContext): EnterpriseImportState {
  let state = states.get(ictx);
  if (!state) states.set(ictx, (state = new EnterpriseImportState()));
  return state;
}
