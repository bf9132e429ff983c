import { candidatesQuery } from '../../../server/modules/enterprises/insights/schemas';
import { candidatePageReads } from '../../../server/modules/enterprises/insights/service';
import { listCase } from '../list-case';

/**
 * 发现一批 of the whole province, first page. The route first checks that the kept candidacies are
 * current (an advisory lock and two short statements in their own transaction); the floor is the
 * page's reads only.
 */
export default listCase({
  path: '/api/v1/enterprises/candidates',
  query: { page: '1', pageSize: '20' },
  schema: candidatesQuery,
  list: (db, scope, q, today) => candidatePageReads(db, scope, q, today),
  floorLabel: 'the repository SQL of the page (candidacies per rank, the ranks it spans, its enterprises); not the kept-list check',
});
