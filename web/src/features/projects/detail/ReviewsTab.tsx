import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Descriptions, Table, Tag } from 'antd';
import { formatDateTime } from '../../../components/format';
import { projectKeys, projectsApi } from '../api/client';
import type { Review } from '../api/types';

/** Staff view: who reviews, status, totals, aggregate with the spread flag; replacement after a decline. */
export function ReviewsTab({ projectId }: { projectId: string }) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: projectKeys.sub(projectId, 'reviews'), queryFn: () => projectsApi.reviews(projectId) });
  const replace = useMutation({
    mutationFn: (id: string) => projectsApi.replace(id),
    onSuccess: () => { void qc.invalidateQueries({ queryKey: projectKeys.sub(projectId, 'reviews') }); void message.success('已补抽一名专家'); },
    onError: (e: Error) => void message.error(e.message),
  });
  const a = q.data?.aggregate;
  return (
    <>
      {a && (
        <Descriptions size="small" column={{ xs: 2, md: 5 }} style={{ marginBottom: 12 }} data-testid="review-aggregate">
          <Descriptions.Item label="已评">{a.count}</Descriptions.Item>
          <Descriptions.Item label="平均分">{a.mean ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="去掉最高最低后均分">{a.trimmedMean ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="分差">{a.spread ?? '—'} {a.spreadFlag && <Tag color="red">分差过大</Tag>}</Descriptions.Item>
        </Descriptions>
      )}
      <Table<Review> size="small" rowKey="id" pagination={false} dataSource={q.data?.items ?? []}
        columns={[
          { title: '专家', dataIndex: ['expert', 'name'], width: 120 },
          { title: '类别', dataIndex: 'category', width: 90, render: (v: string) => (v === 'financial' ? '财务' : v === 'technical' ? '技术' : '管理') },
          { title: '状态', dataIndex: 'statusLabel', width: 100 },
          { title: '总分', dataIndex: 'total', width: 80 },
          { title: '意见', dataIndex: 'comment', render: (v: string | null, r) => v ?? r.declineReason ?? '' },
          { title: '提交时间', dataIndex: 'submittedAt', width: 170, render: formatDateTime },
          { title: '', key: 'op', width: 100, render: (_, r) => r.abilities.replace && <Button size="small" onClick={() => replace.mutate(r.id)}>补抽</Button> },
        ]} />
    </>
  );
}
