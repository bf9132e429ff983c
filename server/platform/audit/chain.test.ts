import { describe, expect, it } from 'vitest';
import { canonicalJson, chainHash, chainHasher, type ChainedFields, keyOrdered } from './chain';

/** The canonical form written out by hand: keys sorted at every depth, undefined members left out. */
function reference(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(reference).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${reference(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

describe('canonical JSON of audit details', () => {
  const samples: unknown[] = [
    null, 0, -0, 1.5, '引号"与\\反斜杠\n', true, [], {}, [undefined, null, 1],
    { b: 1, a: 2 }, { a: 2, b: 1 }, { a: { d: [1, { y: 1, x: 2 }], c: null }, b: undefined },
    { after: { name: '霍邱县企业', phone: '139****5678', uscc: '91341522MA2N0X1234' }, source: 'import' },
    { source: 'import', after: { uscc: 'x', name: 'y' } },
    { 10: 'ten', 9: 'nine', a: 1 }, { at: new Date('2026-06-15T02:00:00.123Z'), z: [new Date(0)] },
    { B: 1, a: 2, _: 3, 'é': 4, '中': 5 }, { a: 1, aa: 2, ab: 3 }, { ab: 3, aa: 2, a: 1 },
  ];

  it('sorts keys at every depth and drops undefined members, whether or not the keys came in order', () => {
    for (const v of samples) expect(canonicalJson(v), JSON.stringify(v)).toBe(reference(v));
    expect(canonicalJson(undefined)).toBe('null');
  });

  it('keeps the given keys in sorted order for the fast path', () => {
    const ordered = keyOrdered({ uscc: 'u', name: 'n', phone: undefined, address: null }, ['address', 'name', 'phone', 'uscc']);
    expect(Object.keys(ordered)).toEqual(['address', 'name', 'uscc']);
    expect(canonicalJson({ after: ordered, source: 'import' })).toBe('{"after":{"address":null,"name":"n","uscc":"u"},"source":"import"}');
  });
});

describe('chain hashes of a bulk append', () => {
  it('are the hashes chainHash gives row by row', () => {
    const at = new Date('2026-06-15T02:00:00.123Z');
    for (const shared of [
      { at, userId: '00000000-0000-4000-8000-000000000001', username: 'staff', ip: '10.0.0.1', regionCode: '341522' },
      { at, userId: null, username: null, ip: null, regionCode: null },
      { at, userId: null, username: '名"字\\', ip: '::1', regionCode: '34' },
    ]) {
      const hashAfter = chainHasher(shared);
      let head = '0'.repeat(64);
      for (const own of [
        { action: 'enterprise.create', objectType: 'enterprise', objectId: 'e1', result: 'success' as const },
        { action: 'x', objectType: null, objectId: null, result: 'failure' as const },
      ]) {
        const details = { after: { name: '企业' }, source: 'import' };
        const row: ChainedFields = { ...shared, ...own, details };
        const expected = chainHash(head, row);
        expect(hashAfter(head, own, canonicalJson(details))).toBe(expected);
        head = expected;
      }
    }
  });
});
