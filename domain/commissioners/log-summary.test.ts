import { describe, expect, it } from 'vitest';
import { type LogFacts, summariseLogs, totalOf } from './log-summary';

const log = (over: Partial<LogFacts>): LogFacts => ({
  commissionerId: 'c1', date: '2025-03-01', villageCode: '341522101201', type: 'onsite',
  beneficiaries: 0, trained: 0, varieties: 0, technologies: 0, problemsSolved: 0, ...over,
});

describe('service-log summaries per commissioner', () => {
  it('counts service days as distinct dates, services as logs', () => {
    const [s] = summariseLogs([
      log({ date: '2025-03-01' }),
      log({ date: '2025-03-01', type: 'training', trained: 40, beneficiaries: 40 }),
      log({ date: '2025-03-05', villageCode: '341522101202', type: 'variety', varieties: 2 }),
      log({ date: '2025-04-10', type: 'problem', problemsSolved: 3, beneficiaries: 12 }),
      log({ date: '2025-04-11', type: 'technology', technologies: 1, villageCode: null }),
    ]);
    expect(s).toEqual({
      commissionerId: 'c1', serviceDays: 4, services: 5, onsiteVisits: 1, villagesServed: 2, trainings: 1, trainedPeople: 40,
      beneficiaries: 52, varieties: 2, technologies: 1, problemsSolved: 3, firstDate: '2025-03-01', lastDate: '2025-04-11',
    });
  });

  it('gives commissioners without logs a zero row and keeps people apart', () => {
    const rows = summariseLogs([log({ commissionerId: 'b' }), log({ commissionerId: 'a', date: '2025-01-02' }), log({ commissionerId: 'a', date: '2025-01-03' })], ['z']);
    expect(rows.map((r) => [r.commissionerId, r.serviceDays, r.services])).toEqual([['a', 2, 2], ['b', 1, 1], ['z', 0, 0]]);
    expect(rows[2]).toMatchObject({ firstDate: null, lastDate: null });
  });

  it('adds up county totals, service days per person', () => {
    const rows = summariseLogs([log({ commissionerId: 'a' }), log({ commissionerId: 'b', problemsSolved: 2 })]);
    expect(totalOf(rows)).toMatchObject({ serviceDays: 2, services: 2, problemsSolved: 2 });
  });
});
