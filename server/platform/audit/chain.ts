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

/** JSON with object keys sorted at every depth, so jsonb's key reordering cannot change a hash. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function chainHash(prevHash: string, row: ChainedFields): string {
  const body = canonicalJson([
    row.at.toISOString(),
    row.userId,
    row.username,
    row.ip,
    row.action,
    row.objectType,
    row.objectId,
    row.result,
    row.regionCode,
    row.details,
  ]);
  return sm3Hex(`${prevHash}\n${body}`);
}
