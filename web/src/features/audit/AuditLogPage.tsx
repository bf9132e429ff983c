import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card } from 'antd';
import { useState } from 'react';
import { type AuditFilter, auditApi, auditKeys } from '../../api/audit';
import { PageHeader } from '../../components/PageHeader';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { VerifyChainButton } from './VerifyChainButton';

export default function AuditLogPage() {
  const [filter, setFilter] = useState<AuditFilter>({ page: 1, pageSize: 20 });
  const list = useQuery({ queryKey: auditKeys.list(filter), queryFn: () => auditApi.list(filter), placeholderData: keepPreviousData });
  return (
    <>
      <PageHeader title="审计日志" subTitle="所有登录、授权和数据变更操作均记录在案；记录以哈希链相连，不可修改或删除"
        extra={<VerifyChainButton />} />
      <Card>
        <AuditFilters value={filter} onChange={(f) => setFilter({ ...f, page: 1, pageSize: filter.pageSize })} />
        <AuditTable data={list.data} loading={list.isFetching} error={list.error}
          onPage={(page, pageSize) => setFilter({ ...filter, page, pageSize })} />
      </Card>
    </>
  );
}
