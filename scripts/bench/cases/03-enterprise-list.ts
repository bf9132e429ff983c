import { listEnterprises } from '../../../server/modules/enterprises/master/repo';
import { listQuery } from '../../../server/modules/enterprises/master/schemas';
import { listCase } from '../list-case';

/** 企业库, whole province, filtered by a tier, sorted by founding date, third page with the total. */
export default listCase({
  path: '/api/v1/enterprises',
  query: { tier: 'tech_sme', sort: 'founded', order: 'desc', page: '3', pageSize: '20' },
  schema: listQuery,
  list: (db, scope, q, today) => listEnterprises(db, scope, q, today),
});
