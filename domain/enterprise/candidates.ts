import { type DiagnosisInput, type DiagnosisResult, policiesFor } from '../diagnosis';
import { assessHnte } from '../hnte';
import { assessTechSme } from '../tech-sme';

/**
 * 发现一批: enterprises the stored-data diagnosis finds close to 高企 (eligible, or possible with a
 * favourable expert reading) without a valid HNTE certificate, or eligible for 科小 without a
 * registration for the current year.
 */
export type CandidateTarget = 'hnte' | 'tech_sme';
export const candidateTargets: readonly CandidateTarget[] = ['hnte', 'tech_sme'];

export type Candidacy =
  | { target: 'hnte'; verdict: 'eligible' | 'possible'; score: { min: number; max: number } }
  | { target: 'tech_sme'; verdict: 'eligible'; score: number };

export interface Holdings {
  validHnte: boolean;
  techSmeThisYear: boolean;
}

type Assessments = { [K in keyof DiagnosisResult]: () => DiagnosisResult[K] };

function candidaciesOf(result: Assessments, holds: Holdings, targets: readonly CandidateTarget[]): Candidacy[] {
  const out: Candidacy[] = [];
  if (targets.includes('hnte') && !holds.validHnte) {
    const { verdict: v, score } = result.hnte();
    if (v === 'eligible' || v === 'possible') out.push({ target: 'hnte', verdict: v, score: { min: score.min, max: score.max } });
  }
  if (targets.includes('tech_sme') && !holds.techSmeThisYear) {
    const sme = result.techSme();
    if (sme.eligible) out.push({ target: 'tech_sme', verdict: 'eligible', score: sme.score });
  }
  return out;
}

export function candidacies(result: DiagnosisResult, holds: Holdings): Candidacy[] {
  return candidaciesOf({ hnte: () => result.hnte, techSme: () => result.techSme }, holds, candidateTargets);
}

/**
 * `candidacies(diagnose(input), holds)` limited to `targets`, running only the assessments a
 * target still needs: a province-wide list diagnoses thousands of enterprises, and the 高企
 * assessment is the costly half.
 */
export function candidaciesFor(input: DiagnosisInput, holds: Holdings, targets: readonly CandidateTarget[]): Candidacy[] {
  const policies = policiesFor(input.asOf);
  // As diagnose(): the last three fiscal years, oldest first.
  const normalized = { ...input, years: [...input.years].sort((a, b) => a.year - b.year).slice(-3) };
  return candidaciesOf({ hnte: () => assessHnte(normalized, policies.hnte), techSme: () => assessTechSme(normalized, policies.techSme) }, holds, targets);
}
