import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card } from 'antd';
import { useState } from 'react';
import { type OrgFilter, orgKeys, orgsApi } from '../../api/organisations';
import type { OrgRow } from '../../api/types';
import { useCurrentUser } from '../../app/auth';
import { PageHeader } from '../../components/PageHeader';
import { OrgFilters } from './OrgFilters';
import { OrgFormModal } from './OrgFormModal';
import { OrgTable } from './OrgTable';

export default function OrganisationsPage() {
  const me = useCurrentUser();
  const [filter, setFilter] = useState<OrgFilter>({ page: 1, pageSize: 20 });
  const [editing, setEditing] = useState<OrgRow | 'new' | null>(null);
  const list = useQuery({ queryKey: orgKeys.list(filter), queryFn: () => orgsApi.list(filter), placeholderData: keepPreviousData });
  const canManage = me.roles.includes('sysadmin');

  return (
    <>
      <PageHeader title="单位管理" subTitle="科技局、成员单位、企业、高校院所等单位档案，用户账号归属于单位"
        extra={canManage && <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>新建单位</Button>} />
      <Card>
        <OrgFilters value={filter} onChange={(f) => setFilter({ ...f, page: 1, pageSize: filter.pageSize })} />
        <OrgTable data={list.data} loading={list.isFetching} error={list.error} canManage={canManage}
          onPage={(page, pageSize) => setFilter({ ...filter, page, pageSize })} onEdit={setEditing} />
      </Card>
      {editing && <OrgFormModal org={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </>
  );
}
