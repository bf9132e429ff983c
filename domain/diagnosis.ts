import type { DiagnosisInput } from './diagnosis-input';
import { assessHnte, type HnteResult } from './hnte';
import { type HntePolicy, hntePolicies } from './policy/hnte-2016';
import { type TechSmePolicy, techSmePolicies } from './policy/tech-sme-2022';
import { pickPolicy } from './policy/types';
import { assessTechSme, type TechSmeResult } from './tech-sme';

export type { DiagnosisInput, YearFigures, DirectQualification, InputIssue } from './diagnosis-input';
export { checkDiagnosisInput } from './diagnosis-input';

export interface DiagnosisResult {
  techSme: TechSmeResult;
  hnte: HnteResult;
}

export interface DiagnosisPolicies {
  techSme: TechSmePolicy;
  hnte: HntePolicy;
}

/** The policy versions in force on `asOf`; callers may pass a local pack instead. */
export function policiesFor(asOf: string): DiagnosisPolicies {
  return { techSme: pickPolicy(techSmePolicies, asOf), hnte: pickPolicy(hntePolicies, asOf) };
}

/**
 * 科小 and 高企 self-check from one set of figures. Input is assumed to have passed field
 * validation and `checkDiagnosisInput`; years are sorted and only the last three used, so stored
 * annual data of any length and order can be passed as is.
 */
export function diagnose(input: DiagnosisInput, policies: DiagnosisPolicies = policiesFor(input.asOf)): DiagnosisResult {
  const years = [...input.years].sort((a, b) => a.year - b.year).slice(-3);
  const normalized = { ...input, years };
  return { techSme: assessTechSme(normalized, policies.techSme), hnte: assessHnte(normalized, policies.hnte) };
}
