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
 * Whether JSON.stringify already writes `value` canonically: only plain objects (keys ascending
 * as `<` orders them, at every depth), arrays, valid dates, strings, numbers, booleans and null.
 */
function inCanonicalOrder(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return true;
    case 'object':
      break;
    default:
      return false;
  }
  if (Array.isArray(value)) {
    for (const item of value) if (!inCanonicalOrder(item)) return false;
    return true;
  }
  if (value instanceof Date) return !Number.isNaN(value.getTime());
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  let previous: string | null = null;
  for (const key in value) {
    if (previous !== null && !(previous < key)) return false;
    previous = key;
    if (!inCanonicalOrder((value as Record<string, unknown>)[key])) return false;
  }
  return true;
}

/** canonicalJson by sorting: for values whose keys are not in order (e.g. details read from jsonb). */
function sortedJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i ? ',' : '') + sortedJson(value[i]);
    return `${out}]`;
  }
  const object = value as Record<string, unknown>;
  let out = '{';
  for (const key of Object.keys(object).sort()) {
    const v = object[key];
    if (v === undefined) continue;
    out += `${out.length > 1 ? ',' : ''}${JSON.stringify(key)}:${sortedJson(v)}`;
  }
  return `${out}}`;
}

/**
 * JSON with object keys sorted at every depth, so jsonb's key reordering cannot change a hash.
 * A value built with its keys in order (keyOrdered, the bulk import's details) is written by
 * JSON.stringify itself: a bulk import hashes hundreds of thousands of entries.
 */
export function canonicalJson(value: unknown): string {
  return inCanonicalOrder(value) ? JSON.stringify(value ?? null) : sortedJson(value);
}

/** The given keys of `value`, in the canonical (sorted) order, so canonicalJson takes its fast path. */
export function keyOrdered<K extends string, V>(value: Partial<Record<K, V>>, sortedKeys: readonly K[]): Partial<Record<K, V>> {
  const out: Partial<Record<K, V>> = {};
  for (const key of sortedKeys) if (value[key] !== undefined) out[key] = value[key];
  return out;
}

const headOf = (row: Omit<ChainedFields, 'details'>) =>
  canonicalJson([row.at.toISOString(), row.userId, row.username, row.ip, row.action, row.objectType, row.objectId, row.result, row.regionCode]);

/**
 * The row's hash after `prevHash`. `detailsJson`, when given, is canonicalJson(row.details)
 * already computed (a bulk append stores the same text as the row's jsonb).
 */
export function chainHash(prevHash: string, row: ChainedFields, detailsJson = canonicalJson(row.details)): string {
  return sm3Hex(`${prevHash}\n${headOf(row).slice(0, -1)},${detailsJson}]`);
}

type SharedFields = Pick<ChainedFields, 'at' | 'userId' | 'username' | 'ip' | 'regionCode'>;
type OwnFields = Pick<ChainedFields, 'action' | 'objectType' | 'objectId' | 'result'>;

/**
 * chainHash for many rows of one actor and time (a bulk append): the fields they share are
 * written into the hashed text once, not once per row. Same hashes as chainHash.
 */
export function chainHasher(shared: SharedFields): (prevHash: string, own: OwnFields, detailsJson: string) => string {
  const actor = canonicalJson([shared.at.toISOString(), shared.userId, shared.username, shared.ip]).slice(0, -1);
  const region = JSON.stringify(shared.regionCode);
  const text = (v: string | null) => (v === null ? 'null' : JSON.stringify(v));
  return (prevHash, own, detailsJson) =>
    sm3Hex(`${prevHash}\n${actor},${text(own.action)},${text(own.objectType)},${text(own.objectId)},${text(own.result)},${region},${detailsJson}]`);
}
