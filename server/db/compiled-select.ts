import { Column, getTableColumns, is, Placeholder, SQL, sql, Table } from 'drizzle-orm';
import { QueryBuilder } from 'drizzle-orm/pg-core';
import type { DbOrTx } from './client';
import { compileSql } from './fast-sql';

/** Builds select statements without a connection, to be compiled once by `CompiledSelect`. */
export const selectBuilder = new QueryBuilder();

/** What CompiledSelect needs of a drizzle select: `select … from … join …`, nothing after the joins. */
interface SelectHead<R> {
  toSQL(): { sql: string; params: unknown[] };
  readonly _: { readonly result: R[] };
}

type Decoder = { mapFromDriverValue(value: unknown): unknown };
interface Slot { path: readonly string[]; decoder: Decoder }

/** The selection's fields in the order drizzle writes them into the select list (its orderSelectedFields). */
function slotsOf(fields: Record<string, unknown>, prefix: readonly string[] = []): Slot[] {
  return Object.entries(fields).flatMap(([name, field]): Slot[] => {
    const path = [...prefix, name];
    if (is(field, Column)) return [{ path, decoder: field }];
    // An SQL field's decoder (sql<T>`…`.mapWith(…)) is drizzle-internal in its types, not at run time.
    if (is(field, SQL)) return [{ path, decoder: (field as unknown as { decoder: Decoder }).decoder }];
    if (is(field, SQL.Aliased)) return [{ path, decoder: (field.sql as unknown as { decoder: Decoder }).decoder }];
    if (is(field, Table)) return slotsOf(getTableColumns(field), path);
    if (field && typeof field === 'object' && Object.getPrototypeOf(field) === Object.prototype) return slotsOf(field as Record<string, unknown>, path);
    throw new Error(`compiled select: ${path.join('.')} is not a column, SQL or an object of them`);
  });
}

type KeyTree = Map<string, KeyTree | number>;

/**
 * Rows decoded as drizzle would (each column's own mapping, nested objects for nested fields), by
 * a function written once per selection: one object literal per row, so every row has the same
 * shape and the serialiser meets one hidden class, instead of keys added one by one.
 */
function rowDecoder(slots: readonly Slot[]): (row: unknown[]) => unknown {
  const root: KeyTree = new Map();
  slots.forEach(({ path }, i) => {
    let node = root;
    for (const key of path.slice(0, -1)) {
      let child = node.get(key);
      if (!(child instanceof Map)) node.set(key, (child = new Map()));
      node = child;
    }
    node.set(path[path.length - 1]!, i);
  });
  const literal = (node: KeyTree): string => `{${[...node].map(([key, v]) =>
    `[${JSON.stringify(key)}]: ${typeof v === 'number' ? `row[${v}] === null ? null : d[${v}](row[${v}])` : literal(v)}`).join(', ')}}`;
  const decoders = slots.map(({ decoder }) => (value: unknown) => decoder.mapFromDriverValue(value));
  // Generated from the selection's own keys (JSON-quoted), once, when the module loads.
  return new Function('d', `return (row) => (${literal(root)});`)(decoders) as (row: unknown[]) => unknown;
}

/**
 * A list's `select <columns> from <tables>` turned into SQL text once, instead of on every request.
 * Drizzle spends most of a list query's build on the selection: escaping every column, checking
 * every join (≈130 µs of ≈150 µs for 企业库's page, docs/BENCHMARKS.md). The WHERE, ORDER BY and
 * LIMIT are still built per request by drizzle after it, and rows are decoded as drizzle would
 * (each column's own mapping, the same raw date and time text), into the same shape.
 *
 * Values that change per request go in as `sql.placeholder(name)` and are given to `run`.
 * Only inner joins and flat fields of outer-joined tables: drizzle's turning an outer-joined
 * table's all-null object into null is not reproduced, so such a selection is refused.
 */
export class CompiledSelect<R> {
  private readonly pieces: string[] = [];
  private readonly params: unknown[] = [];
  private readonly slots: Slot[];
  private readonly decode: (row: unknown[]) => R;

  /** `fields` is the selection `head` was built with (drizzle does not expose it). */
  constructor(fields: Record<string, unknown>, head: SelectHead<R>, outerJoined: readonly string[] = []) {
    const { sql: text, params } = head.toSQL();
    const parts = text.split(/\$(\d+)/);
    for (let i = 0; i < parts.length; i += 2) {
      this.pieces.push(parts[i]!);
      if (i + 1 < parts.length) this.params.push(params[Number(parts[i + 1]) - 1]);
    }
    if (this.params.length !== params.length) throw new Error('compiled select: parameters out of order');
    this.slots = slotsOf(fields);
    const nested = this.slots.find((s) => s.path.length > 1 && outerJoined.includes(s.path[0]!));
    if (nested) throw new Error(`compiled select: ${nested.path[0]} is outer-joined and nested`);
    this.decode = rowDecoder(this.slots) as (row: unknown[]) => R;
  }

  /** The statement: the compiled select with `values` for its placeholders, then `rest`. */
  statement(values: Record<string, unknown>, rest?: SQL): SQL {
    const chunks: SQL[] = [];
    this.pieces.forEach((piece, i) => {
      chunks.push(sql.raw(piece));
      if (i < this.params.length) {
        const p = this.params[i];
        if (is(p, Placeholder) && !(p.name in values)) throw new Error(`compiled select: no value for ${p.name}`);
        chunks.push(sql`${is(p, Placeholder) ? values[p.name] : p}`);
      }
    });
    if (rest) chunks.push(sql` `, rest);
    return sql.join(chunks);
  }

  /** Runs the statement on `db` (a transaction too) and decodes its rows. */
  async run(db: DbOrTx, values: Record<string, unknown>, rest?: SQL): Promise<R[]> {
    const query = compileSql(this.statement(values, rest));
    const prepared = db._.session.prepareQuery<{ execute: unknown; all: unknown; values: unknown }>(
      query, undefined, undefined, true, (rows) => (rows as unknown[][]).map(this.decode));
    return (await prepared.execute()) as R[];
  }
}

/** `where <condition>`, or nothing when there is no condition: for the `rest` of a compiled select. */
export const whereClause = (condition: SQL | undefined): SQL => (condition ? sql`where ${condition}` : sql``);

/** `order by <terms>`: for the `rest` of a compiled select. */
export const orderByClause = (terms: readonly SQL[]): SQL => sql`order by ${sql.join([...terms], sql`, `)}`;
