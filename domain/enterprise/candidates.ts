import type { DiagnosisResult } from '../diagnosis';

/**
 * 发现一批: enterprises the stored-data diagnosis finds close to 高企 (eligible, or possible with a
 * favourable expert reading) without a valid HNTE certificate, or eligible for 科小 without a
 * registration for the current year.
 */
export type CandidateTarget = 'hnte' | 'tech_sme';

export type Candidacy =
  | { target: 'hnte'; verdict: 'eligible' | 'possible'; score: { min: number; max: number } }
  | { target: 'tech_sme'; verdict: 'eligible'; score: number };

export interface Holdings {
  validHnte: boolean;
  techSmeThisYear: boolean;
}

export function candidacies(result: DiagnosisResult, holds: Holdings): Candidacy[] {
  const out: Candidacy[] = [];
  const v = result.hnte.verdict;
  if (!holds.validHnte && (v === 'eligible' || v === 'possible')) {
    out.push({ target: 'hnte', verdict: v, score: { min: result.hnte.score.min, max: result.hnte.score.max } });
  }
  if (!holds.techSmeThisYear && result.techSme.eligible) out.push({ target: 'tech_sme', verdict: 'eligible', score: result.techSme.score });
  return out;
}
