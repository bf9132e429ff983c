import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useCurrentUser } from '../../../app/auth';
import { buildUrl } from '../../../api/client';
import { PageHeader } from '../../../components/PageHeader';
import { ExportButton } from '../../../components/XlsxExport';
import { enterpriseBase, enterpriseKeys, enterprisesApi, type ListQuery } from '../api/client';
import type { EnterpriseFilter } from '../api/types';
import { EnterpriseFormModal } from '../form/EnterpriseFormModal';
import { canManage } from '../access';
import { EnterpriseFilters } from './EnterpriseFilters';
import { EnterpriseTable } from './EnterpriseTable';

const filterOf = ({ page: _p, pageSize: _s, sort: _o, order: _d, ...f }: ListQuery): EnterpriseFilter => f;

/** 企业库: every enterprise of the caller's region subtree (an enterprise user sees only its own). */
export function EnterprisesPage() {
  const me = useCurrentUser();
  const manage = canManage(me.roles);
  const navigate = useNavigate();
  const [query, setQuery] = useState<ListQuery>({ page: 1, pageSize: 20 });
  const [creating, setCreating] = useState(false);
  const list = useQuery({ queryKey: enterpriseKeys.list(query), queryFn: () => enterprisesApi.list(query), placeholderData: keepPreviousData });
  return (
    <>
      <PageHeader title="企业库" subTitle="辖区企业的资质、培育阶段与包保情况；按统一社会信用代码识别企业"
        extra={<>
          <ExportButton url={buildUrl(`${enterpriseBase}/export`, { ...filterOf(query) })} title="企业库" />
          {manage && <Button icon={<UploadOutlined />} onClick={() => navigate('/enterprises/import')}>导入</Button>}
          {manage && <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>登记企业</Button>}
        </>} />
      <Card>
        <EnterpriseFilters value={filterOf(query)} showCadre={manage}
          onChange={(f) => setQuery({ ...f, page: 1, pageSize: query.pageSize, sort: query.sort, order: query.order })} />
        <EnterpriseTable data={list.data} loading={list.isFetching} error={list.error} query={query} onChange={(patch) => setQuery({ ...query, ...patch })} />
      </Card>
      {creating && <EnterpriseFormModal onClose={() => setCreating(false)} onSaved={(d) => navigate(`/enterprises/${d.id}`)} />}
    </>
  );
}
