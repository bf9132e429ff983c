import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { childrenOf, findRegion, pathOf } from './repo';

const regionCode = z.string().regex(/^\d{2}(\d{2}(\d{2}(\d{3}(\d{3})?)?)?)?$/, '应为 2/4/6/9/12 位区划代码');
const regionItem = z.object({ code: z.string(), name: z.string(), fullName: z.string(), level: z.number().int(), hasChildren: z.boolean() });
const regionDetail = z.object({
  code: z.string(),
  name: z.string(),
  fullName: z.string(),
  level: z.number().int(),
  parentCode: z.string().nullable(),
  dataYear: z.number().int(),
  path: z.array(z.object({ code: z.string(), name: z.string() })),
});

export const regionRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const tags = ['行政区划'];
  app.get('/api/v1/regions', {
    schema: {
      tags,
      summary: '下级行政区划（不带 parent 时为省级）',
      querystring: z.object({ parent: regionCode.optional().meta({ title: '上级区划代码' }) }),
      response: { 200: z.object({ items: z.array(regionItem) }) },
    },
  }, async (request) => ({ items: await childrenOf(ctx.database.db, request.query.parent) }));

  app.get('/api/v1/regions/:code', {
    schema: { tags, summary: '行政区划详情', params: z.object({ code: regionCode.meta({ title: '区划代码' }) }), response: { 200: regionDetail } },
  }, async (request) => {
    const region = await findRegion(ctx.database.db, request.params.code);
    if (!region) throw notFound('行政区划');
    return { ...region, path: await pathOf(ctx.database.db, region.code) };
  });
};
