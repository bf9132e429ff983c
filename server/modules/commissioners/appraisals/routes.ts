import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { gradeLabels } from '../../../../domain/commissioners/appraisal-config';
import { actorOf, requireScope } from '../../../platform/auth/plugin';
import type { AppContext } from '../../../platform/context';
import { assertCanList } from '../access';
import { idParams, versionField } from '../common';
import { loadCommissioner } from '../roster/service';
import { historyOf, listSheets } from './repo';
import { createSheetBody, historyRow, inputBody, sheetDetail as sheetDetailSchema, sheetRow, updateSheetBody } from './schemas';
import { computeAppraisal, createSheet, presentSheet, publishAppraisal, saveInput, sheetDetail, updateSheet } from './service';

export const appraisalRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const tags = ['科技特派员考核'];
  const db = ctx.database.db;

  app.get('/api/v1/appraisals', { schema: { tags, summary: '年度考核', response: { 200: z.object({ items: z.array(sheetRow) }) } } }, async (request) => {
    const scope = requireScope(request);
    assertCanList(scope);
    return { items: (await listSheets(db, scope)).map(presentSheet) };
  });

  app.get('/api/v1/appraisals/history', {
    schema: { tags, summary: '某科技特派员历年考核结果', querystring: z.object({ commissionerId: z.uuid().meta({ title: '科技特派员' }) }), response: { 200: z.object({ items: z.array(historyRow) }) } },
  }, async (request) => {
    const scope = requireScope(request);
    const c = await loadCommissioner(ctx, scope, request.query.commissionerId);
    const rows = await historyOf(db, scope, c.c.id);
    return { items: rows.map((r) => ({ ...r, gradeLabel: gradeLabels[r.grade] })) };
  });

  app.get('/api/v1/appraisals/:id', { schema: { tags, summary: '考核详情与结果', params: idParams, response: { 200: sheetDetailSchema } } },
    async (request) => sheetDetail(ctx, requireScope(request), request.params.id));

  app.post('/api/v1/appraisals', { schema: { tags, summary: '新建年度考核（默认沿用上一年方案）', body: createSheetBody, response: { 201: sheetRow } } },
    async (request, reply) => reply.status(201).send(presentSheet(await createSheet(ctx, requireScope(request), actorOf(request), request.body))));

  app.patch('/api/v1/appraisals/:id', { schema: { tags, summary: '修改考核方案（公布前）', params: idParams, body: updateSheetBody, response: { 200: sheetRow } } },
    async (request) => presentSheet(await updateSheet(ctx, requireScope(request), actorOf(request), request.params.id, request.body)));

  app.put('/api/v1/appraisals/:id/inputs/:commissionerId', {
    schema: { tags, summary: '录入人工评分项与材料提交情况（自动重算）', params: z.object({ id: z.uuid(), commissionerId: z.uuid() }), body: inputBody, response: { 200: sheetDetailSchema } },
  }, async (request) => {
    const scope = requireScope(request);
    await saveInput(ctx, scope, actorOf(request), request.params.id, request.params.commissionerId, request.body);
    return sheetDetail(ctx, scope, request.params.id);
  });

  app.post('/api/v1/appraisals/:id/compute', { schema: { tags, summary: '按服务日志计算得分与等次', params: idParams, response: { 200: sheetDetailSchema } } }, async (request) => {
    const scope = requireScope(request);
    await computeAppraisal(ctx, scope, actorOf(request), request.params.id);
    return sheetDetail(ctx, scope, request.params.id);
  });

  app.post('/api/v1/appraisals/:id/publish', {
    schema: { tags, summary: '公布考核结果（公布后不可修改）', params: idParams, body: z.object({ version: versionField }), response: { 200: sheetDetailSchema } },
  }, async (request) => {
    const scope = requireScope(request);
    await publishAppraisal(ctx, scope, actorOf(request), request.params.id, request.body.version);
    return sheetDetail(ctx, scope, request.params.id);
  });
};
