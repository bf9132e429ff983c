import { CloudUploadOutlined, EnvironmentOutlined } from '@ant-design/icons';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Empty, Flex, Popconfirm, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { adminApi } from '../api/admin';
import { commissionerKeys, commissionersApi } from '../api/client';
import type { LogRow } from '../api/types';
import { LogEditModal } from '../roster/LogEditModal';
import type { Draft } from './drafts';

export const counts = (l: Pick<LogRow, 'beneficiaries' | 'trained' | 'varieties' | 'technologies' | 'problemsSolved'>) => [
  l.beneficiaries ? `受益 ${l.beneficiaries} 人` : null, l.trained ? `培训 ${l.trained} 人` : null, l.varieties ? `新品种 ${l.varieties} 项` : null,
  l.technologies ? `新技术 ${l.technologies} 项` : null, l.problemsSolved ? `解决问题 ${l.problemsSolved} 个` : null,
].filter(Boolean).join(' · ');

function DraftCard({ d, onOpen }: { d: Draft; onOpen: () => void }) {
  return (
    <Card size="small" onClick={onOpen} style={{ borderColor: d.error ? '#ff7875' : '#ffd666', cursor: 'pointer' }} data-testid="draft-card">
      <Flex justify="space-between"><b>{d.input.serviceDate}</b><Tag color={d.error ? 'red' : 'gold'}>{d.error ? '需修改' : '草稿未上传'}</Tag></Flex>
      <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: '6px 0 0' }}>{d.input.content}</Typography.Paragraph>
      {d.error && <Typography.Text type="danger">{d.error}</Typography.Text>}
    </Card>
  );
}

/** Own drafts first, then the logs stored on the server, newest first, 20 at a time. */
export function LogList({ drafts, onOpenDraft, syncing, online, onSync, villages }: {
  drafts: Draft[]; onOpenDraft: (d: Draft) => void; syncing: boolean; online: boolean; onSync: () => void; villages: Array<{ code: string; name: string }>;
}) {
  const [editing, setEditing] = useState<LogRow | null>(null);
  const q = useInfiniteQuery({
    queryKey: commissionerKeys.logs({ mine: 1 }),
    queryFn: ({ pageParam }) => commissionersApi.logs({ page: pageParam, pageSize: 20 }),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
  });
  const logs = q.data?.pages.flatMap((p) => p.items) ?? [];
  const qc = useQueryClient();
  const { message } = App.useApp();
  const remove = useMutation({
    mutationFn: (id: string) => adminApi.deleteLog(id),
    onSuccess: () => { void message.success('服务日志已删除'); void qc.invalidateQueries({ queryKey: commissionerKeys.all }); },
    onError: (err) => void message.error(err.message),
  });
  return (
    <Flex vertical gap={10} data-testid="log-list">
      {!online && <Alert type="warning" showIcon title="当前离线：日志会先保存在本机，联网后自动上传" />}
      {drafts.length > 0 && (
        <Flex justify="space-between" align="center">
          <Typography.Text strong>本机草稿 {drafts.length} 条</Typography.Text>
          <Button icon={<CloudUploadOutlined />} loading={syncing} disabled={!online} onClick={onSync}>立即上传</Button>
        </Flex>
      )}
      {drafts.map((d) => <DraftCard key={d.clientDraftId} d={d} onOpen={() => onOpenDraft(d)} />)}
      {q.isPending && <Spin />}
      {q.error && <Alert type="error" title={q.error.message} />}
      {!q.isPending && logs.length === 0 && drafts.length === 0 && <Empty description="还没有服务日志，点上方按钮写第一条" />}
      {logs.map((l) => (
        <Card key={l.id} size="small" data-testid="log-card">
          <Flex justify="space-between" align="center"><b>{l.serviceDate}</b><Tag color="blue">{l.typeLabel}</Tag></Flex>
          <Typography.Text type="secondary"><EnvironmentOutlined /> {l.place}{l.photoFileIds.length ? ` · 照片 ${l.photoFileIds.length} 张` : ''}</Typography.Text>
          <Typography.Paragraph ellipsis={{ rows: 3, expandable: true }} style={{ margin: '6px 0 4px' }}>{l.content}</Typography.Paragraph>
          <Flex justify="space-between" align="center">
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>{counts(l)}</Typography.Text>
            <Button type="text" disabled={!online} onClick={() => setEditing(l)} style={{ marginLeft: 'auto' }}>修改</Button>
            <Popconfirm title="删除这条服务日志？" okText="删除" cancelText="取消" onConfirm={() => remove.mutate(l.id)}>
              <Button type="text" danger disabled={!online}>删除</Button>
            </Popconfirm>
          </Flex>
        </Card>
      ))}
      {editing && <LogEditModal log={editing} villages={villages} onClose={() => setEditing(null)} />}
      {q.hasNextPage && <Button block size="large" loading={q.isFetchingNextPage} onClick={() => void q.fetchNextPage()}>加载更多</Button>}
    </Flex>
  );
}
