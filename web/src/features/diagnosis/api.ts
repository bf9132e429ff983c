import type { DiagnosisInput, DiagnosisResult } from '../../../../domain/diagnosis';
import { api } from '../../api/client';

export interface UsccLookup {
  valid: boolean;
  code: string;
  authority: string | null;
  category: string | null;
  regionCode: string | null;
  reason: string | null;
}

/** Public endpoints: a 401 here never means a lost session, so the session handler stays out. */
export const diagnosisApi = {
  uscc: (code: string) =>
    api.get<UsccLookup>(`/api/v1/public/uscc/${encodeURIComponent(code)}`, undefined, { anonymousOk: true }),
  diagnose: (input: DiagnosisInput) =>
    api.post<DiagnosisResult>('/api/v1/public/diagnosis', input, { anonymousOk: true }),
};
