import type pg from 'pg';

/** One column of a bulk insert: the array element type the rows are sent as, and an optional cast. */
export interface Col {
  name: string;
  type: 'text' | 'uuid' | 'int' | 'bool' | 'date' | 'timestamptz' | 'numeric' | 'jsonb';
  /** SQL applied to the unnested value, e.g. `::text[]` for an array column sent as a literal. */
  cast?: string;
}

export type Row = unknown[];

/** Prints progress at most every two seconds and once at the end of each table. */
export class Progress {
  private last = 0;
  private readonly started = Date.now();
  constructor(private readonly log: (m: string) => void) {}

  step(table: string, done: number, total: number, force = false): void {
    const now = Date.now();
    if (!force && now - this.last < 2_000) return;
    this.last = now;
    const pct = total ? Math.floor((done / total) * 100) : 100;
    this.log(`${table}: ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')} (${pct}%), ${((now - this.started) / 1000).toFixed(0)} s`);
  }
}

/**
 * Multi-row insert through `unnest` of one array parameter per column: one statement and a
 * handful of parameters per chunk, whatever the row count (pg-copy-streams is not a dependency).
 */
export async function insertRows(db: pg.ClientBase, table: string, cols: Col[], rows: Row[]): Promise<void> {
  if (!rows.length) return;
  const params = cols.map((_, i) => rows.map((r) => r[i] ?? null));
  const unnest = cols.map((c, i) => `$${i + 1}::${c.type === 'int' ? 'int' : c.type}[]`).join(', ');
  const select = cols.map((c, i) => `c${i}${c.cast ?? ''}`).join(', ');
  const alias = cols.map((_, i) => `c${i}`).join(', ');
  await db.query(`insert into ${table} (${cols.map((c) => `"${c.name}"`).join(', ')}) select ${select} from unnest(${unnest}) as t(${alias})`, params);
}

/** Generates `total` rows by index in chunks and inserts them, reporting progress. */
export async function insertGenerated(
  db: pg.ClientBase,
  progress: Progress,
  table: string,
  cols: Col[],
  total: number,
  make: (i: number) => Row[],
  chunk = 5_000,
): Promise<number> {
  let written = 0;
  let buffer: Row[] = [];
  for (let i = 0; i < total; i++) {
    for (const row of make(i)) buffer.push(row);
    if (buffer.length >= chunk) {
      await insertRows(db, table, cols, buffer);
      written += buffer.length;
      buffer = [];
      progress.step(table, i + 1, total);
    }
  }
  await insertRows(db, table, cols, buffer);
  written += buffer.length;
  progress.step(table, total, total, true);
  return written;
}
