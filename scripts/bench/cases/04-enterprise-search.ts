import { listEnterprises } from '../../../server/modules/enterprises/master/repo';
import { listQuery } from '../../../server/modules/enterprises/master/schemas';
import { listCase } from '../list-case';

/** 企业库 text search: a 3-character Chinese substring of the name, whole province, with the total. */
export default listCase({
  path: '/api/v1/enterprises',
  query: { q: '新材料', page: '1', pageSize: '20' },
  schema: listQuery,
  list: (db, scope, q, today) => listEnterprises(db, scope, q, today),
});
