import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../app';
import { createTestApp, type TestApp } from '../../test/harness';
import { housekeeping } from '../jobs/housekeeping';

const usccCheck = '/api/v1/public/uscc/91110000600037341L';

/**
 * Two app instances on one database stand for two HTTP processes of one deployment
 * (KEJIJU_HTTP_PROCESSES): a client's requests count against one limit whichever serves them.
 */
describe('rate limits shared by every HTTP process (PostgreSQL store)', () => {
  let t: TestApp;
  let second: App;

  beforeAll(async () => {
    t = await createTestApp({}, { publicRatePerMinute: 3 });
    second = await buildApp(t.ctx);
    await second.ready();
  });
  afterAll(async () => {
    await second?.close();
    await t?.close();
  });

  const statusFrom = async (app: App, url = usccCheck) => (await app.inject({ method: 'GET', url })).statusCode;

  it('counts requests served by either process against the same limit, per route', async () => {
    const codes = [await statusFrom(t.app), await statusFrom(second), await statusFrom(t.app), await statusFrom(second)];
    expect(codes).toEqual([200, 200, 200, 429]);
    const limited = await second.inject({ method: 'GET', url: usccCheck });
    expect(limited.json()).toMatchObject({ code: 'RATE_LIMITED', message: '请求过于频繁，请稍后再试' });
    expect(limited.headers['retry-after']).toMatch(/^\d+$/);
    // One count per route and client, whatever the parameters.
    expect(await statusFrom(t.app, '/api/v1/public/uscc/91350100M000100Y43')).toBe(429);
    const keys = await t.pool.query<{ key: string; hits: number }>(`select key, hits from rate_limit_counters`);
    expect(keys.rows).toEqual([{ key: 'GET /api/v1/public/uscc/:code|127.0.0.1', hits: 6 }]);
  });

  it('opens a new window once the last one has ended, and housekeeping drops ended windows', async () => {
    await t.pool.query(`update rate_limit_counters set window_ends_at = now() - interval '2 minutes'`);
    expect(await statusFrom(second)).toBe(200);
    expect((await t.pool.query(`select hits from rate_limit_counters`)).rows).toEqual([{ hits: 1 }]);
    await t.pool.query(`insert into rate_limit_counters values ('GET /gone|10.0.0.9', 7, now() - interval '2 minutes')`);
    await housekeeping(t.ctx);
    const left = await t.pool.query(`select key, hits from rate_limit_counters`);
    expect(left.rows).toEqual([{ key: 'GET /api/v1/public/uscc/:code|127.0.0.1', hits: 1 }]);
  });
});
