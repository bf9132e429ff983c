import { z } from 'zod';
import { roleCodes } from '../../../domain/roles';
import type { Actor } from '../audit/audit';
import { buildScope, type Scope } from '../authz/scope';
import type { TaskOwner } from '../jobs/types';

/**
 * Who queued an import or export, carried in the task input so the worker (possibly another
 * process) applies the same scope and audits under the same name as the request did.
 */
const identity = z.object({
  scope: z.object({ userId: z.string(), username: z.string(), organisationId: z.string(), regionCode: z.string(), roles: z.array(z.enum(roleCodes)) }),
  actor: z.object({ userId: z.string().nullable(), username: z.string().nullable(), ip: z.string().nullable(), regionCode: z.string().nullable() }),
});

export type TaskIdentity = z.infer<typeof identity>;

export function identityOf(scope: Scope, actor: Actor): TaskIdentity {
  const { userId, username, organisationId, regionCode } = scope;
  return { scope: { userId, username, organisationId, regionCode, roles: [...scope.roles] }, actor };
}

export function ownerOf(scope: Scope): TaskOwner {
  return { userId: scope.userId, organisationId: scope.organisationId, regionCode: scope.regionCode };
}

export function restoreIdentity(input: Record<string, unknown>): { scope: Scope; actor: Actor } {
  const parsed = identity.parse({ scope: input.scope, actor: input.actor });
  return { scope: buildScope(parsed.scope), actor: parsed.actor };
}
