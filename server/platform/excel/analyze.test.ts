import { describe, expect, it } from 'vitest';
import { tablesToAnalyze } from './import-task';

describe('which tables a large import re-analyses', () => {
  const tuples = new Map([['enterprises', 200_000], ['enterprise_annual_data', 1_000_000], ['enterprise_annual_revisions', 1_000_000], ['empty', 0]]);
  const names = ['enterprises', 'enterprise_annual_data', 'enterprise_annual_revisions', 'empty', 'never_analysed'];

  it('those the rows can have changed by a fifth, and those without statistics', () => {
    expect(tablesToAnalyze(tuples, names, 100_000)).toEqual(['enterprises', 'empty', 'never_analysed']);
    expect(tablesToAnalyze(tuples, names, 200_000)).toEqual(names);
    expect(tablesToAnalyze(tuples, names, 39_999)).toEqual(['empty', 'never_analysed']);
    expect(tablesToAnalyze(new Map([['enterprises', -1]]), ['enterprises'], 10_000)).toEqual(['enterprises']);
  });
});
