import { EnvironmentOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Image, List, Popconfirm, Tag, Typography } from 'antd';
import { useState } from 'react';
import { adminApi, photoUrl } from '../api/admin';
import { commissionerKeys, commissionersApi } from '../api/client';
import type { LogRow } from '../api/types';
import { counts } from '../mobile/LogList';
import { LogEditModal } from './LogEditModal';

/** A commissioner's service logs on the desktop, newest first, with their photos (click to enlarge); staff correct or delete them. */
export function LogsPanel({ commissionerId, canManage }: { commissionerId: string; canManage: boolean }) {
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<LogRow | null>(null);
  const remove = useMutation({
    mutationFn: (l: LogRow) => adminApi.deleteLog(l.id),
    onSuccess: () => { void message.success('服务日志已删除'); void qc.invalidateQueries({ queryKey: commissionerKeys.all }); },
    onError: (err) => void message.error(err.message),
  });
  const q = useQuery({ queryKey: commissionerKeys.logs({ commissionerId, page }), queryFn: () => commissionersApi.logs({ commissionerId, page, pageSize: 10 }), placeholderData: keepPreviousData });
  return (
    <>
      {q.error && <Alert type="error" title={q.error.message} />}
      <List size="small" loading={q.isFetching} dataSource={q.data?.items ?? []} locale={{ emptyText: '暂无服务日志' }} data-testid="commissioner-logs"
        pagination={{ current: page, pageSize: 10, total: q.data?.total ?? 0, size: 'small', onChange: setPage, showTotal: (n) => `共 ${n} 条` }}
        renderItem={(l) => (
          <List.Item data-testid="commissioner-log" actions={canManage ? [
            <Button key="edit" size="small" type="link" onClick={() => setEditing(l)}>修改</Button>,
            <Popconfirm key="del" title="删除这条服务日志？删除后汇总和考核将不再计入。" onConfirm={() => remove.mutate(l)}><Button size="small" type="link" danger>删除</Button></Popconfirm>,
          ] : undefined}>
            <Flex vertical gap={4} style={{ width: '100%' }}>
              <Flex justify="space-between"><b>{l.serviceDate}</b><Tag color="blue">{l.typeLabel}</Tag></Flex>
              <Typography.Text type="secondary"><EnvironmentOutlined /> {l.villageName ? `${l.villageName} · ` : ''}{l.place}</Typography.Text>
              <Typography.Paragraph ellipsis={{ rows: 2, expandable: true }} style={{ margin: 0 }}>{l.content}</Typography.Paragraph>
              {counts(l) && <Typography.Text type="secondary" style={{ fontSize: 13 }}>{counts(l)}</Typography.Text>}
              {l.photoFileIds.length > 0 && (
                <Image.PreviewGroup>
                  <Flex gap={6} wrap data-testid="log-photos">
                    {l.photoFileIds.map((f) => <Image key={f} src={photoUrl(l.id, f)} width={72} height={72} style={{ objectFit: 'cover', borderRadius: 4 }} alt="服务照片" />)}
                  </Flex>
                </Image.PreviewGroup>
              )}
            </Flex>
          </List.Item>
        )} />
      {editing && <LogEditModal log={editing} onClose={() => setEditing(null)} />}
    </>
  );
}
