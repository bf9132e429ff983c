import { and, type SQL, sql } from 'drizzle-orm';
import { policiesFor } from '../../../../domain/diagnosis';
import { type Candidacy, candidaciesFor, candidateTargets } from '../../../../domain/enterprise/candidates';
import { mapStoredToDiagnosis } from '../../../../domain/enterprise/diagnosis-input';
import type { Db } from '../../../db/client';
import { enterpriseCandidacies } from '../../../db/schema';
import type { Scope } from '../../../platform/authz/scope';
import { bulkInsert } from '../../../platform/excel/bulk';
import { type CandidateSubject, unsafeCandidateSubjectsQuery } from './candidates-repo';
import { eachChunk } from './chunks';

/**
 * Names what the kept candidacies were computed with. Change it with the 发现一批 rules (domain
 * diagnosis, candidates) or with what is kept: the next read then recomputes every enterprise.
 */
export const candidacyRules = 'candidates-1';

/** One candidacy of one enterprise, as kept and as listed. */
export interface KeptCandidacy {
  enterpriseId: string;
  name: string;
  candidacy: Candidacy;
  years: number[];
}

const keptColumns = ['enterpriseId', 'target', 'regionCode', 'name', 'candidacy', 'years'] as const;

/** Serialises refreshes: a second reader waits, then finds the work done. */
const refreshLock = sql`pg_advisory_xact_lock(hashtext('kejiju.enterprise_candidacies'))`;

/** The rule on one enterprise, for the targets the SQL left open. */
function candidaciesOfSubject(s: CandidateSubject, asOf: string) {
  const mapped = mapStoredToDiagnosis(s, s.years, s.validHnte, asOf);
  if (!mapped.ok) return [];
  const open = candidateTargets.filter((t) => (t === 'hnte' ? s.hnteOpen : s.smeOpen));
  return candidaciesFor(mapped.input, { validHnte: s.validHnte, techSmeThisYear: s.techSmeThisYear }, open).map((candidacy) => ({
    enterpriseId: s.id, target: candidacy.target, regionCode: s.regionCode, name: s.name, candidacy, years: mapped.years,
  }));
}

/**
 * Brings `enterprise_candidacies` up to date for `asOf`: every enterprise on a new day (the rules
 * read the date and the policies of that date) or with new rules, otherwise only the enterprises
 * the triggers of migration 0015 recorded as changed. One transaction: a reader never sees a half
 * refresh. Not scoped: the kept rows serve every region, and each reader filters by its own.
 */
export async function unsafeRefreshCandidacies(db: Db, asOf: string, chunkSize: number): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`select ${refreshLock}`);
    const [state] = (await tx.execute<{ as_of: string; rules: string }>(sql`select as_of::text, rules from candidacy_state where id = 1`)).rows;
    const full = state?.as_of !== asOf || state.rules !== candidacyRules;
    let which;
    if (full) {
      await tx.execute(sql`delete from enterprise_candidacy_changes`);
      await tx.execute(sql`delete from ${enterpriseCandidacies}`);
      which = sql`true`;
    } else {
      const changed = (await tx.execute<{ enterprise_id: string }>(sql`delete from enterprise_candidacy_changes returning enterprise_id`)).rows;
      if (!changed.length) return;
      const ids = changed.map((r) => r.enterprise_id);
      await tx.execute(sql`delete from ${enterpriseCandidacies} where enterprise_id = any(${sql.param(ids)}::uuid[])`);
      which = sql`enterprises.id = any(${sql.param(ids)}::uuid[])`;
    }
    // The whole cursor is read: plan for all rows, and without JIT (see inSnapshot in chunks.ts).
    await tx.execute(sql`select set_config('cursor_tuple_fraction', '1', true), set_config('jit', 'off', true)`);
    const query = unsafeCandidateSubjectsQuery({ enterprises: which, asOf, policies: policiesFor(asOf), targets: candidateTargets });
    await eachChunk<CandidateSubject>(tx, 'candidacy_subjects', query, chunkSize, (chunk) =>
      bulkInsert(tx, enterpriseCandidacies, keptColumns, chunk.flatMap((s) => candidaciesOfSubject(s, asOf))));
    await tx.execute(sql`insert into candidacy_state (id, as_of, rules, computed_at) values (1, ${asOf}, ${candidacyRules}, now())
      on conflict (id) do update set as_of = excluded.as_of, rules = excluded.rules, computed_at = excluded.computed_at`);
  });
}

/** The kept candidacies of the region a reader reaches (narrowed to `regionCode`), of one target or both. */
export function keptCandidaciesQuery(scope: Scope, q: { target?: Candidacy['target']; regionCode?: string }): SQL {
  const t = enterpriseCandidacies;
  const region = (prefix: string) => sql`${t.regionCode} like ${`${prefix}%`}`;
  const where = and(region(scope.regionCode), q.regionCode ? region(q.regionCode) : undefined, q.target ? sql`${t.target} = ${q.target}` : undefined);
  return sql`select ${t.enterpriseId} as "enterpriseId", ${t.name}, ${t.candidacy}, ${t.years} from ${t} where ${where}`;
}
