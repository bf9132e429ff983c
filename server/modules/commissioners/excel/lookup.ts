import { and, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { commissioners } from '../../../db/schema/commissioners';
import { inRegion, type Scope } from '../../../platform/authz/scope';

/** Commissioners of the importing bureau by roster code (the key every sheet refers to them by). */
export async function byCodes(db: DbOrTx, scope: Scope, codes: readonly string[]) {
  const rows = codes.length ? await db.select({ id: commissioners.id, code: commissioners.code, name: commissioners.name, status: commissioners.status, regionCode: commissioners.regionCode })
    .from(commissioners).where(and(inRegion(scope, commissioners.regionCode), inArray(commissioners.code, [...new Set(codes)]))) : [];
  return new Map(rows.map((r) => [r.code, r]));
}
