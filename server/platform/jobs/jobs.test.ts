import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tasks } from '../../db/schema';
import { createTestApp, type TestApp } from '../../test/harness';
import { AppError } from '../errors';
import { startPgBossJobs } from './jobs';
import { registerTaskHandler } from './registry';
import type { Jobs } from './types';

registerTaskHandler('test.count', async (_ctx, task, progress) => {
  const n = Number(task.input.n);
  await progress.setTotal(n);
  for (let i = 1; i <= n; i++) await progress.advance(i);
  return { counted: n };
});
registerTaskHandler('test.fail', async () => {
  throw new AppError('VALIDATION_FAILED', '第 3 行：统一社会信用代码校验位错误');
});

let t: TestApp;
let boss: Jobs;
beforeAll(async () => {
  t = await createTestApp();
  const url = (t.pool as unknown as { options: { connectionString: string } }).options.connectionString;
  boss = await startPgBossJobs(t.ctx, url, { workers: true });
});
afterAll(async () => {
  await boss.stop();
  await t.close();
});

async function settled(id: string) {
  for (let i = 0; i < 200; i++) {
    const [row] = await t.db.select().from(tasks).where(eq(tasks.id, id));
    if (row && (row.status === 'succeeded' || row.status === 'failed')) return row;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('task did not finish in 20 s');
}

describe('tracked background tasks on pg-boss', () => {
  it('runs a queued task to completion with its progress and result on the row', async () => {
    const staff = await t.login('staff');
    const me = (await staff.get('/api/v1/auth/me')).json();
    const id = await boss.enqueue('test.count', { n: 5 }, { userId: me.id, organisationId: me.organisation.id, regionCode: me.organisation.regionCode });
    const row = await settled(id);
    expect(row).toMatchObject({ status: 'succeeded', progress: 5, total: 5, result: { counted: 5 } });
    const view = await staff.get(`/api/v1/tasks/${id}`);
    expect(view.json()).toMatchObject({ status: 'succeeded', progress: 5 });
    expect((await (await t.login('staff2')).get(`/api/v1/tasks/${id}`)).statusCode).toBe(404);
  });

  it('records a failing task with its Chinese error', async () => {
    const id = await boss.enqueue('test.fail', {}, { userId: null, organisationId: null, regionCode: null });
    const row = await settled(id);
    expect(row.status).toBe('failed');
    expect(row.error).toMatchObject({ code: 'VALIDATION_FAILED', message: '第 3 行：统一社会信用代码校验位错误' });
  });
});
