import crypto from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../app';
import { demoPassword } from '../../../db/seed/demo';
import { type Agent, cookiesFrom, createTestApp, makeAgent, type TestApp } from '../../../test/harness';
import { hasRole } from '../../authz/scope';
import { registerExcelRoutes } from '../routes';
import { createSampleTable, sampleExport, sampleExportTask, sampleImport, sampleSheet } from './sample';

export const sampleBase = '/api/v1/excel-sample';

/**
 * The test harness plus a second app instance that also serves the sample sheet's Excel routes
 * (the harness app is already `ready`, so routes cannot be added to it).
 */
export async function createExcelTestApp(options: { inlineExportLimit?: number } = {}): Promise<TestApp & { excel: FastifyInstance; agent(username: string): Promise<Agent> }> {
  const t = await createTestApp();
  await t.pool.query(createSampleTable);
  const excel = await buildApp(t.ctx);
  await excel.register(async (app) => registerExcelRoutes(app, t.ctx, {
    basePath: sampleBase, tag: '测试', sheet: sampleSheet, importTask: sampleImport, exportQuery: sampleExport,
    exportTaskKind: sampleExportTask.kind, inlineExportLimit: options.inlineExportLimit,
    policy: {
      canImport: (s) => hasRole(s, 'staff'),
      canExport: (s) => hasRole(s, 'staff', 'leader', 'upper'),
      canSeePersonalData: (s) => hasRole(s, 'leader'),
    },
  }));
  await excel.ready();
  const agent = async (username: string) => {
    const res = await excel.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: demoPassword } });
    if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.body}`);
    const c = cookiesFrom(res);
    return makeAgent(excel, `kejiju_sid=${c.kejiju_sid}`, c.kejiju_csrf ?? '');
  };
  const closeHarness = t.close;
  return Object.assign(t, {
    excel,
    agent,
    close: async () => {
      await t.tasksIdle();
      await excel.close();
      await closeHarness();
    },
  });
}

/** A multipart/form-data body with one file part. */
export function multipart(content: Buffer, filename = '导入.xlsx', field = 'file') {
  const boundary = `----kejiju${crypto.randomBytes(8).toString('hex')}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { payload: Buffer.concat([head, content, tail]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** Uploads a file to the sample import route, waits for the task, returns the task view. */
export async function importFile(t: TestApp, agent: Agent, content: Buffer, filename?: string) {
  const res = await agent.request({ method: 'POST', url: `${sampleBase}/imports`, ...multipart(content, filename) });
  if (res.statusCode !== 202) return { upload: res, task: null };
  await t.tasksIdle();
  const task = (await agent.get(`/api/v1/tasks/${res.json().taskId}`)).json();
  return { upload: res, task };
}
