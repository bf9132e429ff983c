import { isDeepStrictEqual } from 'node:util';
import fastJsonStringify from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify';
import { ResponseSerializationError, serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod';
import { $ZodType, safeEncode } from 'zod/v4/core';

/**
 * Response serialisation from the zod response schemas.
 *
 * fastify-type-provider-zod's serializer runs zod `safeEncode` over the whole body and then
 * `JSON.stringify` on every response. Here each route's response schema is translated once, at
 * route registration, into a minimal JSON Schema for fast-json-stringify, which writes only the
 * declared keys (the same keys zod's stripping objects keep) in the same order.
 *
 * The translation walks the zod definition itself rather than post-processing `z.toJSONSchema`:
 * toJSONSchema renders transforms, pipes and other unrepresentable parts as `{}` (which would
 * quietly write the untransformed value), so every shape has to be recognised from the zod
 * definition anyway. Only shapes whose encoded JSON is exactly what fast-json-stringify writes are
 * translated; anything else — transforms/pipes/codecs, value-changing checks (`trim`,
 * `toLowerCase`, `overwrite`), defaults/catch, dates, coercion, loose/catch-all objects,
 * non-string record keys, unions it cannot tell apart by JSON type or discriminator, recursive
 * schemas — keeps the zod serializer for that schema. The choice is made per schema when the route
 * is registered, never per request.
 *
 * Outside production the zod encoding still runs too and must agree with the fast output, so
 * every API test cross-checks the fast path, and a body that breaks its schema still fails loudly
 * with the usual ResponseSerializationError 500.
 */

type JsonSchema = { [keyword: string]: unknown };
type JsonKind = 'string' | 'number' | 'boolean' | 'null' | 'object' | 'array';
/** Where a schema sits: an object property / record value may be absent (undefined is skipped); elsewhere it may not. */
type Position = 'property' | 'value';

class Unconvertible extends Error {}

// zod's definitions are a discriminated union over dozens of types; the walker only reads plain fields.
interface AnyDef {
  type: string;
  checks?: Array<{ _zod: { def: { check: string } } }>;
  coerce?: boolean;
  [key: string]: unknown;
}

const defOf = (schema: $ZodType): AnyDef => schema._zod.def as unknown as AnyDef;

const primitiveKinds = new Set<JsonKind>(['string', 'number', 'boolean', 'null']);

function kindOfValue(value: unknown): JsonKind {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return 'string';
    case 'number':
      if (!Number.isFinite(value)) throw new Unconvertible('non-finite literal');
      return 'number';
    case 'boolean':
      return 'boolean';
    default:
      throw new Unconvertible(`literal of type ${typeof value}`);
  }
}

/** One JSON type for a set of literal/enum values, or unconvertible. */
function typeOfValues(values: Iterable<unknown>, what: string): JsonSchema {
  const kinds = new Set<JsonKind>();
  for (const v of values) kinds.add(kindOfValue(v));
  const nonNull = [...kinds].filter((k) => k !== 'null');
  if (nonNull.length > 1) throw new Unconvertible(`${what} mixing ${nonNull.join('/')} values`);
  if (nonNull.length === 0) return { type: 'null' };
  return kinds.has('null') ? { type: nonNull[0], nullable: true } : { type: nonNull[0] };
}

/** The JSON kinds a converted schema can produce, or null for "anything" (unknown/any/anyOf). */
function kindsOf(schema: JsonSchema): JsonKind[] | null {
  if (typeof schema.type !== 'string' || schema.anyOf) return null;
  const kinds = [schema.type as JsonKind];
  if (schema.nullable === true && schema.type !== 'null') kinds.push('null');
  return kinds;
}

function withoutNullable(schema: JsonSchema): JsonSchema {
  const { nullable: _nullable, ...rest } = schema;
  return rest;
}

function convertUnion(def: AnyDef, options: readonly $ZodType[], position: Position, seen: Set<$ZodType>): JsonSchema {
  if (typeof def.discriminator === 'string') return convertDiscriminatedUnion(def.discriminator, options, seen);
  const converted = options.map((o) => convert(o, position, seen));
  const kinds: JsonKind[] = [];
  for (const c of converted) {
    const k = kindsOf(c);
    if (!k) throw new Unconvertible('union with an unknown or nested-union option');
    kinds.push(...k);
  }
  if (kinds.every((k) => primitiveKinds.has(k))) {
    // Primitives serialise the same whichever option zod picked: one branch per JSON type.
    const types = [...new Set(kinds)];
    const nonNull = types.filter((t) => t !== 'null');
    if (nonNull.length === 0) return { type: 'null' };
    if (nonNull.length === 1) return types.includes('null') ? { type: nonNull[0], nullable: true } : { type: nonNull[0] };
    return { anyOf: [...nonNull.map((type) => ({ type })), ...(types.includes('null') ? [{ type: 'null' }] : [])] };
  }
  // Objects/arrays: only when every option has its own JSON type, so the branch is chosen by type alone.
  if (new Set(kinds).size !== kinds.length) throw new Unconvertible('union whose options share a JSON type (objects/arrays told apart only by content)');
  const branches: JsonSchema[] = [];
  for (const c of converted) {
    branches.push(withoutNullable(c));
    if (c.nullable === true) branches.push({ type: 'null' });
  }
  return { anyOf: branches };
}

