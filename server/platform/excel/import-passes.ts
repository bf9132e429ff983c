import type { Tx } from '../../db/client';
import { StatementPipeline } from '../../db/pipeline';
import { AppError } from '../errors';
import { fromDatabaseError } from '../http/pg-errors';
import type { TaskProgress } from '../jobs/types';
import type { ResolvedDictionary } from './dictionary';
import type { HeaderMap } from './header';
import { IssueLog } from './issues';
import { readSheet } from './reader';
import type { Sheet } from './sheet';
import { RowValidator } from './validate';

export interface ImportRow<R> {
  /** Excel row number, for messages. */
  row: number;
  value: R;
}

/** A problem found by a database-backed check, e.g. the USCC belongs to an enterprise outside scope. */
export interface ImportRowIssue<K extends string = string> {
  row: number;
  column?: K;
  message: string;
}

export interface PassOptions<R extends Record<string, unknown>> {
  content: Buffer;
  sheet: Sheet<R>;
  dicts: Map<string, ResolvedDictionary>;
  batchSize: number;
  progress: TaskProgress;
}

/** Lets I/O callbacks run: the rows of a read buffer come as microtasks, which never yield to them. */
const yieldToIo = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Rows read between yields while a batch's statements are in flight. */
const rowsPerYield = 100;

/**
 * Reads the upload and hands typed, checked rows to `each` in batches; `log` holds every problem so
 * far. `early` starts for each batch as soon as it is read (the database checks, on their own
 * connection), `each` runs one batch at a time, in order, with that batch's `early` result.
 */
async function forEachBatch<R extends Record<string, unknown>, E>(
  o: PassOptions<R>,
  early: (batch: ImportRow<R>[]) => Promise<E>,
  each: (batch: ImportRow<R>[], early: E, read: number, log: IssueLog) => Promise<void>,
): Promise<{ read: number; log: IssueLog; header: HeaderMap }> {
  const { header, date1904, rows } = await readSheet(o.content, o.sheet);
  const validator = new RowValidator<R>(o.sheet, o.dicts, header, date1904);
  const log = new IssueLog();
  let batch: ImportRow<R>[] = [];
  let read = 0;
  // A batch's `each` (database work) runs while the next batch is read and checked; the batches
  // still go to `each` one at a time and in order.
  let pending = null as Promise<void> | null;
  const hand = async (b: ImportRow<R>[], at: number) => {
    const started = early(b);
    started.catch(() => undefined);
    if (pending) await pending;
    pending = started.then((e) => each(b, e, at, log));
    pending.catch(() => undefined);
  };
  try {
    for await (const row of rows) {
      read++;
      // Without this the pipelined statements of the batch in flight wait for the reading to
      // reach an I/O boundary before the next one is sent.
      if (pending && read % rowsPerYield === 0) await yieldToIo();
      const checked = validator.check(row);
      if (checked.ok) batch.push({ row: row.rowNumber, value: checked.value });
      else for (const issue of checked.issues) log.add(issue);
      if (batch.length >= o.batchSize) {
        await hand(batch, read);
        batch = [];
      }
    }
    if (batch.length) await hand(batch, read);
    if (pending) await pending;
  } catch (err) {
    // Never leave a batch running (inside the caller's transaction) behind an error.
    if (pending) await pending.catch(() => undefined);
    throw err;
  }
  return { read, log, header };
}

/**
 * Batches whose statements may be waiting in PostgreSQL at once: one executing, the next one queued
 * behind it on the same connection, so the app prepares a third while neither waits for the other.
 */
export const batchesInFlight = 2;

interface InFlight<R> {
  batch: ImportRow<R>[];
  done: Promise<void>;
}

/**
 * The whole import in one read of the upload, inside the caller's transaction: every row is
 * checked (cells, then the optional database checks), and while no problem has been found the
 * rows are also written, batch by batch. After the first problem the writing stops but the
 * checking goes on, so the error report names every bad cell; the caller then rolls the
 * transaction back, and nothing is written. A clean file is read once, not twice, and its
 * database writes overlap the reading of the next batch.
 *
 * `commit` may send a batch's statements on `writes` without awaiting them: the next batch is
 * prepared while they run (at most `batchesInFlight` batches outstanding), and a failure is still
 * reported with the rows of the batch whose statement failed.
 */
export async function importPass<R extends Record<string, unknown>>(
  o: PassOptions<R>,
  tx: Tx,
  check: ((rows: ImportRow<R>[]) => Promise<readonly ImportRowIssue[]>) | undefined,
  commit: (tx: Tx, rows: ImportRow<R>[], writes: StatementPipeline) => Promise<void>,
): Promise<{ read: number; written: number; log: IssueLog }> {
  const dbIssues: ImportRowIssue[] = [];
  let written = 0;
  const inFlight: InFlight<R>[] = [];
  const settleOldest = async () => {
    const { batch, done } = inFlight.shift()!;
    try {
      await done;
    } catch (err) {
      throw batchError(err, batch);
    }
    written += batch.length;
  };
  const noIssues: readonly ImportRowIssue[] = [];
  const early = (batch: ImportRow<R>[]) => (check ? check(batch) : Promise.resolve(noIssues));
  let result: Awaited<ReturnType<typeof forEachBatch<R, readonly ImportRowIssue[]>>>;
  try {
    result = await forEachBatch(o, early, async (batch, issues, at, soFar) => {
      dbIssues.push(...issues);
      const writing = !soFar.count && !dbIssues.length;
      if (writing) {
        while (inFlight.length >= batchesInFlight) await settleOldest();
        const writes = new StatementPipeline();
        try {
          await commit(tx, batch, writes);
        } catch (err) {
          await writes.drain().catch(() => undefined);
          // An earlier batch's failure aborted the transaction and is the one to report.
          while (inFlight.length) await settleOldest();
          throw batchError(err, batch);
        }
        const done = writes.drain();
        done.catch(() => undefined);
        inFlight.push({ batch, done });
      }
      await o.progress.advance(at, writing ? `正在导入：已写入 ${written} 行` : `正在校验：已读取 ${at} 行`);
    });
    while (inFlight.length) await settleOldest();
  } finally {
    // Never leave statements running (inside the caller's transaction) behind an error.
    await Promise.allSettled(inFlight.map((f) => f.done));
  }
  const { header, log, read } = result;
  for (const issue of dbIssues) {
    const i = issue.column ? o.sheet.columns.findIndex((c) => c.key === issue.column) : -1;
    const columnIndex = i >= 0 ? header.positions[i]! : 0;
    log.add({ row: issue.row, columnIndex, header: i >= 0 ? header.texts.get(columnIndex) ?? o.sheet.columns[i]!.header : '', message: issue.message });
  }
  return { read, written, log };
}

function batchError(err: unknown, batch: ImportRow<unknown>[]): AppError {
  if (err instanceof AppError) return err;
  const where = `第 ${batch[0]!.row}–${batch[batch.length - 1]!.row} 行`;
  const db = fromDatabaseError(err);
  if (!db) console.error('[kejiju] import batch failed', err);
  return new AppError(db?.code ?? 'INTERNAL', `写入${where}时出错${db ? `：${db.message}` : ''}。整个文件已撤销，未写入任何数据。`);
}
