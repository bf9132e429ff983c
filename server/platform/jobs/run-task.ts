import { eq, sql } from 'drizzle-orm';
import { tasks } from '../../db/schema';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { TaskFailure } from './failure';
import { taskHandler } from './registry';
import type { TaskProgress } from './types';

function progressWriter(ctx: AppContext, id: string): TaskProgress {
  let lastWrite = 0;
  return {
    async setTotal(total) {
      await ctx.database.db.update(tasks).set({ total }).where(eq(tasks.id, id));
    },
    async advance(done, message) {
      const now = Date.now();
      if (now - lastWrite < 250) return;
      lastWrite = now;
      await ctx.database.db.update(tasks).set({ progress: done, ...(message ? { message } : {}) }).where(eq(tasks.id, id));
    },
  };
}

/** Executes one queued task and records its outcome on the row; never throws. */
export async function runTask(ctx: AppContext, id: string): Promise<void> {
  const { db } = ctx.database;
  const [task] = await db.select().from(tasks).where(eq(tasks.id, id));
  if (!task || task.status !== 'queued') return;
  const handler = taskHandler(task.kind);
  await db.update(tasks).set({ status: 'running', startedAt: new Date() }).where(eq(tasks.id, id));
  try {
    if (!handler) throw new AppError('INTERNAL', `未知的任务类型 ${task.kind}`);
    const owner = { userId: task.createdBy, organisationId: task.organisationId, regionCode: task.regionCode };
    const result = await handler(ctx, { id, kind: task.kind, input: task.input, owner }, progressWriter(ctx, id));
    await db.update(tasks)
      .set({ status: 'succeeded', result, progress: sql`coalesce(${tasks.total}, ${tasks.progress})`, finishedAt: new Date() })
      .where(eq(tasks.id, id));
  } catch (err) {
    const e = err instanceof AppError ? err : new AppError('INTERNAL', '任务执行失败');
    if (!(err instanceof AppError)) console.error(`[kejiju] task ${task.kind} ${id} failed`, err);
    const result = err instanceof TaskFailure ? { result: err.result } : {};
    await db.update(tasks).set({ status: 'failed', error: { code: e.code, message: e.message, details: e.details }, ...result, finishedAt: new Date() }).where(eq(tasks.id, id));
  }
}
