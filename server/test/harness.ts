import crypto from 'node:crypto';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { inject } from 'vitest';
import { buildApp } from '../app';
import { type Config } from '../config';
import { connect, type Database } from '../db/client';
import { demoPassword } from '../db/seed/demo';
import { FieldCipher } from '../platform/crypto/field-cipher';
import { inlineJobs } from '../platform/jobs/jobs';
import { notStartedJobs } from '../platform/jobs/not-started';
import type { AppContext } from '../platform/context';
import { testConfig, testSm4Key } from './config';

export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  db: Database['db'];
  pool: pg.Pool;
  /** Moves the app's clock; `advance(ms)` shifts every later `ctx.now()`. */
  clock: { advance(ms: number): void; set(date: Date): void };
  /** Waits until every task queued so far has finished (tasks run in-process in tests). */
  tasksIdle(): Promise<void>;
  login(username: string, password?: string, extra?: Record<string, unknown>): Promise<Agent>;
  anonymous(): Agent;
  close(): Promise<void>;
}

export interface Agent {
  cookie: string;
  csrf: string;
  request(opts: InjectOptions): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

function cookiesFrom(res: LightMyRequestResponse): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of res.cookies) out[c.name] = c.value;
  return out;
}

export function makeAgent(app: FastifyInstance, cookie = '', csrf = ''): Agent {
  const request = (opts: InjectOptions) =>
    app.inject({ ...opts, headers: { ...(cookie ? { cookie } : {}), ...(csrf ? { 'x-csrf-token': csrf } : {}), ...opts.headers } });
  return {
    cookie,
    csrf,
    request,
    get: (url) => request({ method: 'GET', url }),
    post: (url, payload) => request({ method: 'POST', url, payload: payload as InjectOptions['payload'] }),
    put: (url, payload) => request({ method: 'PUT', url, payload: payload as InjectOptions['payload'] }),
    patch: (url, payload) => request({ method: 'PATCH', url, payload: payload as InjectOptions['payload'] }),
    delete: (url) => request({ method: 'DELETE', url }),
  };
}

/**
 * A fresh database cloned from the seeded template (demo accounts, regions), and the app built on
 * it. Call in `beforeAll`, close in `afterAll`.
 */
export async function createTestApp(overrides: Partial<Config> = {}, security: Partial<Config['security']> = {}): Promise<TestApp> {
  const adminUrl = inject('adminUrl');
  const template = inject('templateDb');
  const name = `kejiju_t_${template.slice(11)}_${crypto.randomBytes(4).toString('hex')}`;
  const admin = new pg.Client(adminUrl);
  await admin.connect();
  await admin.query(`create database ${name} template ${template}`);
  await admin.end();
  const database = connect(withDatabase(adminUrl, name), process.env.KEJIJU_TEST_DB === 'embedded' ? 'embedded' : 'external', 5);
  let offset = 0;
  let fixed: Date | null = null;
  const ctx: AppContext = {
    config: testConfig(overrides, security),
    database,
    cipher: new FieldCipher(testSm4Key),
    version: 'test',
    jobs: notStartedJobs,
    now: () => new Date((fixed ?? new Date()).getTime() + offset),
  };
  const jobs = inlineJobs(ctx);
  ctx.jobs = jobs;
  const app = await buildApp(ctx);
  await app.ready();
  const login = async (username: string, password = demoPassword, extra: Record<string, unknown> = {}) => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password, ...extra } });
    if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
    const c = cookiesFrom(res);
    return makeAgent(app, `kejiju_sid=${c.kejiju_sid}`, c.kejiju_csrf ?? '');
  };
  return {
    app,
    ctx,
    db: database.db,
    pool: database.pool,
    clock: { advance: (ms) => void (offset += ms), set: (d) => void (fixed = d) },
    login,
    anonymous: () => makeAgent(app),
    tasksIdle: () => jobs.idle(),
    async close() {
      await jobs.stop();
      await app.close();
      await database.close();
      const a = new pg.Client(adminUrl);
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}

export { cookiesFrom };
