import { listLogs } from '../../../server/modules/commissioners/logs/repo';
import { logQuery } from '../../../server/modules/commissioners/logs/schemas';
import { listCase } from '../list-case';

/**
 * 科技特派员服务日志, whole province, page 1,000 (rows 19,981–20,000 of a million): a page past
 * deepOffset, whose ids are cut off the date index before the rows are joined.
 */
export default listCase({
  path: '/api/v1/service-logs',
  query: { page: '1000', pageSize: '20' },
  schema: logQuery,
  list: (db, scope, q) => listLogs(db, scope, q),
});
