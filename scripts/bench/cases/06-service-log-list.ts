import { listLogs } from '../../../server/modules/commissioners/logs/repo';
import { logQuery } from '../../../server/modules/commissioners/logs/schemas';
import { listCase } from '../list-case';

/** 科技特派员服务日志, whole province, one service type since a date, second page with the total. */
export default listCase({
  path: '/api/v1/service-logs',
  query: { type: 'training', from: '2025-01-01', page: '2', pageSize: '20' },
  schema: logQuery,
  list: (db, scope, q) => listLogs(db, scope, q),
});
