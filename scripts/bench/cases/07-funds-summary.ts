import { fundsSummary, fundsSummaryQuery } from '../../../server/modules/projects/funds/summary';
import { listCase } from '../list-case';

/** 经费汇总 of the whole province: requested, approved and disbursed per programme and year. */
export default listCase({
  path: '/api/v1/funds/summary',
  query: {},
  schema: fundsSummaryQuery,
  list: (db, scope, q) => fundsSummary(db, scope, q.year),
  floorLabel: 'the repository SQL (sums per programme and year, budgets, names)',
});
