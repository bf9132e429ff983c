import { desc, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client';
import { auditLogs } from '../../db/schema';
import { type ChainedFields, canonicalJson, chainHash, chainHasher, genesisHash } from './chain';

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

/** Takes the chain lock (held to the end of the transaction) and returns the hash of the last row. */
async function chainHead(tx: DbOrTx): Promise<string> {
  await tx.execute(sql`select pg_advisory_xact_lock(${chainLockKey})`);
  const [last] = await tx.select({ hash: auditLogs.hash }).from(auditLogs).orderBy(desc(auditLogs.id)).limit(1);
  return last?.hash ?? genesisHash;
}

function fieldsOf(actor: Actor, entry: AuditEntry, at: Date): ChainedFields {
  return {
    at,
    userId: actor.userId,
    username: actor.username,
    ip: actor.ip,
    action: entry.action,
    objectType: entry.objectType ?? null,
    objectId: entry.objectId ?? null,
    result: entry.result ?? 'success',
    regionCode: actor.regionCode,
    details: entry.details ?? {},
  };
}

/**
 * Appends one row to the audit chain. Call it inside the transaction of the change it records,
 * so the change and its audit row commit or roll back together.
 */
export async function recordAudit(tx: DbOrTx, actor: Actor, entry: AuditEntry): Promise<void> {
  const prevHash = await chainHead(tx);
  const row = fieldsOf(actor, entry, new Date());
  await tx.insert(auditLogs).values({ ...row, prevHash, hash: chainHash(prevHash, row) });
}

const appendChunk = 5000;

/** The chain's head under the chain lock: appends continue from it without reading it again. */
export interface AuditChain {
  /**
   * Hashes the entries now, in order, and sends their INSERTs; the returned promise settles when
   * PostgreSQL has written them. Nothing else may append to the chain in this transaction while
   * a chain handle is in use (its head would be stale).
   */
  append(actor: Actor, entries: readonly AuditEntry[]): Promise<void>;
}

/** Takes the chain lock (to the end of the transaction) and reads the head once. */
export async function openAuditChain(tx: DbOrTx): Promise<AuditChain> {
  let head = await chainHead(tx);
  return {
    append(actor, entries) {
      const inserts: Promise<unknown>[] = [];
      const at = new Date();
      const hashAfter = chainHasher({ at, userId: actor.userId, username: actor.username, ip: actor.ip, regionCode: actor.regionCode });
      for (let i = 0; i < entries.length; i += appendChunk) {
        const chunk = entries.slice(i, i + appendChunk);
        const cols: (string | null)[][] = [[], [], [], [], [], []];
        const details: string[] = [];
        for (const entry of chunk) {
          const f = fieldsOf(actor, entry, at);
          const json = canonicalJson(f.details);
          const hash = hashAfter(head, f, json);
          cols[0]!.push(f.action);
          cols[1]!.push(f.objectType);
          cols[2]!.push(f.objectId);
          cols[3]!.push(f.result);
          cols[4]!.push(head);
          cols[5]!.push(hash);
          details.push(json);
          head = hash;
        }
        inserts.push(insertChunk(tx, actor, at, cols, details));
      }
      return Promise.all(inserts).then(() => undefined);
    },
  };
}

/**
 * The actor's fields and the time are the same for every row, so they are sent once; the details
 * go as one JSON array (the canonical text that was hashed) rather than a jsonb[] literal.
 */
async function insertChunk(tx: DbOrTx, actor: Actor, at: Date, cols: (string | null)[][], details: string[]): Promise<void> {
  const [action, objectType, objectId, result, prev, hash] = cols.map((c) => sql.param(c));
  // ROWS FROM zips the functions' rows in array order, and identity values are drawn row by row:
  // ids follow the chain.
  await tx.execute(sql`insert into ${auditLogs} (at, user_id, username, ip, action, object_type, object_id, result, region_code, details, prev_hash, hash)
    select ${at.toISOString()}::timestamptz, ${actor.userId}::uuid, ${actor.username}::text, ${actor.ip}::text, u.action, u.object_type, u.object_id,
      u.result, ${actor.regionCode}::text, u.details, u.prev_hash, u.hash
    from rows from (unnest(${action}::text[]), unnest(${objectType}::text[]), unnest(${objectId}::text[]), unnest(${result}::text[]),
      jsonb_array_elements(${sql.param(`[${details.join(',')}]`)}::jsonb), unnest(${prev}::text[]), unnest(${hash}::text[]))
      as u(action, object_type, object_id, result, details, prev_hash, hash)`);
}

/**
 * Appends many rows at once (a bulk import): the same rows, hashes and lock as one recordAudit per
 * entry, in the given order, but one lock, one read of the chain head and one INSERT per chunk.
 */
export async function recordAudits(tx: DbOrTx, actor: Actor, entries: readonly AuditEntry[]): Promise<void> {
  if (!entries.length) return;
  await (await openAuditChain(tx)).append(actor, entries);
}

/** Records a standalone event (e.g. a failed login) in its own transaction. */
export async function recordAuditNow(db: Db, actor: Actor, entry: AuditEntry): Promise<void> {
  await db.transaction((tx) => recordAudit(tx, actor, entry));
}
