import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Statistic, Flex } from 'antd';
import { buildUrl } from '../../../api/client';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useCurrentUser } from '../../../app/auth';
import { PageHeader } from '../../../components/PageHeader';
import { ExportButton } from '../../../components/XlsxExport';
import { projectKeys, projectsApi } from '../api/client';
import { wan } from '../labels';
import { LibraryFilters, type LibraryFilter } from './LibraryFilters';
import { LibraryTable } from './LibraryTable';

export function LibraryPage() {
  const me = useCurrentUser();
  const enterprise = me.roles.includes('enterprise') && me.roles.length === 1;
  const [filter, setFilter] = useState<LibraryFilter>({ page: 1, pageSize: 20 });
  const list = useQuery({ queryKey: projectKeys.library(filter), queryFn: () => projectsApi.library(filter), placeholderData: keepPreviousData });
  const t = list.data?.totals;
  return (
    <>
      <PageHeader title={enterprise ? '我的项目' : '项目库'}
        subTitle={enterprise ? '本单位申报和承担的科技项目' : '本辖区各阶段的科技项目，金额合计随筛选条件变化'}
        extra={<>
          <ExportButton url={buildUrl('/api/v1/projects/export', { ...filter, page: undefined, pageSize: undefined })} title="项目库" />
          <Link to="/project-calls"><Button type="primary">{enterprise ? '查看申报指南并申报' : '申报指南'}</Button></Link>
        </>} />
      <Card style={{ marginBottom: 16 }}>
        <Flex gap={48} wrap data-testid="library-totals">
          <Statistic title="项目数" value={t?.count ?? 0} />
          <Statistic title="申请财政资金" value={wan(t?.requested ?? '0')} />
          <Statistic title="立项金额" value={wan(t?.approved ?? '0')} />
          <Statistic title="已拨付" value={wan(t?.disbursed ?? '0')} />
        </Flex>
      </Card>
      <Card>
        <LibraryFilters value={filter} onChange={(f) => setFilter({ ...f, page: 1, pageSize: filter.pageSize })} />
        <LibraryTable data={list.data} loading={list.isFetching} error={list.error} onPage={(page, pageSize) => setFilter({ ...filter, page, pageSize })} />
      </Card>
    </>
  );
}
