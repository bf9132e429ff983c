import { and, eq, sql } from 'drizzle-orm';
import type { ApplicantSnapshot } from '../../../db/schema/projects';
import type { DbOrTx } from '../../../db/client';
import { enterpriseTiers, enterprises, regions } from '../../../db/schema';

const validTier = (kind: 'hnte' | 'tech_sme', today: string) => sql<boolean>`exists (
  select 1 from ${enterpriseTiers} t where t.enterprise_id = ${enterprises.id} and t.kind = ${kind} and t.status = 'active'
  and t.valid_from <= ${today} and (t.valid_until is null or t.valid_until >= ${today}))`;

export interface ApplicantInfo extends ApplicantSnapshot {
  enterpriseId: string;
  organisationId: string | null;
  regionName: string | null;
}

/** What the enterprise master holds about an applicant today (信息一次填报: the form never asks again). */
export async function loadApplicant(db: DbOrTx, enterpriseId: string, today: string, where?: ReturnType<typeof sql>): Promise<ApplicantInfo | null> {
  const [row] = await db.select({
    enterpriseId: enterprises.id,
    organisationId: enterprises.organisationId,
    name: enterprises.name,
    uscc: enterprises.uscc,
    regionCode: enterprises.regionCode,
    regionName: regions.fullName,
    address: enterprises.address,
    legalRep: enterprises.legalRep,
    isHnte: validTier('hnte', today),
    isTechSme: validTier('tech_sme', today),
  }).from(enterprises).leftJoin(regions, eq(regions.code, enterprises.regionCode)).where(and(eq(enterprises.id, enterpriseId), where));
  return row ?? null;
}

/** The enterprise bound to an enterprise user's organisation. */
export async function enterpriseOfOrganisation(db: DbOrTx, organisationId: string): Promise<string | null> {
  const [row] = await db.select({ id: enterprises.id }).from(enterprises).where(eq(enterprises.organisationId, organisationId));
  return row?.id ?? null;
}

export const snapshotOf = (a: ApplicantInfo): ApplicantSnapshot => ({
  name: a.name, uscc: a.uscc, regionCode: a.regionCode, address: a.address, legalRep: a.legalRep, isHnte: a.isHnte, isTechSme: a.isTechSme,
});
