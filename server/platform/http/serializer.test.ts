import { describe, expect, it } from 'vitest';
import { isResponseSerializationError } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createSerializerCompiler, FastSerializerMismatchError, planSerialisation } from './serializer';

/** What the zod serializer (fastify-type-provider-zod) writes today. */
const zodJson = (schema: z.ZodType, data: unknown) => JSON.stringify(z.encode(schema, data));

function fast(schema: z.ZodType): (data: unknown) => string {
  const plan = planSerialisation(schema);
  if (!plan.fast) throw new Error(`expected the fast path, fell back: ${plan.reason}`);
  return plan.stringify;
}

/** The fast output is byte-for-byte the zod output. */
function expectSame(schema: z.ZodType, data: unknown): string {
  const out = fast(schema)(data);
  expect(out).toBe(zodJson(schema, data));
  return out;
}

const compile = (schema: z.ZodType, crossCheck: boolean, fallbacks: string[] = []) =>
  createSerializerCompiler({ crossCheck, onFallback: (_route, reason) => fallbacks.push(reason) })({
    schema,
    method: 'GET',
    url: '/api/v1/test',
    httpStatus: '200',
  });

const enterprise = z.object({
  id: z.uuid(),
  name: z.string().meta({ title: '名称' }),
  uscc: z.string().nullable(),
  employees: z.int().nullable(),
  revenue: z.string().nullable(),
  ratio: z.number(),
  tier: z.enum(['none', 'sme', 'hnte']),
  active: z.boolean(),
  cadre: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  note: z.string().optional(),
  updatedAt: z.iso.datetime({ offset: true }),
  tags: z.array(z.string()),
});
const page = z.object({ items: z.array(enterprise), total: z.int(), page: z.int(), pageSize: z.int() });

const row = (i: number, extra: Record<string, unknown> = {}) => ({
  id: `0b8f6a5e-3c1d-4e8a-9f7b-${String(i).padStart(12, '0')}`,
  name: `企业 "${i}" \\ 有限公司\n`,
  uscc: i % 2 ? '91310000MA1K4XXX0X' : null,
  employees: i % 3 ? i * 10 : null,
  revenue: i % 2 ? '12345.67' : null,
  ratio: i / 7,
  tier: 'sme',
  active: i % 2 === 0,
  cadre: i % 2 ? { id: '0b8f6a5e-3c1d-4e8a-9f7b-000000000001', name: '张三', phone: '13800000000' } : null,
  ...(i % 4 ? { note: '备注' } : {}),
  updatedAt: '2026-01-02T03:04:05.678+08:00',
  tags: ['a', 'b"c'],
  ...extra,
});

describe('fast response serialisation matches the zod serializer', () => {
  it('writes a list page byte for byte as zod + JSON.stringify does', () => {
    expectSame(page, { items: Array.from({ length: 20 }, (_, i) => row(i)), total: 20, page: 1, pageSize: 20 });
  });

  it('strips keys the schema does not declare, at every depth', () => {
    const out = expectSame(page, {
      items: [row(1, { passwordHash: 'secret', internal: { x: 1 } })],
      total: 1,
      page: 1,
      pageSize: 20,
      debug: 'leak',
    });
    expect(out).not.toMatch(/secret|internal|leak|phone|13800000000/);
  });

  it('keeps nulls, leaves absent and undefined optional fields out', () => {
    const schema = z.object({ a: z.string().nullable(), b: z.string().optional(), c: z.int().nullable().optional(), d: z.boolean() });
    expect(expectSame(schema, { a: null, d: false })).toBe('{"a":null,"d":false}');
    expect(expectSame(schema, { a: 'x', b: undefined, c: null, d: true })).toBe('{"a":"x","c":null,"d":true}');
    expect(expectSame(schema, { a: 'x', b: 'y', c: 3, d: true })).toBe('{"a":"x","b":"y","c":3,"d":true}');
  });

  it('writes keys in schema order whatever the order of the data', () => {
    const schema = z.object({ a: z.string(), b: z.number(), c: z.array(z.int()) });
    expect(expectSame(schema, { c: [3, 2], b: -0.5, a: 'x' })).toBe('{"a":"x","b":-0.5,"c":[3,2]}');
  });

  it('nested arrays and arrays of objects', () => {
    const schema = z.object({ grid: z.array(z.array(z.number())), rows: z.array(z.object({ k: z.string(), v: z.array(z.object({ n: z.int() })) })) });
    expectSame(schema, { grid: [[1, 2.5], [], [-3e-7, 1e21]], rows: [{ k: 'x', v: [{ n: 1, extra: 2 }] }, { k: 'y', v: [], extra: true }] });
    expectSame(z.array(z.string()), []);
  });

  it('records of strings and of anything, nullable', () => {
    const schema = z.object({
      counts: z.record(z.string(), z.int()),
      details: z.record(z.string(), z.unknown()),
      result: z.record(z.string(), z.unknown()).nullable(),
    });
    expectSame(schema, { counts: { a: 1, '2': 2 }, details: { x: [1, { y: null }], s: 'é', u: undefined }, result: null });
    expectSame(schema, { counts: {}, details: {}, result: { ok: true } });
  });

  it('enums, literals and unions of primitives', () => {
    const schema = z.object({
      status: z.literal('ok'),
      tier: z.enum(['a', 'b']),
      score: z.union([z.number(), z.string(), z.null()]),
      id: z.union([z.uuid(), z.literal('me')]),
    });
    expectSame(schema, { status: 'ok', tier: 'b', score: 3.5, id: 'me' });
    expectSame(schema, { status: 'ok', tier: 'a', score: '12.50', id: '0b8f6a5e-3c1d-4e8a-9f7b-000000000001' });
    expectSame(schema, { status: 'ok', tier: 'a', score: null, id: 'me' });
  });

  it('a union of an object and a number is told apart by type', () => {
    const schema = z.object({ score: z.union([z.object({ min: z.int(), max: z.int() }), z.int()]) });
    expect(expectSame(schema, { score: { min: 1, max: 3, extra: 1 } })).toBe('{"score":{"min":1,"max":3}}');
    expect(expectSame(schema, { score: 7 })).toBe('{"score":7}');
  });

  it('discriminated unions pick the branch by the discriminator and strip per branch', () => {
    const item = z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('computed'), key: z.string(), target: z.int() }),
      z.object({ kind: z.literal('manual'), key: z.string(), note: z.string().nullable() }),
    ]);
    const schema = z.object({ items: z.array(item) });
    const out = expectSame(schema, {
      items: [
        { kind: 'manual', key: 'm', note: null, target: 5 },
        { kind: 'computed', key: 'c', target: 3, note: 'x' },
      ],
    });
    expect(out).toBe('{"items":[{"kind":"manual","key":"m","note":null},{"kind":"computed","key":"c","target":3}]}');
  });

  it('strict objects and z.null() bodies', () => {
    expectSame(z.strictObject({ a: z.string() }), { a: 'x' });
    expect(expectSame(z.null(), null)).toBe('null');
  });
});

