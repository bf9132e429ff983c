import { asc, gt } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { auditLogs } from '../../db/schema';
import { chainHash, genesisHash } from './chain';

export interface ChainReport {
  ok: boolean;
  checked: number;
  firstBadId: number | null;
  reason: string | null;
}

/** Walks the whole chain in id order, recomputing every hash. Streams in pages to bound memory. */
export async function verifyAuditChain(db: Db, pageSize = 5000): Promise<ChainReport> {
  let prev = genesisHash;
  let lastId = 0;
  let checked = 0;
  for (;;) {
    const page = await db.select().from(auditLogs).where(gt(auditLogs.id, lastId)).orderBy(asc(auditLogs.id)).limit(pageSize);
    if (page.length === 0) return { ok: true, checked, firstBadId: null, reason: null };
    for (const row of page) {
      if (row.prevHash !== prev) {
        return { ok: false, checked, firstBadId: row.id, reason: `第 ${row.id} 条记录的前序哈希不连续（记录被删除或插入）` };
      }
      const expected = chainHash(prev, {
        at: row.at,
        userId: row.userId,
        username: row.username,
        ip: row.ip,
        action: row.action,
        objectType: row.objectType,
        objectId: row.objectId,
        result: row.result,
        regionCode: row.regionCode,
        details: row.details,
      });
      if (expected !== row.hash) {
        return { ok: false, checked, firstBadId: row.id, reason: `第 ${row.id} 条记录内容与哈希不符（记录被篡改）` };
      }
      prev = row.hash;
      lastId = row.id;
      checked++;
    }
  }
}
