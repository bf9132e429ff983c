import { describe, expect, it } from 'vitest';
import { type ReminderTier, remindersFor, sortReminders } from './reminders';

const hnte = (issuedOn: string, until: string, over: Partial<ReminderTier> = {}): ReminderTier =>
  ({ kind: 'hnte', status: 'active', number: 'GR202334001234', year: Number(issuedOn.slice(0, 4)), issuedOn, validFrom: issuedOn, validUntil: until, ...over });
const sme = (year: number): ReminderTier =>
  ({ kind: 'tech_sme', status: 'active', number: `${year}34152200001`, year, issuedOn: null, validFrom: `${year}-01-01`, validUntil: `${year}-12-31` });
const subject = (tiers: ReminderTier[], filed: Array<[number, string]> = []) =>
  ({ enterpriseId: 'e1', enterpriseName: '甲公司', tiers, reportsFiled: new Map(filed) });
const kinds = (r: ReturnType<typeof remindersFor>) => r.map((x) => x.kind);
const allFiled: Array<[number, string]> = [[2023, '2024-05-01'], [2024, '2025-05-01'], [2025, '2026-05-01']];

describe('certificate expiry reminders', () => {
  const cert = hnte('2023-11-30', '2026-11-30');
  it('fire when the last valid day is inside the window, boundary included', () => {
    expect(kinds(remindersFor(subject([cert], allFiled), '2026-08-30', 3))).toEqual(['hnte_expiring']);
    expect(kinds(remindersFor(subject([cert], allFiled), '2026-08-29', 3))).toEqual([]);
    expect(kinds(remindersFor(subject([cert], allFiled), '2026-11-30', 3))).toEqual(['hnte_expiring']);
    expect(kinds(remindersFor(subject([cert], allFiled), '2026-12-01', 3))).toEqual([]);
  });

  it('are danger within one month and warning before', () => {
    expect(remindersFor(subject([cert], allFiled), '2026-10-30', 3)[0]).toMatchObject({ severity: 'danger', dueOn: '2026-11-30' });
    expect(remindersFor(subject([cert], allFiled), '2026-10-29', 3)[0]).toMatchObject({ severity: 'warning' });
  });

  it('stay silent once a newer certificate exists or the old one was superseded', () => {
    const renewed = hnte('2026-10-20', '2029-10-20');
    expect(kinds(remindersFor(subject([cert, renewed], allFiled), '2026-09-01', 3))).not.toContain('hnte_expiring');
    expect(kinds(remindersFor(subject([{ ...cert, status: 'superseded' }], allFiled), '2026-09-01', 3))).toEqual([]);
  });
});

describe('annual report reminders', () => {
  const cert = hnte('2023-11-30', '2026-11-30');
  it('name each missed year and flag two missed years', () => {
    const r = remindersFor(subject([cert]), '2025-06-01', 3);
    expect(kinds(r)).toEqual(['hnte_report_missed', 'hnte_report_missed', 'hnte_report_flagged']);
    expect(r[0]).toMatchObject({ dueOn: '2024-05-31' });
  });

  it('announce a report due inside the window, and not one outside it', () => {
    const filed: Array<[number, string]> = [[2023, '2024-05-01'], [2024, '2025-05-01']];
    expect(kinds(remindersFor(subject([cert], filed), '2026-03-01', 3))).toEqual(['hnte_report_due']);
    expect(kinds(remindersFor(subject([cert], filed), '2026-01-05', 3))).toEqual([]);
  });

  it('keep reporting a year after expiry, then stop', () => {
    const old = hnte('2021-03-01', '2024-03-01');
    expect(kinds(remindersFor(subject([old], [[2021, '2022-05-01'], [2022, '2023-05-01']]), '2024-07-01', 3))).toEqual(['hnte_report_missed']);
    expect(kinds(remindersFor(subject([old]), '2025-03-02', 3))).toEqual([]);
  });
});

describe('科小 renewal reminders', () => {
  it('fire when last year is held and this year is not', () => {
    expect(kinds(remindersFor(subject([sme(2025)]), '2026-03-01', 3))).toEqual(['tech_sme_not_renewed']);
    expect(kinds(remindersFor(subject([sme(2025), sme(2026)]), '2026-03-01', 3))).toEqual([]);
    expect(kinds(remindersFor(subject([sme(2024)]), '2026-03-01', 3))).toEqual([]);
  });
});

describe('sortReminders', () => {
  it('puts the soonest first and undated reminders last', () => {
    const a = { kind: 'tech_sme_not_renewed' as const, enterpriseId: 'a', enterpriseName: '乙', dueOn: null, severity: 'warning' as const, message: '' };
    const b = { ...a, kind: 'hnte_expiring' as const, dueOn: '2026-09-01' };
    const c = { ...a, kind: 'hnte_expiring' as const, dueOn: '2026-08-01' };
    expect(sortReminders([a, b, c]).map((x) => x.dueOn)).toEqual(['2026-08-01', '2026-09-01', null]);
  });
});
