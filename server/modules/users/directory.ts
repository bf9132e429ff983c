import { and, asc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { DbOrTx } from '../../db/client';
import { organisations, userRoles, users } from '../../db/schema';
import { requireScope } from '../../platform/auth/plugin';
import { hasRole, inRegion, type Scope } from '../../platform/authz/scope';
import type { AppContext } from '../../platform/context';
import { forbidden } from '../../platform/errors';
import { likeContains } from '../../platform/http/paging';

/** Roles business staff may look colleagues up by: 包保 cadres and commissioners' login accounts. */
const directoryRoles = ['staff', 'leader', 'commissioner'] as const;

const query = z.object({
  role: z.enum(directoryRoles).meta({ title: '角色' }),
  q: z.string().trim().max(50).optional().meta({ title: '姓名或账号' }),
});
const entry = z.object({ id: z.uuid(), username: z.string(), displayName: z.string(), organisationName: z.string() });

export const canUseDirectory = (scope: Scope) => hasRole(scope, 'staff', 'leader') && !scope.readOnly;

/**
 * Active accounts of one role in the caller's region subtree, names only (no contact data), for
 * pickers in business forms. Account administration stays with the admins' /api/v1/users.
 */
export async function lookUpAccounts(db: DbOrTx, scope: Scope, role: (typeof directoryRoles)[number], q?: string) {
  const text = q ? or(ilike(users.displayName, likeContains(q)), ilike(users.username, likeContains(q))) : undefined;
  return db.select({ id: users.id, username: users.username, displayName: users.displayName, organisationName: organisations.name })
    .from(users).innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(eq(users.status, 'active'), inRegion(scope, organisations.regionCode), text,
      inArray(users.id, sql`(select ${userRoles.userId} from ${userRoles} where ${userRoles.role} = ${role})`)))
    .orderBy(asc(users.displayName), asc(users.id)).limit(50);
}

export const userDirectoryRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  app.get('/api/v1/users/directory', {
    schema: { tags: ['用户'], summary: '本辖区在用账号（业务表单选人用，仅姓名与单位）', querystring: query, response: { 200: z.object({ items: z.array(entry) }) } },
  }, async (request) => {
    const scope = requireScope(request);
    if (!canUseDirectory(scope)) throw forbidden('只有科技局业务科室、局领导可以选择本辖区账号');
    return { items: await lookUpAccounts(ctx.database.db, scope, request.query.role, request.query.q) };
  });
};
