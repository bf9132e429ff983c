import { describe, expect, it } from 'vitest';
import { pageDates } from './reminder-reads';

// 3 due on 07-01, 4 on 08-01, 1 on 09-01, 5 undated: positions 0–2, 3–6, 7, 8–12.
const dates = [{ dueOn: '2026-07-01', n: 3 }, { dueOn: '2026-08-01', n: 4 }, { dueOn: '2026-09-01', n: 1 }, { dueOn: null, n: 5 }];

describe('pageDates (the due dates a page of reminders spans)', () => {
  it('spans from the date of the first position to the date of the last', () => {
    expect(pageDates(dates, 0, 2)).toEqual({ from: '2026-07-01', to: '2026-07-01', before: 0 });
    expect(pageDates(dates, 0, 3)).toEqual({ from: '2026-07-01', to: '2026-07-01', before: 0 });
    expect(pageDates(dates, 2, 3)).toEqual({ from: '2026-07-01', to: '2026-08-01', before: 0 });
    expect(pageDates(dates, 4, 4)).toEqual({ from: '2026-08-01', to: '2026-09-01', before: 3 });
  });

  it('reaches into the undated reminders, which come last', () => {
    expect(pageDates(dates, 6, 4)).toEqual({ from: '2026-08-01', to: null, before: 3 });
    expect(pageDates(dates, 8, 4)).toEqual({ from: null, to: null, before: 8 });
  });

  it('ends at the last date when the page is the last and short', () => {
    expect(pageDates(dates, 10, 20)).toEqual({ from: null, to: null, before: 8 });
    expect(pageDates(dates.slice(0, 2), 5, 20)).toEqual({ from: '2026-08-01', to: '2026-08-01', before: 3 });
  });

  it('is empty past the end', () => {
    expect(pageDates(dates, 13, 5)).toBeNull();
    expect(pageDates([], 0, 20)).toBeNull();
  });
});
