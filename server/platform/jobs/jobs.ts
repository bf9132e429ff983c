import PgBoss from 'pg-boss';
import { tasks } from '../../db/schema';
import type { AppContext } from '../context';
import { taskKinds } from './registry';
import { runTask } from './run-task';
import type { Jobs, TaskOwner } from './types';

const queue = 'kejiju.tasks';

async function insertTask(ctx: AppContext, kind: string, input: Record<string, unknown>, owner: TaskOwner): Promise<string> {
  const [row] = await ctx.database.db
    .insert(tasks)
    .values({ kind, input, createdBy: owner.userId, organisationId: owner.organisationId, regionCode: owner.regionCode })
    .returning({ id: tasks.id });
  return row!.id;
}

/**
 * pg-boss on the same PostgreSQL: any process started with workers picks tasks up, so several
 * stateless app processes can share the load. Housekeeping schedules live here too.
 */
export async function startPgBossJobs(ctx: AppContext, url: string, options: { workers: boolean }): Promise<Jobs> {
  // Only processes that run the work also run pg-boss's upkeep (expiry, archiving, cron): the
  // enqueue-only HTTP processes would otherwise each repeat it.
  const boss = new PgBoss({ connectionString: url, max: 3, schema: 'pgboss', supervise: options.workers, schedule: options.workers });
  let stopping = false;
  // Once shutdown begins, PostgreSQL closing pg-boss's idle connections (57P01) is expected noise.
  boss.on('error', (err) => {
    if (!stopping) console.error('[kejiju] pg-boss', err);
  });
  await boss.start();
  await boss.createQueue(queue);
  await boss.createQueue('kejiju.housekeeping');
  let worker: string | null = null;
  if (options.workers) {
    worker = await boss.work<{ taskId: string }>(queue, { batchSize: 1, pollingIntervalSeconds: 0.5 }, async ([job]) => {
      if (job) await runTask(ctx, job.data.taskId);
    });
    await boss.schedule('kejiju.housekeeping', '*/10 * * * *', {});
    const { housekeeping } = await import('./housekeeping');
    await boss.work('kejiju.housekeeping', async () => housekeeping(ctx));
  }
  return {
    runsTasksHere: options.workers,
    async enqueue(kind, input, owner) {
      if (!taskKinds().includes(kind)) throw new Error(`unknown task kind ${kind}`);
      const id = await insertTask(ctx, kind, input, owner);
      await boss.send(queue, { taskId: id }, { retryLimit: 0 });
      // A task queued where a worker runs starts now rather than at its next poll (up to 0.5 s
      // later); elsewhere the workers' polling picks it up.
      if (worker) boss.notifyWorker(worker);
      return id;
    },
    async stop() {
      stopping = true;
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}

/** Runs tasks in this process right after they are queued. Used by tests and scripts. */
export function inlineJobs(ctx: AppContext): Jobs & { idle(): Promise<void> } {
  const running = new Set<Promise<void>>();
  return {
    runsTasksHere: true,
    async enqueue(kind, input, owner) {
      const id = await insertTask(ctx, kind, input, owner);
      const p = runTask(ctx, id).finally(() => running.delete(p));
      running.add(p);
      return id;
    },
    async idle() {
      while (running.size) await Promise.all([...running]);
    },
    async stop() {
      await this.idle();
    },
  };
}
