import { listProjects } from '../../../server/modules/projects/applications/repo';
import { listQuery } from '../../../server/modules/projects/applications/schemas';
import { listCase } from '../list-case';

/** 项目库, whole province, projects in implementation, second page with count and money totals. */
export default listCase({
  path: '/api/v1/projects',
  query: { stage: 'implementation', page: '2', pageSize: '20' },
  schema: listQuery,
  list: (db, scope, q) => listProjects(db, scope, q),
});
