import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Role } from '../../domain/roles';
import { organisations, userRoles, users } from '../db/schema';
import type { OrganisationKind } from '../db/schema';
import { hashPassword } from '../platform/crypto/passwords';
import type { TestApp } from './harness';

export const strongPassword = 'Strong#Pass2026';

export async function orgIdByName(t: TestApp, name: string): Promise<string> {
  const [row] = await t.db.select({ id: organisations.id }).from(organisations).where(eq(organisations.name, name));
  if (!row) throw new Error(`no organisation ${name}`);
  return row.id;
}

export async function createOrganisation(t: TestApp, input: { name?: string; kind?: OrganisationKind; regionCode: string }): Promise<string> {
  const [row] = await t.db
    .insert(organisations)
    .values({ name: input.name ?? `测试单位${crypto.randomBytes(3).toString('hex')}`, kind: input.kind ?? 'bureau', regionCode: input.regionCode })
    .returning({ id: organisations.id });
  return row!.id;
}

/** A real (non-demo) account, so every 等保 rule applies to it. */
export async function createUser(
  t: TestApp,
  input: { username?: string; organisationId: string; roles: Role[]; password?: string; mustChangePassword?: boolean; passwordChangedAt?: Date },
): Promise<{ id: string; username: string; password: string }> {
  const username = input.username ?? `u${crypto.randomBytes(4).toString('hex')}`;
  const password = input.password ?? strongPassword;
  const [row] = await t.db
    .insert(users)
    .values({
      username,
      displayName: `测试用户 ${username}`,
      organisationId: input.organisationId,
      passwordHash: await hashPassword(password),
      mustChangePassword: input.mustChangePassword ?? false,
      passwordChangedAt: input.passwordChangedAt ?? new Date(),
    })
    .returning({ id: users.id });
  await t.db.insert(userRoles).values(input.roles.map((role) => ({ userId: row!.id, role })));
  return { id: row!.id, username, password };
}