function convertDiscriminatedUnion(discriminator: string, options: readonly $ZodType[], seen: Set<$ZodType>): JsonSchema {
  const claimed = new Set<unknown>();
  const branches = options.map((option) => {
    if (defOf(option).type !== 'object') throw new Unconvertible('discriminated union with a non-object option');
    const values = option._zod.propValues?.[discriminator];
    if (!values || values.size === 0) throw new Unconvertible('discriminated union option without literal discriminator values');
    for (const v of values) {
      if (claimed.has(v)) throw new Unconvertible('discriminated union with a repeated discriminator value');
      claimed.add(v);
    }
    const branch = convert(option, 'value', seen);
    const discriminatorType = typeOfValues(values, 'discriminator');
    if (discriminatorType.nullable) throw new Unconvertible('nullable discriminator');
    // `enum` and `required` only steer fast-json-stringify's choice of branch; the value is written as typed.
    return {
      ...branch,
      properties: { ...(branch.properties as JsonSchema), [discriminator]: { ...discriminatorType, enum: [...values] } },
      required: [discriminator],
    };
  });
  return { anyOf: branches };
}

function convert(schema: $ZodType, position: Position, seen: Set<$ZodType>): JsonSchema {
  if (!(schema instanceof $ZodType)) throw new Unconvertible('not a zod schema');
  if (seen.has(schema)) throw new Unconvertible('recursive schema');
  const def = defOf(schema);
  if (def.checks?.some((c) => c._zod.def.check === 'overwrite')) {
    throw new Unconvertible(`${def.type} with a value-changing check (trim, toLowerCase, overwrite…)`);
  }
  if (def.coerce) throw new Unconvertible(`coerced ${def.type}`);
  seen.add(schema);
  try {
    switch (def.type) {
      case 'string':
      case 'number':
      case 'boolean':
      case 'null':
        return { type: def.type };
      case 'enum':
        return typeOfValues(Object.values(def.entries as Record<string, unknown>), 'enum');
      case 'literal':
        return typeOfValues(def.values as unknown[], 'literal');
      case 'unknown':
      case 'any':
        // Written with JSON.stringify. Only where an undefined value is skipped (object property,
        // record value): as an array item or the whole body, undefined would not be valid JSON.
        if (position !== 'property') throw new Unconvertible(`${def.type} outside an object property or record value`);
        return {};
      case 'optional':
        if (position !== 'property') throw new Unconvertible('optional outside an object property');
        return convert(def.innerType as $ZodType, position, seen);
      case 'nullable': {
        const inner = convert(def.innerType as $ZodType, position, seen);
        if (Object.keys(inner).length === 0 || inner.type === 'null' || inner.nullable === true) return inner;
        if (Array.isArray(inner.anyOf)) {
          return (inner.anyOf as JsonSchema[]).some((b) => b.type === 'null') ? inner : { anyOf: [...(inner.anyOf as JsonSchema[]), { type: 'null' }] };
        }
        return { ...inner, nullable: true };
      }
      case 'array':
        return { type: 'array', items: convert(def.element as $ZodType, 'value', seen) };
      case 'object': {
        const catchall = def.catchall as $ZodType | undefined;
        // No catch-all: zod strips unknown keys. `never` (strictObject): extra keys are an error, never output.
        if (catchall && defOf(catchall).type !== 'never') throw new Unconvertible('object with a catch-all (loose/passthrough)');
        const shape = def.shape as Record<string, $ZodType>;
        const properties: JsonSchema = {};
        for (const key of Object.keys(shape)) {
          if (key === '__proto__') throw new Unconvertible('property named __proto__');
          properties[key] = convert(shape[key]!, 'property', seen);
        }
        // Deliberately no `required`: an absent or undefined property is left out, as JSON.stringify
        // does; a missing required field is zod's to report (cross-check outside production).
        return { type: 'object', properties };
      }
      case 'record': {
        if (def.mode === 'loose' || def.partial) throw new Unconvertible('loose or partial record');
        const key = defOf(def.keyType as $ZodType);
        if (key.type !== 'string' || key.coerce || key.checks?.some((c) => c._zod.def.check === 'overwrite')) {
          throw new Unconvertible(`record with ${key.type} keys`);
        }
        return { type: 'object', additionalProperties: convert(def.valueType as $ZodType, 'property', seen) };
      }
      case 'union':
        return convertUnion(def, def.options as readonly $ZodType[], position, seen);
      default:
        // date, transform, pipe (codecs), default, prefault, catch, readonly, lazy, tuple, intersection,
        // bigint, template_literal, undefined, void, never, map, set, custom, …
        throw new Unconvertible(def.type);
    }
  } finally {
    seen.delete(schema);
  }
}

