import type { Tx } from '../../db/client';
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

/** Reads the upload once more and hands typed rows to `each` in batches. */
async function forEachBatch<R extends Record<string, unknown>>(
  o: PassOptions<R>,
  onIssues: (log: IssueLog, count: number) => void,
  each: (batch: ImportRow<R>[], read: number) => Promise<void>,
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
    if (pending) await pending;
    pending = each(b, at);
    pending.catch(() => undefined);
  };
  try {
    for await (const row of rows) {
      read++;
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
  onIssues(log, read);
  return { read, log, header };
}

/**
 * Typed rows pass 1 keeps for pass 2 while the file has at most this many cells (20,000 rows of
 * 25 columns, about 30 MB of objects); bigger files are read again, so memory stays bounded.
 */
export const keptCellLimit = 500_000;

/** Pass 1: every row, every cell, plus the optional database checks. Writes nothing. */
export async function validatePass<R extends Record<string, unknown>>(
  o: PassOptions<R>,
  check: ((rows: ImportRow<R>[]) => Promise<readonly ImportRowIssue[]>) | undefined,
): Promise<{ read: number; log: IssueLog; rows: ImportRow<R>[] | null }> {
  const dbIssues: ImportRowIssue[] = [];
  let kept: ImportRow<R>[] | null = [];
  const result = await forEachBatch(o, () => undefined, async (batch, read) => {
    if (check) dbIssues.push(...(await check(batch)));
    if (kept && read * o.sheet.columns.length <= keptCellLimit) kept.push(...batch);
    else kept = null;
    await o.progress.advance(read, `正在校验：已读取 ${read} 行`);
  });
  const { header, log, read } = result;
  for (const issue of dbIssues) {
    const i = issue.column ? o.sheet.columns.findIndex((c) => c.key === issue.column) : -1;
    const columnIndex = i >= 0 ? header.positions[i]! : 0;
    log.add({ row: issue.row, columnIndex, header: i >= 0 ? header.texts.get(columnIndex) ?? o.sheet.columns[i]!.header : '', message: issue.message });
  }
  return { read, log, rows: log.count ? null : kept };
}

/**
 * Pass 2: the same rows again (kept from pass 1, or read once more), handed to `commit` batch by
 * batch inside the caller's transaction.
 */
export async function commitPass<R extends Record<string, unknown>>(
  o: PassOptions<R>,
  validated: { read: number; rows: ImportRow<R>[] | null },
  tx: Tx,
  commit: (tx: Tx, rows: ImportRow<R>[]) => Promise<void>,
): Promise<number> {
  const total = validated.read;
  let written = 0;
  const each = async (batch: ImportRow<R>[]) => {
    try {
      await commit(tx, batch);
    } catch (err) {
      throw batchError(err, batch);
    }
    written += batch.length;
    await o.progress.advance(total + written, `正在写入：${written} / ${total} 行`);
  };
  const { rows } = validated;
  if (rows) {
    for (let i = 0; i < rows.length; i += o.batchSize) await each(rows.slice(i, i + o.batchSize));
    return written;
  }
  await forEachBatch(o, (log) => {
    if (log.count) throw new AppError('CONFLICT', `文件在校验后发生了变化（${log.sample(1)}），未写入任何数据，请重新导入`);
  }, each);
  return written;
}

function batchError(err: unknown, batch: ImportRow<unknown>[]): AppError {
  if (err instanceof AppError) return err;
  const where = `第 ${batch[0]!.row}–${batch[batch.length - 1]!.row} 行`;
  const db = fromDatabaseError(err);
  if (!db) console.error('[kejiju] import batch failed', err);
  return new AppError(db?.code ?? 'INTERNAL', `写入${where}时出错${db ? `：${db.message}` : ''}。整个文件已撤销，未写入任何数据。`);
}
