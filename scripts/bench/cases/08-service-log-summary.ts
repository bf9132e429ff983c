import { summaryPageOf, summaryQuery } from '../../../server/modules/commissioners/logs/summary';
import { listCase } from '../list-case';

/** 服务情况汇总 of the whole province for 2025: one row per commissioner, paged, with the totals of all. */
export default listCase({
  path: '/api/v1/service-logs/summary',
  query: { year: '2025', page: '1', pageSize: '20' },
  schema: summaryQuery,
  list: (db, scope, q) => summaryPageOf(db, scope, q),
  floorLabel: 'the repository SQL (page, total and totals of the whole set)',
});
