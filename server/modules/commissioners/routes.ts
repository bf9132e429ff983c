import type { FastifyPluginAsync } from 'fastify';
import type { AppContext } from '../../platform/context';
import { agreementRoutes } from './agreements/routes';
import { appraisalRoutes } from './appraisals/routes';
import { assignmentRoutes } from './assignments/routes';
import { commissionerExcelRoutes } from './excel/routes';
import { coverageRoutes } from './village-coverage/routes';
import { baseRoutes } from './extras/bases';
import { fundRoutes } from './extras/funds';
import { logRoutes } from './logs/routes';
import { needRoutes } from './needs/routes';
import { rosterRoutes } from './roster/routes';
import { roundRoutes } from './rounds/routes';
import { teamRoutes } from './teams/routes';

/** Business line 3, 科技特派员: every route family of the module. */
export const commissionerRoutes = (ctx: AppContext): FastifyPluginAsync => async (app) => {
  for (const routes of [rosterRoutes, teamRoutes, roundRoutes, assignmentRoutes, agreementRoutes, logRoutes, needRoutes, appraisalRoutes, coverageRoutes, fundRoutes, baseRoutes, commissionerExcelRoutes]) {
    await app.register(routes(ctx));
  }
};