export type FastPlan = { fast: true; jsonSchema: JsonSchema; stringify: (data: unknown) => string } | { fast: false; reason: string };

/** The JSON Schema fast-json-stringify gets for a zod schema, or why the fast path cannot take it. */
function convertForFast(schema: $ZodType): { fast: true; jsonSchema: JsonSchema } | { fast: false; reason: string } {
  try {
    return { fast: true, jsonSchema: convert(schema, 'value', new Set()) };
  } catch (err) {
    if (err instanceof Unconvertible) return { fast: false, reason: err.message };
    throw err;
  }
}

function compileFast(jsonSchema: JsonSchema): FastPlan {
  try {
    const stringify = fastJsonStringify(jsonSchema as unknown as Parameters<typeof fastJsonStringify>[0]) as (data: unknown) => string;
    return { fast: true, jsonSchema, stringify };
  } catch (err) {
    return { fast: false, reason: `fast-json-stringify: ${(err as Error).message}` };
  }
}

/** Decides, once per schema, whether the fast path can serialise it, and compiles it if so. */
export function planSerialisation(schema: $ZodType): FastPlan {
  const converted = convertForFast(schema);
  return converted.fast ? compileFast(converted.jsonSchema) : converted;
}

/** The zod encoding and the fast output disagree: a converter bug, never the caller's. */
export class FastSerializerMismatchError extends Error {
  readonly statusCode = 500;
  constructor(
    readonly method: string,
    readonly url: string,
    readonly fast: string,
    readonly expected: string,
  ) {
    super(`fast response serialiser disagrees with zod for ${method} ${url}:\n fast: ${fast.slice(0, 2000)}\n  zod: ${expected.slice(0, 2000)}`);
    this.name = 'FastSerializerMismatchError';
  }
}

export interface SerializerOptions {
  /** Also run zod's encoding and compare (development and tests); production runs only the fast path. */
  crossCheck: boolean;
  /** Told about each schema that keeps the zod serializer. */
  onFallback?: (route: { method: string; url: string; httpStatus?: string }, reason: string) => void;
}

type RouteSchema = $ZodType | { properties: $ZodType };

function resolveSchema(maybeSchema: unknown): $ZodType | undefined {
  if (maybeSchema instanceof $ZodType) return maybeSchema;
  if (maybeSchema && typeof maybeSchema === 'object' && 'properties' in maybeSchema && maybeSchema.properties instanceof $ZodType) {
    return maybeSchema.properties;
  }
  return undefined;
}

function parsesTheSame(fast: string, expected: string): boolean {
  try {
    return isDeepStrictEqual(JSON.parse(fast), JSON.parse(expected));
  } catch {
    return false;
  }
}

export function createSerializerCompiler(options: SerializerOptions): FastifySerializerCompiler<RouteSchema> {
  return (routeSchema) => {
    const zodSerializer = zodSerializerCompiler(routeSchema as Parameters<typeof zodSerializerCompiler>[0]);
    const schema = resolveSchema(routeSchema.schema);
    if (!schema) return zodSerializer;
    const { method, url, httpStatus } = routeSchema;
    const converted = convertForFast(schema);
    if (!converted.fast) {
      options.onFallback?.({ method, url, httpStatus }, converted.reason);
      return zodSerializer;
    }
    // Compiled on the route's first response, not at start-up: generating the code of a few
    // hundred schemas up front cost the cold start about half a second.
    let compiled: ((data: unknown) => string) | null = null;
    const fast = (data: unknown): string => {
      if (!compiled) {
        const plan = compileFast(converted.jsonSchema);
        if (!plan.fast) options.onFallback?.({ method, url, httpStatus }, plan.reason);
        compiled = plan.fast ? plan.stringify : zodSerializer;
      }
      return compiled(data);
    };
    if (!options.crossCheck) return fast;
    return (data: unknown) => {
      const encoded = safeEncode(schema, data);
      if (!encoded.success) throw new ResponseSerializationError(method, url, { cause: encoded.error });
      const expected = JSON.stringify(encoded.data);
      let output: string;
      try {
        output = fast(data);
      } catch (err) {
        throw new FastSerializerMismatchError(method, url, `<threw ${(err as Error).message}>`, expected);
      }
      if (output !== expected && !parsesTheSame(output, expected)) throw new FastSerializerMismatchError(method, url, output, expected);
      return output;
    };
  };
}
