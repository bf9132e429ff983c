import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('GET /api/health', () => {
  it('reports ok with the database kind and version', async () => {
    const res = await t.anonymous().get('/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', db: process.env.KEJIJU_TEST_DB, version: 'test' });
  });

  it('answers unknown API paths with the standard error shape', async () => {
    const res = await t.anonymous().get('/api/v1/nothing-here');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'NOT_FOUND', details: [] });
  });

  it('serves the OpenAPI document', async () => {
    const res = await t.anonymous().get('/api/docs/json');
    expect(res.statusCode).toBe(200);
    expect(res.json().paths['/api/health']).toBeDefined();
  });

  it('sends the security headers on answers, errors and the API docs', async () => {
    for (const path of ['/api/health', '/api/v1/nothing-here', '/api/v1/auth/me']) {
      const res = await t.anonymous().get(path);
      expect(res.headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
      expect(res.headers['content-security-policy'], path).toContain("script-src 'self'");
      expect(res.headers['x-content-type-options'], path).toBe('nosniff');
      expect(res.headers['x-frame-options'], path).toBe('SAMEORIGIN');
      expect(res.headers['referrer-policy'], path).toBe('no-referrer');
      // HSTS only in production, behind HTTPS.
      expect(res.headers['strict-transport-security'], path).toBeUndefined();
    }
    const docs = await t.anonymous().get('/api/docs/static/index.html');
    expect(docs.headers['content-security-policy']).toContain('validator.swagger.io');
  });
});
