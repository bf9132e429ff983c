import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../harness';
import { crossScopeCases } from './cases';

let t: TestApp;
beforeAll(async () => {
  // The matrix signs in every outsider for every case: far above the per-minute login limit.
  t = await createTestApp({}, { loginRatePerMinute: 10_000 });
});
afterAll(() => t.close());

describe.each(crossScopeCases)('cross-scope: $resource', (c) => {
  let id: string;
  beforeAll(async () => {
    id = await c.create(t);
  });

  it.each(c.outsiders)('$who gets 404 for the row and never sees it in the list', async (outsider) => {
    const agent = await outsider.agent(t);
    const detail = await agent.get(c.detailUrl(id));
    expect(detail.statusCode).toBe(404);
    const list = await agent.get(c.listUrl);
    if (list.statusCode === 200) {
      const ids = c.listIds ? c.listIds(list.json()) : (list.json().items as Array<{ id: string }>).map((r) => r.id);
      expect(ids).not.toContain(id);
    } else {
      expect(list.statusCode).toBe(403);
    }
    for (const w of c.writes ?? []) {
      const res = await agent.request({ method: w.method, url: w.url(id), payload: w.payload as never });
      expect([403, 404], `${w.method} ${w.url(id)}`).toContain(res.statusCode);
    }
  });
});
