import { addYears, isoOf, yearOf } from './dates';
import type { TierKind, TierState, TierStatus } from './codes';

/**
 * Tier validity rules (domain rules §1.5 and §2.5).
 *
 * 高企 certificates are valid for three years from the issue date. We follow 民法典 第二百零一条
 * (the start day is not counted) and 第二百零二条 (a period in years ends on the corresponding day;
 * without one, on the last day of that month): issued 2023-11-30 → last valid day 2026-11-30;
 * issued 2024-02-29 → 2027-02-28. 科小 registration numbers are valid for their year only.
 */
export const hnteValidityYears = 3;

export function hnteValidUntil(issuedOn: string): string {
  return addYears(issuedOn, hnteValidityYears);
}

/** 科小: valid from the issue date (or 1 January) to 31 December of the registration year. */
export function techSmeValidity(year: number, issuedOn?: string | null): { validFrom: string; validUntil: string } {
  const first = isoOf(year, 1, 1);
  const validFrom = issuedOn && yearOf(issuedOn) === year ? issuedOn : first;
  return { validFrom, validUntil: isoOf(year, 12, 31) };
}

/** Observed format, not officially specified: GR + issue year + 2-digit province + 6-digit serial. */
export const hnteCertificatePattern = /^GR\d{4}\d{2}\d{6}$/;

export function normalizeCertificateNumber(raw: string): string {
  return raw.replace(/[\s\u3000]/g, '').toUpperCase();
}

/** Loose check; returns a Chinese reason or null. The year inside is not compared with the issue date. */
export function hnteCertificateProblem(raw: string): string | null {
  const n = normalizeCertificateNumber(raw);
  if (!n.startsWith('GR')) return '应以“GR”开头';
  if (n.length !== 14) return `应为 14 位（GR + 4 位年份 + 2 位省份代码 + 6 位序号），实际为 ${n.length} 位`;
  if (!hnteCertificatePattern.test(n)) return 'GR 之后应为 12 位数字';
  return null;
}

export interface TierValidity {
  status: TierStatus;
  validFrom: string;
  validUntil: string | null;
}

/** What a tier row means on `asOf`. */
export function tierState(t: TierValidity, asOf: string): TierState {
  if (t.status !== 'active') return t.status;
  if (asOf < t.validFrom) return 'pending';
  if (t.validUntil !== null && asOf > t.validUntil) return 'expired';
  return 'valid';
}

export const isValidOn = (t: TierValidity, asOf: string) => tierState(t, asOf) === 'valid';

export interface TierInput {
  kind: TierKind;
  number?: string | null;
  year?: number | null;
  issuedOn?: string | null;
  validFrom?: string | null;
  validUntil?: string | null;
}

export interface ResolvedTier {
  number: string | null;
  year: number | null;
  issuedOn: string | null;
  validFrom: string;
  validUntil: string | null;
}

export type TierProblem = { field: keyof TierInput; message: string };

/** Fills in the validity each kind implies, or names what is missing. */
export function resolveTier(input: TierInput): { ok: true; tier: ResolvedTier } | { ok: false; problems: TierProblem[] } {
  const problems: TierProblem[] = [];
  const number = input.number ? normalizeCertificateNumber(input.number) : null;
  if (input.kind === 'hnte') {
    if (!number) problems.push({ field: 'number', message: '高新技术企业须填写证书编号' });
    else {
      const p = hnteCertificateProblem(number);
      if (p) problems.push({ field: 'number', message: `证书编号${p}` });
    }
    if (!input.issuedOn) problems.push({ field: 'issuedOn', message: '高新技术企业须填写发证日期' });
    if (problems.length || !input.issuedOn) return { ok: false, problems };
    return { ok: true, tier: { number, year: yearOf(input.issuedOn), issuedOn: input.issuedOn, validFrom: input.issuedOn, validUntil: hnteValidUntil(input.issuedOn) } };
  }
  if (input.kind === 'tech_sme') {
    if (!input.year) return { ok: false, problems: [{ field: 'year', message: '科技型中小企业须填写入库年度' }] };
    if (input.issuedOn && yearOf(input.issuedOn) !== input.year) {
      return { ok: false, problems: [{ field: 'issuedOn', message: '入库日期须在入库年度之内' }] };
    }
    return { ok: true, tier: { number, year: input.year, issuedOn: input.issuedOn ?? null, ...techSmeValidity(input.year, input.issuedOn) } };
  }
  const validFrom = input.validFrom ?? input.issuedOn ?? (input.year ? isoOf(input.year, 1, 1) : null);
  if (!validFrom) return { ok: false, problems: [{ field: 'validFrom', message: '请填写生效日期' }] };
  const validUntil = input.validUntil ?? (input.kind === 'above_scale' && input.year ? isoOf(input.year, 12, 31) : null);
  if (validUntil && validUntil < validFrom) return { ok: false, problems: [{ field: 'validUntil', message: '失效日期不能早于生效日期' }] };
  return { ok: true, tier: { number, year: input.year ?? null, issuedOn: input.issuedOn ?? null, validFrom, validUntil } };
}