describe('shapes the fast path cannot represent keep the zod serializer', () => {
  const fallsBack = (schema: z.ZodType) => {
    const plan = planSerialisation(schema);
    return plan.fast ? null : plan.reason;
  };

  it.each([
    ['transform', z.object({ a: z.string().transform((s) => s.length) })],
    ['pipe / codec', z.object({ a: z.iso.datetime().pipe(z.string()) })],
    ['date', z.object({ at: z.date() })],
    ['trim (value-changing check)', z.object({ label: z.string().trim() })],
    ['default', z.object({ a: z.string().default('x') })],
    ['loose object', z.looseObject({ a: z.string() })],
    ['non-string record keys', z.record(z.enum(['a', 'b']), z.string())],
    ['unions of objects told apart by content', z.union([z.object({ a: z.string() }), z.object({ b: z.string() })])],
    ['unknown array items', z.object({ details: z.array(z.unknown()) })],
    ['mixed-type enum', z.object({ v: z.literal([1, 'one']) })],
    ['bigint', z.object({ n: z.bigint() })],
  ])('%s', (_name, schema) => {
    expect(fallsBack(schema)).toEqual(expect.any(String));
  });

  it('the compiler uses zod for such a schema, with its output', () => {
    const fallbacks: string[] = [];
    const schema = z.object({ at: z.date(), label: z.string().trim() });
    const serialise = compile(schema, false, fallbacks);
    expect(fallbacks).toHaveLength(1);
    // z.date() encodes to a Date that JSON.stringify writes as its ISO string; trim() applies on encode.
    const at = new Date('2026-01-02T03:04:05.678Z');
    expect(serialise({ at, label: '  x  ', extra: 1 })).toBe('{"at":"2026-01-02T03:04:05.678Z","label":"x"}');
  });
});

describe('cross-check outside production', () => {
  const schema = z.object({ id: z.int(), name: z.string(), tags: z.array(z.string()) });

  it('a body that breaks its schema fails as a ResponseSerializationError (500)', () => {
    const serialise = compile(schema, true);
    let error: unknown;
    try {
      serialise({ id: 'not a number', name: 'x', tags: [] });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(Error);
    expect((error as { statusCode: number }).statusCode).toBe(500);
    expect(isResponseSerializationError(error as object)).toBe(true);
  });

  it('production runs only the fast path, which does not validate', () => {
    const serialise = compile(schema, false);
    expect(serialise({ id: 1, name: 'x', tags: ['a'], extra: 1 })).toBe('{"id":1,"name":"x","tags":["a"]}');
    expect(() => serialise({ id: 'nope', name: 'x', tags: [] })).toThrow(/converted to a number/);
  });

  it('agreeing outputs pass through', () => {
    expect(compile(schema, true)({ id: 1, name: 'x', tags: [] })).toBe('{"id":1,"name":"x","tags":[]}');
  });

  it('an output that differs from zod’s is reported clearly', () => {
    // z.string().refine() is validation only, so the fast path is used. A refinement whose
    // callback rewrites a nested value (which zod does not forbid) is the kind of thing that
    // would make the two disagree; it must not pass silently.
    const sneaky = z.object({
      a: z.object({ v: z.string() }).check((ctx) => {
        ctx.value = { v: ctx.value.v.toUpperCase() };
      }),
    });
    const serialise = compile(sneaky, true);
    expect(() => serialise({ a: { v: 'x' } })).toThrow(FastSerializerMismatchError);
    expect(() => serialise({ a: { v: 'x' } })).toThrow(/disagrees with zod for GET \/api\/v1\/test/);
  });
});
