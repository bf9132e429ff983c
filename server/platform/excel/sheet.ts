import type { DbOrTx } from '../../db/client';
import type { Scope } from '../authz/scope';
import { headerKey } from './text';

export type ColumnKind = 'text' | 'integer' | 'decimal' | 'date' | 'enum' | 'uscc' | 'region' | 'boolean' | 'mobile' | 'phone';

/** What a parsed cell becomes: decimals stay exact strings, dates are YYYY-MM-DD. */
export interface KindValues {
  text: string;
  integer: number;
  decimal: string;
  date: string;
  enum: string;
  uscc: string;
  region: string;
  boolean: boolean;
  mobile: string;
  /** Mobile, or landline with area code (0564-1234567). */
  phone: string;
}

export interface DictionaryEntry {
  label: string;
  value: string;
  /** Other spellings accepted on import (codes, full names). */
  aliases?: readonly string[];
  /** false: accepted on import but left out of the dropdown (e.g. villages under a town list). */
  listed?: boolean;
}

/** Who is importing or exporting, for loaders that depend on scope (regions, organisations). */
export interface DictionaryContext {
  db: DbOrTx;
  scope: Scope;
}

export type DictionarySource =
  | Readonly<Record<string, string>>
  | readonly DictionaryEntry[]
  | ((dctx: DictionaryContext) => Promise<Readonly<Record<string, string>> | readonly DictionaryEntry[]>);

export interface ColumnDef<K extends string = string> {
  key: K;
  /** Chinese header text, as printed in the template and searched for in uploads. */
  header: string;
  kind: ColumnKind;
  required?: boolean;
  /** Decimal places allowed for 'decimal' (default 2). */
  scale?: number;
  min?: number;
  max?: number;
  maxLength?: number;
  /** label → value, or a loader; required for 'enum', optional for 'region' (default: regions in scope). */
  dictionary?: DictionarySource;
  width?: number;
  /** Shown as a cell comment on the header and in the instructions sheet. */
  note?: string;
  /** Personal data: masked in exports unless the caller is allowed to see it ('mobile' and 'phone' always are). */
  masked?: boolean;
  /** Other header texts accepted on import (older templates, member-unit spreadsheets). */
  aliases?: readonly string[];
}

type ValueOf<C extends ColumnDef> = KindValues[C['kind']];

/** The typed row a sheet definition parses to; optional columns may be null. */
export type RowOf<Cs extends readonly ColumnDef[]> = {
  [C in Cs[number] as C['key']]: C extends { required: true } ? ValueOf<C> : ValueOf<C> | null;
};

export interface RowIssue<K extends string = string> {
  /** The column to blame (its cell is marked red in the error report); omitted for whole-row issues. */
  column?: K;
  message: string;
}

export interface Sheet<R extends Record<string, unknown> = Record<string, unknown>> {
  /** Name of the data worksheet. */
  name: string;
  /** Title of the template, e.g. 企业及年度数据导入模板; also the file name stem. */
  title: string;
  columns: readonly ColumnDef<keyof R & string>[];
  /** Lines of the 填写说明 sheet, before the generated per-column notes. */
  instructions: readonly string[];
  /** Cross-field checks on a row whose cells all parsed. */
  rowRules?(row: R): readonly RowIssue<keyof R & string>[] | undefined | void;
  /** Columns that identify a row; two rows with the same values are an error (upsert key). */
  uniqueBy?: readonly (keyof R & string)[];
}

export interface SheetSpec<Cs extends readonly ColumnDef[]> extends Omit<Sheet<RowOf<Cs>>, 'columns'> {
  columns: Cs;
}

/** Declares an importable/exportable sheet; checks the declaration once, at module load. */
export function defineSheet<const Cs extends readonly ColumnDef[]>(spec: SheetSpec<Cs>): Sheet<RowOf<Cs>> {
  const keys = new Set<string>();
  const headers = new Set<string>();
  for (const c of spec.columns) {
    if (keys.has(c.key)) throw new Error(`sheet ${spec.name}: column key ${c.key} twice`);
    keys.add(c.key);
    for (const h of [c.header, ...(c.aliases ?? [])]) {
      if (headers.has(headerKey(h))) throw new Error(`sheet ${spec.name}: header ${h} twice`);
      headers.add(headerKey(h));
    }
    if (c.kind === 'enum' && !c.dictionary) throw new Error(`sheet ${spec.name}: enum column ${c.key} needs a dictionary`);
  }
  for (const k of spec.uniqueBy ?? []) if (!keys.has(k)) throw new Error(`sheet ${spec.name}: uniqueBy ${k} is no column`);
  return spec as unknown as Sheet<RowOf<Cs>>;
}

/** Any sheet, whatever its row type (the machinery handles rows as records). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnySheet = Sheet<any>;
export type RowOfSheet<S> = S extends Sheet<infer R> ? R : never;
