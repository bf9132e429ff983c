import { and, asc, count, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { projectCalls, projectProgrammes, projects } from '../../../db/schema/projects';
import { hasRole, inRegion, type Scope } from '../../../platform/authz/scope';
import { offsetOf } from '../../../platform/http/paging';
import { callScope, isBureau } from '../shared/access';

export function programmeScope(scope: Scope): SQL {
  if (isBureau(scope)) return inRegion(scope, projectProgrammes.regionCode);
  if (hasRole(scope, 'enterprise')) return sql`${scope.regionCode} like ${projectProgrammes.regionCode} || '%'`;
  return sql`false`;
}

export async function listProgrammes(db: DbOrTx, scope: Scope) {
  return db.select().from(projectProgrammes).where(programmeScope(scope)).orderBy(asc(projectProgrammes.level), asc(projectProgrammes.name));
}

export async function findProgramme(db: DbOrTx, scope: Scope, id: string) {
  const [row] = await db.select().from(projectProgrammes).where(and(eq(projectProgrammes.id, id), programmeScope(scope)));
  return row ?? null;
}

const callColumns = {
  call: projectCalls,
  programme: { id: projectProgrammes.id, name: projectProgrammes.name, level: projectProgrammes.level, track: projectProgrammes.track },
  applications: sql<number>`(select count(*)::int from ${projects} p where p.call_id = ${projectCalls.id} and p.state <> 'draft')`,
};

export type CallRecord = Awaited<ReturnType<typeof findCall>> & object;

export interface CallFilter {
  year?: number;
  programmeId?: string;
  open?: 'true' | 'false';
  page: number;
  pageSize: number;
}

export async function listCalls(db: DbOrTx, scope: Scope, f: CallFilter, now: Date) {
  const where = and(
    callScope(scope),
    f.year ? eq(projectCalls.year, f.year) : undefined,
    f.programmeId ? eq(projectCalls.programmeId, f.programmeId) : undefined,
    f.open === 'true' ? sql`${projectCalls.opensAt} <= ${now.toISOString()} and ${projectCalls.closesAt} >= ${now.toISOString()}` : undefined,
  );
  const [items, [total]] = await Promise.all([
    db.select(callColumns).from(projectCalls).innerJoin(projectProgrammes, eq(projectProgrammes.id, projectCalls.programmeId))
      .where(where).orderBy(desc(projectCalls.year), desc(projectCalls.closesAt)).limit(f.pageSize).offset(offsetOf(f)),
    db.select({ n: count() }).from(projectCalls).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export async function findCall(db: DbOrTx, scope: Scope, id: string) {
  const [row] = await db.select(callColumns).from(projectCalls).innerJoin(projectProgrammes, eq(projectProgrammes.id, projectCalls.programmeId))
    .where(and(eq(projectCalls.id, id), callScope(scope)));
  return row ?? null;
}
