import { useQuery } from '@tanstack/react-query';
import { List, Typography } from 'antd';
import { adminApi, adminKeys } from '../api/admin';
import { yuan } from '../money';

/** 经费 of one commissioner (the newest 200 records), with the exact total of all that the server sums. */
export function CommissionerFunds({ commissionerId }: { commissionerId: string }) {
  const q = useQuery({ queryKey: adminKeys.funds({ commissionerId }), queryFn: () => adminApi.funds({ commissionerId, pageSize: 200 }) });
  return (
    <List size="small" loading={q.isPending} dataSource={q.data?.items ?? []} locale={{ emptyText: '暂无经费记录' }} data-testid="commissioner-funds"
      footer={q.data?.items.length ? <Typography.Text strong>{q.data.total > q.data.items.length ? `共 ${q.data.total} 笔，` : ''}合计 {yuan(q.data.amount)}</Typography.Text> : undefined}
      renderItem={(f) => (
        <List.Item extra={yuan(f.amount)}>
          {f.year} 年 · {f.project} · {f.sourceLabel}{f.disbursedOn ? `（${f.disbursedOn} 拨付）` : '（未拨付）'}
        </List.Item>
      )} />
  );
}
