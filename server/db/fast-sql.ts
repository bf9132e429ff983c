import { isDeepStrictEqual } from 'node:util';
import { Column, Name, Param, Placeholder, SQL, StringChunk, Subquery, Table, View } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';

const dialect = new PgDialect();
// The dialect's column-name casing (none is configured, so a column's own name), internal in its types.
const casing = (dialect as unknown as { casing: { getColumnCasing(column: Column): string } }).casing;

export interface CompiledQuery {
  sql: string;
  params: unknown[];
}

/** A chunk this compiler leaves to drizzle (inlined parameters, views, enums, foreign classes). */
class Unsupported extends Error {}

const escapeName = (name: string) => `"${name.replace(/"/g, '""')}"`;

interface Out {
  sql: string;
  params: unknown[];
}

// drizzle's own keys on a table object (internal in its types, stable symbols at run time).
const tableSchema = Symbol.for('drizzle:Schema');
const tableNameKey = Symbol.for('drizzle:Name');
const isAlias = Symbol.for('drizzle:IsAlias');

function tableName(table: Table): string {
  const t = table as unknown as Record<symbol, unknown>;
  const schema = t[tableSchema] as string | undefined;
  const name = t[tableNameKey] as string;
  return schema === undefined || t[isAlias] ? escapeName(name) : `${escapeName(schema)}.${escapeName(name)}`;
}

function param(out: Out, value: unknown): void {
  out.params.push(value);
  out.sql += `$${out.params.length}`;
}

// One branch per kind of chunk, in drizzle's own order (sql.js buildQueryFromSourceParams).
function walk(chunks: readonly unknown[], out: Out): void {
  for (const chunk of chunks) {
    if (chunk instanceof StringChunk) out.sql += chunk.value.join('');
    else if (chunk instanceof Name) out.sql += escapeName(chunk.value);
    else if (chunk === undefined) continue;
    else if (Array.isArray(chunk)) {
      out.sql += '(';
      chunk.forEach((c, i) => {
        walk([c], out);
        if (i < chunk.length - 1) out.sql += ', ';
      });
      out.sql += ')';
    } else if (chunk instanceof SQL) {
      if ((chunk as unknown as { shouldInlineParams: boolean }).shouldInlineParams) throw new Unsupported('inlined parameters');
      walk(chunk.queryChunks, out);
    } else if (chunk instanceof Table) out.sql += tableName(chunk);
    else if (chunk instanceof Column) {
      const columnName = casing.getColumnCasing(chunk);
      out.sql += `${tableName(chunk.table)}.${escapeName(columnName)}`;
    } else if (chunk instanceof View) throw new Unsupported('view');
    else if (chunk instanceof Param) {
      if (chunk.value instanceof Placeholder) param(out, chunk);
      else {
        const mapped = chunk.value === null ? null : chunk.encoder.mapToDriverValue(chunk.value);
        if (mapped instanceof SQL) walk([mapped], out);
        else param(out, mapped);
      }
    } else if (chunk instanceof Placeholder) param(out, chunk);
    else if (chunk instanceof SQL.Aliased && chunk.fieldAlias !== undefined) out.sql += escapeName(chunk.fieldAlias);
    else if (chunk instanceof Subquery) {
      if (chunk._.isWith) out.sql += escapeName(chunk._.alias);
      else walk([new StringChunk('('), chunk._.sql, new StringChunk(') '), new Name(chunk._.alias)], out);
    } else if (typeof chunk === 'function') throw new Unsupported('enum or function');
    else if (chunk !== null && typeof (chunk as { getSQL?: unknown }).getSQL === 'function') {
      const wrapper = chunk as { getSQL(): SQL; shouldOmitSQLParens?(): boolean };
      if (wrapper.shouldOmitSQLParens?.()) walk([wrapper.getSQL()], out);
      else walk([new StringChunk('('), wrapper.getSQL(), new StringChunk(')')], out);
    } else if (chunk !== null && typeof chunk === 'object' && hasEntityKind(chunk)) throw new Unsupported('a drizzle entity of another copy');
    else param(out, chunk);
  }
}

const entityKind = Symbol.for('drizzle:entityKind');
const hasEntityKind = (value: object) => Boolean((value.constructor as unknown as Record<symbol, unknown> | undefined)?.[entityKind]);

/** Compare every statement with drizzle's own compiler outside production (tests run that way). */
let crossCheck = process.env.NODE_ENV !== 'production';
export const setSqlCrossCheck = (on: boolean) => void (crossCheck = on);

export class SqlCompileMismatch extends Error {}

/**
 * The text and parameters drizzle would send for `query`, built without drizzle's compiler. That
 * compiler tests each chunk against every kind in turn with `is()`, whose miss walks the chunk's
 * class chain, and copies its options for every nested SQL: about 20 µs for a list's WHERE and
 * ORDER BY, twice per list request (the page and its total's estimate key). This walk dispatches
 * with `instanceof` on the one drizzle the app loads, and gives any chunk it does not know (inlined
 * parameters, views, enums) to drizzle. Outside production every result is compared with
 * drizzle's, so the whole API test suite checks that the two agree.
 */
export function compileSql(query: SQL): CompiledQuery {
  let out: Out | null = { sql: '', params: [] };
  try {
    walk([query], out);
  } catch (err) {
    if (!(err instanceof Unsupported)) throw err;
    out = null;
  }
  if (!out || crossCheck) {
    const expected = dialect.sqlToQuery(query);
    if (out && (out.sql !== expected.sql || !isDeepStrictEqual(out.params, expected.params))) {
      throw new SqlCompileMismatch(`compileSql differs from drizzle:\n${out.sql}\n${JSON.stringify(out.params)}\n---\n${expected.sql}\n${JSON.stringify(expected.params)}`);
    }
    return { sql: expected.sql, params: expected.params };
  }
  return out;
}
