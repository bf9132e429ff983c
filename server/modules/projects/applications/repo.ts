import { and, asc, count, desc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import { projectStates, stageOf } from '../../../../domain/projects/states';
import type { DbOrTx } from '../../../db/client';
import { CompiledSelect, orderByClause, selectBuilder, whereClause } from '../../../db/compiled-select';
import { projectCalls, projectProgrammes, projects } from '../../../db/schema/projects';
import { projectTotals } from '../../../db/schema/project-totals';
import { inRegion, type Scope } from '../../../platform/authz/scope';
import { likeContains, offsetOf } from '../../../platform/http/paging';
import { isBureau, projectScope } from '../shared/access';

/** Σ of the project's tranches, maintained by a trigger on project_disbursements (migration 0008). */
const disbursed = sql<string>`${projects.disbursedAmount}::text`;

const columns = {
  project: projects,
  call: { id: projectCalls.id, title: projectCalls.title, regionCode: projectCalls.regionCode },
  programme: { id: projectProgrammes.id, name: projectProgrammes.name },
  applicantName: sql<string>`coalesce(${projects.applicantSnapshot}->>'name', (select e.name from enterprises e where e.id = ${projects.enterpriseId}))`,
  disbursed,
};

export type ProjectRecord = Awaited<ReturnType<typeof findProject>> & object;

/**
 * What a library row shows (presentRow): a province page read the whole project with its application
 * (budget, team, KPIs, content… as jsonb) only to show these, parsing every jsonb value in the app.
 */
const listedColumns = {
  project: {
    id: projects.id, title: projects.title, state: projects.state, track: projects.track, year: projects.year,
    enterpriseId: projects.enterpriseId, regionCode: projects.regionCode, field: projects.field,
    requestedFiscal: projects.requestedFiscal, approvedAmount: projects.approvedAmount, projectNo: projects.projectNo,
    submittedAt: projects.submittedAt, updatedAt: projects.updatedAt, version: projects.version,
  },
  call: columns.call,
  programme: columns.programme,
  applicantName: columns.applicantName,
  disbursed,
};

export type ListedProject = Awaited<ReturnType<typeof listProjects>>['items'][number];

export interface LibraryFilter {
  q?: string;
  callId?: string;
  programmeId?: string;
  year?: number;
  state?: (typeof projectStates)[number];
  stage?: string;
  track?: 'county' | 'recommend' | 'self_funded';
  regionCode?: string;
  page: number;
  pageSize: number;
}

function libraryWhere(scope: Scope, f: Omit<LibraryFilter, 'page' | 'pageSize'>) {
  const stageStates = stageStatesOf(f);
  return and(
    projectScope(scope),
    f.q ? or(ilike(projects.title, likeContains(f.q)), ilike(projects.projectNo, likeContains(f.q)), sql`${columns.applicantName} ilike ${likeContains(f.q)}`) : undefined,
    f.callId ? eq(projects.callId, f.callId) : undefined,
    f.programmeId ? eq(projects.programmeId, f.programmeId) : undefined,
    f.year ? eq(projects.year, f.year) : undefined,
    f.state ? eq(projects.state, f.state) : undefined,
    stageStates ? inArray(projects.state, stageStates) : undefined,
    f.track ? eq(projects.track, f.track) : undefined,
    f.regionCode ? sql`${projects.regionCode} like ${`${f.regionCode}%`}` : undefined,
  );
}

const joined = (db: DbOrTx) => db.select(columns).from(projects)
  .innerJoin(projectCalls, eq(projectCalls.id, projects.callId))
  .innerJoin(projectProgrammes, eq(projectProgrammes.id, projects.programmeId));
// Same joins, library-row columns only, compiled once (compiled-select.ts).
const listed = new CompiledSelect(listedColumns, selectBuilder.select(listedColumns).from(projects)
  .innerJoin(projectCalls, eq(projectCalls.id, projects.callId))
  .innerJoin(projectProgrammes, eq(projectProgrammes.id, projects.programmeId)));

const totalsColumns = {
  count: count(),
  requested: sql<string>`coalesce(sum(${projects.requestedFiscal}), 0)::numeric(18,2)::text`,
  approved: sql<string>`coalesce(sum(${projects.approvedAmount}), 0)::numeric(18,2)::text`,
  disbursed: sql<string>`coalesce(sum(${projects.disbursedAmount}), 0)::numeric(18,2)::text`,
};

const keptTotalsColumns = {
  count: sql<number>`coalesce(sum(${projectTotals.projects}), 0)::int`,
  requested: sql<string>`coalesce(sum(${projectTotals.requestedFiscal}), 0)::numeric(18,2)::text`,
  approved: sql<string>`coalesce(sum(${projectTotals.approvedAmount}), 0)::numeric(18,2)::text`,
  disbursed: sql<string>`coalesce(sum(${projectTotals.disbursedAmount}), 0)::numeric(18,2)::text`,
};
// Both totals' selects compiled once (compiled-select.ts), like the page's.
const keptTotals = new CompiledSelect(keptTotalsColumns, selectBuilder.select(keptTotalsColumns).from(projectTotals));
const summedTotals = new CompiledSelect(totalsColumns, selectBuilder.select(totalsColumns).from(projects));

function stageStatesOf(f: Pick<LibraryFilter, 'stage'>) {
  return f.stage ? projectStates.filter((s) => stageOf[s] === f.stage) : null;
}

/**
 * The library's totals. A bureau of a county or above filtering by county (or coarser), year,
 * state or stage reads the pre-aggregated project_totals rows (migration 0010: one per county,
 * year and state); a town filter, other filters (keyword, call, programme, track) or non-bureau
 * readers sum the matching projects.
 */
async function libraryTotals(db: DbOrTx, scope: Scope, f: Omit<LibraryFilter, 'page' | 'pageSize'>) {
  const countyOrAbove = (code: string | undefined) => code === undefined || code.length <= 6;
  if (isBureau(scope) && !f.q && !f.callId && !f.programmeId && !f.track && countyOrAbove(scope.regionCode) && countyOrAbove(f.regionCode)) {
    const stageStates = stageStatesOf(f);
    const [row] = await keptTotals.run(db, {}, whereClause(and(
      inRegion(scope, projectTotals.countyCode),
      f.regionCode ? sql`${projectTotals.countyCode} like ${`${f.regionCode}%`}` : undefined,
      f.year ? eq(projectTotals.year, f.year) : undefined,
      f.state ? eq(projectTotals.state, f.state) : undefined,
      stageStates ? inArray(projectTotals.state, stageStates) : undefined,
    )));
    return row!;
  }
  const [row] = await summedTotals.run(db, {}, whereClause(libraryWhere(scope, f)));
  return row ?? { count: 0, requested: '0.00', approved: '0.00', disbursed: '0.00' };
}

export async function listProjects(db: DbOrTx, scope: Scope, f: LibraryFilter) {
  const [items, totals] = await Promise.all([
    listed.run(db, {}, sql`${whereClause(libraryWhere(scope, f))} ${orderByClause([desc(projects.year), desc(projects.updatedAt), asc(projects.id)])}
      limit ${f.pageSize} offset ${offsetOf(f)}`),
    libraryTotals(db, scope, f),
  ]);
  return { items, totals };
}

/** The filtered library as `select 1 …`, for telling a small export from one that needs a task. */
export const libraryMatching = (db: DbOrTx, scope: Scope, f: Omit<LibraryFilter, 'page' | 'pageSize'>) =>
  db.select({ one: sql`1` }).from(projects).where(libraryWhere(scope, f));

/** Every row of the filtered library, for export (keyset by id). */
export async function libraryChunk(db: DbOrTx, scope: Scope, f: Omit<LibraryFilter, 'page' | 'pageSize'>, after: string | null, limit: number) {
  return joined(db).where(and(libraryWhere(scope, f), after ? sql`${projects.id} > ${after}` : undefined)).orderBy(projects.id).limit(limit);
}

export async function findProject(db: DbOrTx, scope: Scope, id: string) {
  const [row] = await joined(db).where(and(eq(projects.id, id), projectScope(scope)));
  return row ?? null;
}
