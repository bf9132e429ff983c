import type { SQLWrapper } from 'drizzle-orm';
import type { z } from 'zod';
import type { DbOrTx } from '../../db/client';
import { type Actor, recordAudit } from '../audit/audit';
import type { Scope } from '../authz/scope';
import type { AppContext } from '../context';
import { saveFile, xlsxMime } from '../files/store';
import { registerTaskHandler } from '../jobs/registry';
import type { TaskOwner } from '../jobs/types';
import { resolveDictionaries } from './dictionary';
import { exportToXlsx } from './export';
import { restoreIdentity } from './identity';
import type { Sheet } from './sheet';

/** How a module lists its rows for export: always inside the caller's scope. */
export interface ExportQuery<F extends Record<string, unknown>, R extends Record<string, unknown>> {
  /** Query-string filters of the export route (the same as the list route's, minus paging). */
  filter: z.ZodType<F>;
  count(db: DbOrTx, scope: Scope, filter: F, ctx: AppContext): Promise<number>;
  /**
   * The rows as `select 1 … where …`: when given, the export route tells a file it can send at once
   * from one that needs a task by the planner's estimate or a count capped past the inline limit
   * (listTotal) instead of counting every row of a province-sized export before queueing it.
   */
  matching?(db: DbOrTx, scope: Scope, filter: F, ctx: AppContext): SQLWrapper;
  /** Rows in the sheet's import shape; `ctx` is there for decrypting personal fields (masked later). */
  rows(db: DbOrTx, scope: Scope, filter: F, ctx: AppContext): AsyncIterable<Partial<R>>;
}

export interface ExportRun<F extends Record<string, unknown>> {
  ctx: AppContext;
  scope: Scope;
  actor: Actor;
  filter: F;
  showPersonalData: boolean;
  onRow?(count: number): Promise<void> | void;
}

export const exportFileName = (sheet: Sheet<never> | { title: string; name: string }, at: Date) =>
  `${sheet.name}-${at.toISOString().slice(0, 10).replace(/-/g, '')}.xlsx`;

/**
 * Runs one export to a Buffer and audits it (who, which filter, how many rows, masked or not).
 * The audit row is written after the file is built, in its own transaction.
 */
export async function runExport<F extends Record<string, unknown>, R extends Record<string, unknown>>(
  sheet: Sheet<R>, query: ExportQuery<F, R>, run: ExportRun<F>,
): Promise<{ rows: number; buffer: Buffer; name: string }> {
  const db = run.ctx.database.db;
  const dicts = await resolveDictionaries(sheet as Sheet, { db, scope: run.scope });
  const { rows, buffer } = await exportToXlsx({ sheet, rows: query.rows(db, run.scope, run.filter, run.ctx), dicts, showPersonalData: run.showPersonalData, onRow: run.onRow });
  const name = exportFileName(sheet, run.ctx.now());
  await db.transaction((tx) => recordAudit(tx, run.actor, {
    action: 'data.export', objectType: sheet.name,
    details: { sheet: sheet.name, filter: run.filter, rows, personalData: run.showPersonalData ? 'clear' : 'masked', fileName: name },
  }));
  return { rows, buffer: buffer!, name };
}

/** A big export as a tracked task: the file is saved for the user and named in the task result. */
export function createExportTask<F extends Record<string, unknown>, R extends Record<string, unknown>>(
  kind: string, sheet: Sheet<R>, query: ExportQuery<F, R>,
): { kind: string } {
  registerTaskHandler(kind, async (ctx, task, progress) => {
    const { scope, actor } = restoreIdentity(task.input);
    const filter = query.filter.parse(task.input.filter);
    // The total is for the progress bar only (the result counts the rows written). The export route
    // counted just before it queued the task; otherwise it is counted beside the export, not before
    // it: at province scale a count takes seconds.
    let total: number | null = null;
    const given = typeof task.input.rows === 'number' ? task.input.rows : null;
    const counted = (given === null ? query.count(ctx.database.db, scope, filter, ctx) : Promise.resolve(given)).then(async (n) => {
      total = n;
      await progress.setTotal(n);
    });
    counted.catch(() => undefined);
    const out = await runExport(sheet, query, {
      ctx, scope, actor, filter, showPersonalData: task.input.showPersonalData === true,
      onRow: (n) => progress.advance(n, total === null ? `正在导出：已导出 ${n} 行` : `正在导出：${n} / ${total} 行`),
    });
    await counted;
    const owner: TaskOwner = task.owner;
    const saved = await saveFile(ctx.database.db, { name: out.name, mime: xlsxMime, content: out.buffer, purpose: 'export', owner });
    return { fileId: saved.id, fileName: out.name, rows: out.rows };
  });
  return { kind };
}
