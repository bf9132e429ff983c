import { getTableName, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/client';
import type { StatementPipeline } from '../../db/pipeline';
import { type Actor, recordAudit } from '../audit/audit';
import type { Scope } from '../authz/scope';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { takeHandedFile } from '../files/handoff';
import { saveFile, unsafeReadFile, xlsxMime } from '../files/store';
import { TaskFailure } from '../jobs/failure';
import { registerTaskHandler } from '../jobs/registry';
import type { TaskOwner, TaskProgress, TaskRun } from '../jobs/types';
import { resolveDictionaries } from './dictionary';
import { buildErrorReport } from './error-report';
import { restoreIdentity } from './identity';
import { type ImportRow, type ImportRowIssue, importPass, type PassOptions } from './import-passes';
import { type IssueLog, reportedRowLimit } from './issues';
import type { Sheet } from './sheet';

export type { ImportRow, ImportRowIssue } from './import-passes';

export interface ImportContext {
  ctx: AppContext;
  scope: Scope;
  actor: Actor;
  owner: TaskOwner;
  taskId: string;
}

/** Counts a commitBatch may report (inserted, updated, unchanged, …); they add up into the task result. */
export type BatchCounts = Record<string, number>;

export interface ImportTaskOptions<R extends Record<string, unknown>> {
  /** Task kind, e.g. `enterprises.import`. */
  kind: string;
  sheet: Sheet<R>;
  /** Rows per commitBatch call (and per checkBatch call). Default 500. */
  batchSize?: number;
  /**
   * Read-only checks that need the database (record outside the user's scope, unknown reference),
   * run on every batch before it is written, so their rows land in the error report with all the others.
   */
  checkBatch?(rows: ImportRow<R>[], ictx: ImportContext): Promise<readonly ImportRowIssue<keyof R & string>[]>;
  /**
   * Tables the import writes in bulk: after a large import, the statistics of those it may have
   * changed by a fifth or more (analyzeShare) are refreshed in the same transaction, so the next reads (an export right after the import, the lists) are
   * planned for the new row counts rather than for the table before it (seq scans per page).
   */
  analyze?: readonly PgTable[];
  /**
   * Writes one batch inside the import's single transaction. Must be idempotent (upserts). It may
   * send statements on `writes` without awaiting them (see importPass): the next batch is then
   * prepared while they run; anything it awaits waits for the batches still in flight.
   */
  commitBatch(tx: Tx, rows: ImportRow<R>[], ictx: ImportContext, writes: StatementPipeline): Promise<BatchCounts | void>;
}

export interface ImportTask<R extends Record<string, unknown> = Record<string, unknown>> {
  kind: string;
  sheet: Sheet<R>;
}

/** Ends the import's transaction without writing anything: the file had problems (or no rows). */
class RolledBack extends Error {
  constructor(readonly log: IssueLog) {
    super('import rolled back');
  }
}

/** Rows from which an import refreshes the statistics of the tables it wrote. */
export const analyzeAfterRows = 10_000;

/**
 * A table is re-analysed when the import may have written at least this share of the rows it had
 * (autovacuum's own threshold is a tenth). Below it the planner's distributions barely move, and
 * its row counts follow the table's size anyway: 100,000 years added to a province's 1,000,000
 * leave the statistics of enterprise_annual_data as good as they were, and ANALYZE of such a
 * table is a quarter of a second of the import's single transaction.
 */
export const analyzeShare = 0.2;

/** The tables whose statistics `rows` written rows can have moved (reltuples < 0: never analysed). */
export function tablesToAnalyze(tuples: ReadonlyMap<string, number>, names: readonly string[], rows: number): string[] {
  return names.filter((name) => {
    const had = tuples.get(name) ?? -1;
    return had < 0 || rows >= had * analyzeShare;
  });
}

async function analyzeWritten(tx: Tx, tables: readonly PgTable[], rows: number): Promise<void> {
  const names = tables.map((t) => getTableName(t));
  const found = await tx.execute<{ relname: string; reltuples: number }>(sql`select relname, reltuples from pg_class
    where relname = any(${sql.param(names)}::text[]) and relkind = 'r' and relnamespace = 'public'::regnamespace`);
  const stale = tablesToAnalyze(new Map(found.rows.map((r) => [r.relname, Number(r.reltuples)])), names, rows);
  if (stale.length) await tx.execute(sql`analyze ${sql.join(stale.map((n) => sql.identifier(n)), sql`, `)}`);
}

const stem = (name: string) => name.replace(/\.xlsx$/i, '');

async function failWithReport(ictx: ImportContext, o: PassOptions<Record<string, unknown>>, file: { id: string; name: string }, read: number, log: IssueLog): Promise<never> {
  const report = await buildErrorReport(o.content, o.sheet, log);
  const saved = await saveFile(ictx.ctx.database.db, { name: `${stem(file.name)}-错误报告.xlsx`, mime: xlsxMime, content: report, purpose: 'import-error-report', owner: ictx.owner });
  const partial = log.complete ? '' : `（错误行过多，报告只标注了前 ${reportedRowLimit} 行，请确认使用的是本系统的导入模板）`;
  const message = `导入未执行：${read} 行数据中有 ${log.rows} 行存在 ${log.count} 处错误，未写入任何数据。请下载错误报告（出错单元格标红，行末“错误说明”列写明原因）${partial}，修改后重新导入。${log.sample()}`;
  throw new TaskFailure('VALIDATION_FAILED', message, log.sorted(), {
    errorReportFileId: saved.id, rowsRead: read, errorRows: log.rows, errorCount: log.count, fileId: file.id,
  });
}

async function runImport<R extends Record<string, unknown>>(o: ImportTaskOptions<R>, ctx: AppContext, task: TaskRun, progress: TaskProgress) {
  const { scope, actor } = restoreIdentity(task.input);
  const ictx: ImportContext = { ctx, scope, actor, owner: task.owner, taskId: task.id };
  const fileId = String(task.input.fileId);
  const file = takeHandedFile(fileId) ?? (await unsafeReadFile(ctx.database.db, fileId));
  if (!file) throw new AppError('NOT_FOUND', '上传的文件不存在或已被清理，请重新上传');
  const dicts = await resolveDictionaries(o.sheet as Sheet, { db: ctx.database.db, scope });
  const pass: PassOptions<R> = { content: file.content, sheet: o.sheet, dicts, batchSize: o.batchSize ?? 500, progress };
  const counts: Record<string, number> = {};
  let read = 0;
  try {
    // Pipelined: a batch's writes reach PostgreSQL while the next batch is prepared (importPass).
    await ctx.database.pipelinedTransaction(async (tx) => {
      const done = await importPass(pass, tx, o.checkBatch ? (rows) => o.checkBatch!(rows, ictx) : undefined, async (t, rows, writes) => {
        const c = await o.commitBatch(t, rows, ictx, writes);
        for (const [k, n] of Object.entries(c ?? {})) counts[k] = (counts[k] ?? 0) + n;
      });
      read = done.read;
      await progress.setTotal(read);
      await progress.advance(read, done.log.count ? `已检查 ${read} 行` : `已写入 ${read} 行，正在提交`);
      // Anything wrong anywhere in the file: roll back what the clean batches before it wrote.
      if (done.log.count || done.read === 0) throw new RolledBack(done.log);
      // ANALYZE samples this transaction's own new rows, and its statistics commit with them.
      if (o.analyze?.length && read >= analyzeAfterRows) await analyzeWritten(tx, o.analyze, read);
      await recordAudit(tx, actor, {
        action: `${o.kind}`, objectType: 'file', objectId: file.id,
        details: { sheet: o.sheet.name, fileName: file.name, sha256: file.sha256, rows: read, ...counts },
      });
    });
  } catch (err) {
    if (!(err instanceof RolledBack)) throw err;
    if (err.log.count) return failWithReport(ictx, pass as unknown as PassOptions<Record<string, unknown>>, file, read, err.log);
    throw new AppError('VALIDATION_FAILED', '文件中没有数据行：请在表头下方填写数据后再导入');
  }
  return { rows: read, ...counts, fileId: file.id };
}

/**
 * An all-or-nothing spreadsheet import as a tracked task: one streaming read of the upload inside
 * one transaction checks every row and writes the batches while the file is clean (importPass);
 * any problem → the transaction is rolled back, an error report file and a failed task, nothing
 * written.
 */
export function createImportTask<R extends Record<string, unknown>>(o: ImportTaskOptions<R>): ImportTask<R> {
  registerTaskHandler(o.kind, (ctx, task, progress) => runImport(o, ctx, task, progress));
  return { kind: o.kind, sheet: o.sheet };
}
