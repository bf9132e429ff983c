import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../platform/context';
import { auditLogRoutes } from './audit-logs/routes';
import { authRoutes } from './auth/routes';
import { commissionerRoutes } from './commissioners/routes';
import { diagnosisRoutes } from './diagnosis/routes';
import { enterpriseRoutes } from './enterprises/routes';
import { healthRoutes } from './health/routes';
import { organisationRoutes } from './organisations/routes';
import { regionRoutes } from './regions/routes';
import { taskRoutes } from './tasks/routes';
import { projectRoutes } from './projects/routes';
import { userDirectoryRoutes } from './users/directory';
import { userRoutes } from './users/routes';

/** Every business line registers here; order does not matter. */
export async function registerModules(app: FastifyInstance, ctx: AppContext): Promise<void> {
  await app.register(healthRoutes(ctx));
  await app.register(authRoutes(ctx));
  await app.register(regionRoutes(ctx));
  await app.register(organisationRoutes(ctx));
  await app.register(userRoutes(ctx));
  await app.register(userDirectoryRoutes(ctx));
  await app.register(auditLogRoutes(ctx));
  await app.register(taskRoutes(ctx));
  await app.register(diagnosisRoutes(ctx));
  await app.register(enterpriseRoutes(ctx));
  await app.register(commissionerRoutes(ctx));
  await app.register(projectRoutes(ctx));
}
