import type { z } from 'zod';
import type { LoadedSession } from '../../platform/auth/sessions';
import type { AppContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { findOrganisationWithRegion, unsafeFindUserById } from './repo';
import type { meSchema } from './schemas';

export type Me = z.infer<typeof meSchema>;

export async function presentMe(ctx: AppContext, session: LoadedSession): Promise<Me> {
  const { db } = ctx.database;
  const [found, organisation] = await Promise.all([
    unsafeFindUserById(db, session.user.id),
    findOrganisationWithRegion(db, session.user.organisationId),
  ]);
  if (!found || !organisation) throw new AppError('UNAUTHENTICATED', '请先登录');
  const { user, roles } = found;
  const expiryDays = ctx.config.security.passwordExpiryDays;
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    organisation,
    roles,
    stage: session.stage,
    totpEnabled: user.totpEnabled,
    previousLoginAt: user.previousLoginAt?.toISOString() ?? null,
    previousLoginIp: user.previousLoginIp,
    isDemo: user.isDemo,
    demoMode: ctx.config.demo,
    passwordExpiresAt: expiryDays > 0 ? new Date(user.passwordChangedAt.getTime() + expiryDays * 86_400_000).toISOString() : null,
    csrfToken: session.csrfToken,
  };
}
