import { and, type SQL, sql } from 'drizzle-orm';
import type { Candidacy } from '../../../../domain/enterprise/candidates';
import type { DbOrTx } from '../../../db/client';
import { enterpriseCandidacies as t } from '../../../db/schema';
import type { Scope } from '../../../platform/authz/scope';
import type { KeptCandidacy } from './candidacy-store';
import { keptRegion } from './kept';
import type { GroupCount, PageSpan } from './page-span';

export interface CandidateFilter { target?: Candidacy['target']; regionCode?: string }

const keptWhere = (scope: Scope, q: CandidateFilter): SQL | undefined =>
  and(keptRegion(sql`${t.regionCode}`, scope.regionCode, q.regionCode), q.target ? sql`${t.target} = ${q.target}` : undefined);

/**
 * How many kept candidacies of the reader's region hold each rank, best first. The rank is what
 * `listCandidates` orders by first: the stored column of migration 0020, the same numbers as `rank`
 * in service.ts, numeric (sent as text) so equal scores fall in one group exactly.
 */
export async function keptCandidateRanks(tx: DbOrTx, scope: Scope, q: CandidateFilter): Promise<GroupCount<string>[]> {
  const { rows } = await tx.execute<{ key: string; n: number }>(sql`select ${t.rank}::text as key, count(*)::int as n
    from ${t} where ${keptWhere(scope, q)} group by ${t.rank} order by ${t.rank}`);
  return rows;
}

/** The kept candidacies whose rank lies within `span` (unordered: the caller sorts them by name). */
export async function keptCandidatesRanked(tx: DbOrTx, scope: Scope, q: CandidateFilter, span: PageSpan<string>): Promise<KeptCandidacy[]> {
  const { rows } = await tx.execute<KeptCandidacy & Record<string, unknown>>(sql`select ${t.enterpriseId} as "enterpriseId", ${t.name}, ${t.candidacy}, ${t.years}
    from ${t} where ${and(keptWhere(scope, q), sql`${t.rank} between ${span.from}::numeric and ${span.to}::numeric`)}`);
  return rows;
}
