import { maskMobile } from '../../../domain/masking';
import type { Scope } from '../../platform/authz/scope';
import type { AppContext } from '../../platform/context';
import { abilitiesFor } from './policy';
import type { findUser } from './repo';
import type { UserRow } from './schemas';

type Record = NonNullable<Awaited<ReturnType<typeof findUser>>>;

export function presentUser(ctx: AppContext, scope: Scope, r: Record): UserRow {
  return {
    id: r.id,
    username: r.username,
    displayName: r.displayName,
    organisation: { id: r.organisationId, name: r.organisationName },
    roles: r.roles,
    status: r.status,
    mobileMasked: r.mobileEnc ? maskMobile(ctx.cipher.decrypt(r.mobileEnc)) : null,
    lockedUntil: r.lockedUntil && r.lockedUntil > ctx.now() ? r.lockedUntil.toISOString() : null,
    lastLoginAt: r.lastLoginAt?.toISOString() ?? null,
    totpEnabled: r.totpEnabled,
    mustChangePassword: r.mustChangePassword,
    isDemo: r.isDemo,
    version: r.version,
    abilities: abilitiesFor(scope, r),
  };
}
