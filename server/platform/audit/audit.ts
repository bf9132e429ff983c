import { desc, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client';
import { auditLogs } from '../../db/schema';
import { chainHash, genesisHash } from './chain';

/** Who did it, from where: taken from the request. */
export interface Actor {
  userId: string | null;
  username: string | null;
  ip: string | null;
  regionCode: string | null;
}

export interface AuditEntry {
  action: string;
  objectType?: string;
  objectId?: string;
  result?: 'success' | 'failure';
  details?: Record<string, unknown>;
}

/** Any value works as long as every writer uses it: it serialises appends to the hash chain. */
const chainLockKey = 7_305_001;

/**
 * Appends one row to the audit chain. Call it inside the transaction of the change it records,
 * so the change and its audit row commit or roll back together.
 */
export async function recordAudit(tx: DbOrTx, actor: Actor, entry: AuditEntry): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${chainLockKey})`);
  const [last] = await tx.select({ hash: auditLogs.hash }).from(auditLogs).orderBy(desc(auditLogs.id)).limit(1);
  const prevHash = last?.hash ?? genesisHash;
  const row = {
    at: new Date(),
    userId: actor.userId,
    username: actor.username,
    ip: actor.ip,
    action: entry.action,
    objectType: entry.objectType ?? null,
    objectId: entry.objectId ?? null,
    result: entry.result ?? 'success',
    regionCode: actor.regionCode,
    details: entry.details ?? {},
  } as const;
  await tx.insert(auditLogs).values({ ...row, prevHash, hash: chainHash(prevHash, row) });
}

/** Records a standalone event (e.g. a failed login) in its own transaction. */
export async function recordAuditNow(db: Db, actor: Actor, entry: AuditEntry): Promise<void> {
  await db.transaction((tx) => recordAudit(tx, actor, entry));
}
