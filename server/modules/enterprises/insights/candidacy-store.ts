import { policiesFor } from '../../../../domain/diagnosis';
import { type Candidacy, candidaciesFor, candidateTargets } from '../../../../domain/enterprise/candidates';
import { mapStoredToDiagnosis } from '../../../../domain/enterprise/diagnosis-input';
import { enterpriseCandidacies } from '../../../db/schema';
import { type CandidateSubject, unsafeCandidateSubjectsQuery } from './candidates-repo';
import type { KeptList } from './kept';

/** One candidacy of one enterprise, as kept and as listed. */
export interface KeptCandidacy {
  enterpriseId: string;
  name: string;
  candidacy: Candidacy;
  years: number[];
}

/** 发现一批 kept per enterprise: each candidacy the rules give it, with the years they used. */
export const candidacyList: KeptList<CandidateSubject, typeof enterpriseCandidacies> = {
  name: 'candidacies',
  // Change with the 发现一批 rules (domain diagnosis and candidates) or with what is kept.
  rules: 'candidates-2',
  changes: 'enterprise_candidacy_changes',
  table: enterpriseCandidacies,
  columns: ['enterpriseId', 'target', 'regionCode', 'name', 'candidacy', 'years'],
  subjects: (which, asOf) => unsafeCandidateSubjectsQuery({ enterprises: which, asOf, policies: policiesFor(asOf), targets: candidateTargets }),
  derive(s, asOf) {
    const mapped = mapStoredToDiagnosis(s, s.years, s.validHnte, asOf);
    if (!mapped.ok) return [];
    const open = candidateTargets.filter((t) => (t === 'hnte' ? s.hnteOpen : s.smeOpen));
    return candidaciesFor(mapped.input, { validHnte: s.validHnte, techSmeThisYear: s.techSmeThisYear }, open).map((candidacy) => ({
      enterpriseId: s.id, target: candidacy.target, regionCode: s.regionCode, name: s.name, candidacy, years: mapped.years,
    }));
  },
};
