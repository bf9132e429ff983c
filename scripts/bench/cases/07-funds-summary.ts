import { fundsSummary, fundsSummaryQuery } from '../../../server/modules/projects/funds/summary';
import { listCase } from '../list-case';

/** 经费汇总 of the whole province: one page of the sums per programme and year, with the totals of all. */
export default listCase({
  path: '/api/v1/funds/summary',
  query: { page: '2', pageSize: '20' },
  schema: fundsSummaryQuery,
  list: fundsSummary,
  floorLabel: 'the repository SQL (page of the sums per programme and year with budgets and totals)',
});
