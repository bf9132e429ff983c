import { and, count, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { files } from '../../../db/schema';
import { commissionerAgreements, commissioners } from '../../../db/schema/commissioners';
import type { Scope } from '../../../platform/authz/scope';
import { offsetOf } from '../../../platform/http/paging';
import { commissionerRowScope } from '../access';

const g = commissionerAgreements;
export const agreementScope = (scope: Scope) => commissionerRowScope(scope, { region: g.regionCode, commissioner: g.commissionerId });
const columns = { g: commissionerAgreements, cCode: commissioners.code, cName: commissioners.name, fileName: files.name, fileSha: files.sha256 };
const base = (db: DbOrTx) => db.select(columns).from(g).innerJoin(commissioners, eq(commissioners.id, g.commissionerId)).leftJoin(files, eq(files.id, g.attachmentFileId));
export type AgreementRecord = Awaited<ReturnType<typeof findAgreement>> & object;

export async function listAgreements(db: DbOrTx, scope: Scope, f: { commissionerId?: string; assignmentId?: string; status?: (typeof g.status.enumValues)[number]; page: number; pageSize: number }) {
  const w = and(agreementScope(scope), f.commissionerId ? eq(g.commissionerId, f.commissionerId) : undefined,
    f.assignmentId ? eq(g.assignmentId, f.assignmentId) : undefined, f.status ? eq(g.status, f.status) : undefined);
  const [items, [total]] = await Promise.all([
    base(db).where(w).orderBy(desc(g.startsOn), desc(g.createdAt)).limit(f.pageSize).offset(offsetOf(f)),
    db.select({ n: count() }).from(g).where(w),
  ]);
  return { items, total: total?.n ?? 0 };
}

export async function findAgreement(db: DbOrTx, scope: Scope, id: string) {
  const [row] = await base(db).where(and(eq(g.id, id), agreementScope(scope)));
  return row ?? null;
}
