import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context';
import { exportRoutes } from './applications/export';
import { applicationRoutes } from './applications/routes';
import { callRoutes } from './calls/routes';
import { drawRoutes } from './draws/routes';
import { expertRoutes } from './experts/routes';
import { fileRoutes } from './files/routes';
import { fundRoutes } from './funds/routes';
import { notificationRoutes } from './notifications/routes';
import { reviewRoutes } from './reviews/routes';
import { sideRoutes } from './workflow/side-routes';

/** 科技项目 (issue 4): every route family of the line. */
export const projectRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  await app.register(callRoutes(ctx));
  await app.register(exportRoutes(ctx));
  await app.register(applicationRoutes(ctx));
  await app.register(expertRoutes(ctx));
  await app.register(drawRoutes(ctx));
  await app.register(reviewRoutes(ctx));
  await app.register(fundRoutes(ctx));
  await app.register(fileRoutes(ctx));
  await app.register(notificationRoutes(ctx));
  await app.register(sideRoutes(ctx));
};
