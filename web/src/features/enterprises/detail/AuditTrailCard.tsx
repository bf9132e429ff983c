import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Card, Table, Typography } from 'antd';
import { useState } from 'react';
import { formatDateTime } from '../../../components/format';
import { enterpriseKeys, enterprisesApi } from '../api/client';
import type { AuditEntry } from '../api/types';
import { auditActionLabels } from '../labels';

/** Changes recorded against this enterprise (master, annual data, tiers, reports, funnel, batches); personal data is masked in the log. */
export function AuditTrailCard({ id }: { id: string }) {
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const q = useQuery({ queryKey: enterpriseKeys.sub(id, 'audit', page), queryFn: () => enterprisesApi.auditTrail(id, page), placeholderData: keepPreviousData });
  if (q.error) return <Alert type="error" title={(q.error as Error).message} />;
  return (
    <Card size="small" title="变更记录">
      <Table<AuditEntry> rowKey="id" size="small" loading={q.isFetching} dataSource={q.data?.items ?? []} data-testid="audit-trail"
        pagination={{ current: page.page, pageSize: page.pageSize, total: q.data?.total, onChange: (p, s) => setPage({ page: p, pageSize: s }) }}
        columns={[
          { title: '时间', dataIndex: 'at', width: 170, render: formatDateTime },
          { title: '操作人', dataIndex: 'username', width: 120, render: (v: string | null) => v ?? '系统' },
          { title: '操作', dataIndex: 'action', width: 200, render: (a: string) => auditActionLabels[a] ?? a },
          { title: '内容', dataIndex: 'details', render: (v: Record<string, unknown>) => (
            <Typography.Text code style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all', fontSize: 12 }}>{JSON.stringify(v)}</Typography.Text>
          ) },
        ]} />
    </Card>
  );
}
