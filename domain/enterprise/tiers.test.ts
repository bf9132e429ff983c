import { describe, expect, it } from 'vitest';
import { addDays, addMonths, addYears, chinaDate, isIsoDate } from './dates';
import { hnteCertificateProblem, hnteValidUntil, isValidOn, resolveTier, techSmeValidity, tierState } from './tiers';

describe('calendar arithmetic', () => {
  it('adds months on the corresponding day, or the month end when there is none', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-05-15', -6)).toBe('2025-11-15');
    expect(addYears('2024-02-29', 3)).toBe('2027-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('recognises real calendar days only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-1-01')).toBe(false);
  });

  it('takes the calendar day in China, not UTC', () => {
    expect(chinaDate(new Date('2026-05-31T16:30:00Z'))).toBe('2026-06-01');
    expect(chinaDate(new Date('2026-05-31T15:59:59Z'))).toBe('2026-05-31');
  });
});

describe('高企 certificate validity', () => {
  it('lasts three years and ends on the corresponding day (民法典 第二百零二条)', () => {
    expect(hnteValidUntil('2023-11-30')).toBe('2026-11-30');
    expect(hnteValidUntil('2024-02-29')).toBe('2027-02-28');
    expect(hnteValidUntil('2023-01-01')).toBe('2026-01-01');
  });

  it('is valid on the issue date and on the last day, expired the day after, pending before', () => {
    const t = { status: 'active' as const, validFrom: '2023-11-30', validUntil: '2026-11-30' };
    expect(tierState(t, '2023-11-29')).toBe('pending');
    expect(tierState(t, '2023-11-30')).toBe('valid');
    expect(tierState(t, '2026-11-30')).toBe('valid');
    expect(tierState(t, '2026-12-01')).toBe('expired');
    expect(isValidOn({ ...t, status: 'revoked' }, '2024-06-01')).toBe(false);
    expect(tierState({ ...t, status: 'superseded' }, '2024-06-01')).toBe('superseded');
    expect(tierState({ ...t, validUntil: null }, '2099-01-01')).toBe('valid');
  });

  it('checks the certificate number loosely', () => {
    expect(hnteCertificateProblem('GR202334001234')).toBeNull();
    expect(hnteCertificateProblem(' gr2023 34001234 ')).toBeNull();
    expect(hnteCertificateProblem('GF202334001234')).toMatch(/GR/);
    expect(hnteCertificateProblem('GR20233400123')).toMatch(/14 位/);
    expect(hnteCertificateProblem('GR2023340012A4')).toMatch(/12 位数字/);
  });
});

describe('科小 validity', () => {
  it('holds for the registration year only', () => {
    expect(techSmeValidity(2026)).toEqual({ validFrom: '2026-01-01', validUntil: '2026-12-31' });
    expect(techSmeValidity(2026, '2026-07-15')).toEqual({ validFrom: '2026-07-15', validUntil: '2026-12-31' });
    const t = { status: 'active' as const, ...techSmeValidity(2025) };
    expect(tierState(t, '2025-12-31')).toBe('valid');
    expect(tierState(t, '2026-01-01')).toBe('expired');
  });
});

describe('resolveTier', () => {
  it('derives the HNTE validity from the issue date and normalises the number', () => {
    const r = resolveTier({ kind: 'hnte', number: 'gr202334001234', issuedOn: '2023-11-30' });
    expect(r).toEqual({ ok: true, tier: { number: 'GR202334001234', year: 2023, issuedOn: '2023-11-30', validFrom: '2023-11-30', validUntil: '2026-11-30' } });
  });

  it('names what an HNTE tier lacks', () => {
    const r = resolveTier({ kind: 'hnte', number: 'X1' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.field)).toEqual(['number', 'issuedOn']);
  });

  it('needs a year for 科小 and keeps the issue date inside it', () => {
    expect(resolveTier({ kind: 'tech_sme' }).ok).toBe(false);
    expect(resolveTier({ kind: 'tech_sme', year: 2026, issuedOn: '2025-12-01' }).ok).toBe(false);
    expect(resolveTier({ kind: 'tech_sme', year: 2026, number: '2026341522A0001' })).toMatchObject({ ok: true, tier: { validUntil: '2026-12-31' } });
  });

  it('takes explicit dates for the other tiers and refuses an end before the start', () => {
    expect(resolveTier({ kind: 'gazelle', validFrom: '2025-03-01' })).toMatchObject({ ok: true, tier: { validFrom: '2025-03-01', validUntil: null } });
    expect(resolveTier({ kind: 'above_scale', year: 2025 })).toMatchObject({ ok: true, tier: { validFrom: '2025-01-01', validUntil: '2025-12-31' } });
    expect(resolveTier({ kind: 'specialized' }).ok).toBe(false);
    expect(resolveTier({ kind: 'specialized', validFrom: '2025-03-01', validUntil: '2025-02-01' }).ok).toBe(false);
  });
});
