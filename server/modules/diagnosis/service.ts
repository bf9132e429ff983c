import { checkDiagnosisInput, diagnose, type DiagnosisResult } from '../../../domain/diagnosis';
import { checkUscc } from '../../../domain/uscc';
import { AppError } from '../../platform/errors';
import type { DiagnosisBody } from './schemas';

export function lookupUscc(input: string) {
  const r = checkUscc(input);
  return r.valid
    ? { valid: true, code: r.code, authority: r.authority, category: r.category, regionCode: r.regionCode, reason: null }
    : { valid: false, code: r.code, authority: null, category: null, regionCode: null, reason: r.reason };
}

/** Field formats are the schema's job; what only shows across fields is checked here. */
export function runDiagnosis(body: DiagnosisBody): DiagnosisResult {
  const issues = checkDiagnosisInput(body);
  if (issues.length) throw new AppError('VALIDATION_FAILED', issues.map((i) => i.message).join('；'), issues);
  return diagnose(body);
}
