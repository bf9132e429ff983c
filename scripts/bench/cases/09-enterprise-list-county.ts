import { listEnterprises } from '../../../server/modules/enterprises/master/repo';
import { listQuery } from '../../../server/modules/enterprises/master/schemas';
import { listCase } from '../list-case';

/**
 * 企业库 as a county bureau sees it first: its own enterprises in name order, first page. Company
 * names start with their place, so this is the page a province-wide name index serves worst.
 */
export default listCase({
  path: '/api/v1/enterprises',
  query: { page: '1', pageSize: '20' },
  schema: listQuery,
  username: 'scale_341522',
  list: (db, scope, q, today) => listEnterprises(db, scope, q, today),
});
