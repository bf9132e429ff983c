import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context';
import { annualRoutes } from './annual/routes';
import { batchRoutes } from './batches/routes';
import { enterpriseExcelRoutes } from './excel/routes';
import { funnelRoutes } from './funnel/routes';
import { insightRoutes } from './insights/routes';
import { masterRoutes } from './master/routes';
import { tierRoutes } from './tiers/routes';

/** 企业培育 (issue 3): everything under /api/v1/enterprises. */
export const enterpriseRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  await app.register(masterRoutes(ctx));
  await app.register(annualRoutes(ctx));
  await app.register(tierRoutes(ctx));
  await app.register(funnelRoutes(ctx));
  await app.register(batchRoutes(ctx));
  await app.register(insightRoutes(ctx));
  await app.register(enterpriseExcelRoutes(ctx));
};
