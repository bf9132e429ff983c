import { sm3Hex } from '../crypto/sm';

export const genesisHash = '0'.repeat(64);

export interface ChainedFields {
  at: Date;
  userId: string | null;
  username: string | null;
  ip: string | null;
  action: string;
  objectType: string | null;
  objectId: string | null;
  result: 'success' | 'failure';
  regionCode: string | null;
  details: Record<string, unknown>;
}

/**
 * JSON with object keys sorted at every depth, so jsonb's key reordering cannot change a hash.
 * Written as loops over sorted keys (the same order as comparing with <): a bulk import hashes
 * hundreds of thousands of entries.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i ? ',' : '') + canonicalJson(value[i]);
    return `${out}]`;
  }
  const object = value as Record<string, unknown>;
  let out = '{';
  for (const key of Object.keys(object).sort()) {
    const v = object[key];
    if (v === undefined) continue;
    out += `${out.length > 1 ? ',' : ''}${JSON.stringify(key)}:${canonicalJson(v)}`;
  }
  return `${out}}`;
}

/**
 * The row's hash after `prevHash`. `detailsJson`, when given, is canonicalJson(row.details)
 * already computed (a bulk append stores the same text as the row's jsonb).
 */
export function chainHash(prevHash: string, row: ChainedFields, detailsJson = canonicalJson(row.details)): string {
  const head = canonicalJson([
    row.at.toISOString(),
    row.userId,
    row.username,
    row.ip,
    row.action,
    row.objectType,
    row.objectId,
    row.result,
    row.regionCode,
  ]);
  return sm3Hex(`${prevHash}\n${head.slice(0, -1)},${detailsJson}]`);
}
