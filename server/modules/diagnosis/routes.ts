import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context';
import { diagnosisBody, diagnosisResponse, usccParams, usccResponse } from './schemas';
import { lookupUscc, runDiagnosis } from './service';

const tags = ['公开服务'];

/** Public self-check: no login, so every route is rate-limited per client. */
export const diagnosisRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const config = () => ({ auth: 'public' as const, rateLimit: { max: ctx.config.security.publicRatePerMinute, timeWindow: '1 minute' } });

  app.get('/api/v1/public/uscc/:code', {
    config: config(),
    schema: { tags, summary: '校验统一社会信用代码', security: [], params: usccParams, response: { 200: usccResponse } },
  }, async (request) => lookupUscc(request.params.code));

  app.post('/api/v1/public/diagnosis', {
    config: config(),
    schema: {
      tags,
      summary: '企业自评：科技型中小企业与高新技术企业',
      security: [],
      body: diagnosisBody,
      response: { 200: diagnosisResponse },
    },
  }, async (request) => runDiagnosis(request.body));
};
