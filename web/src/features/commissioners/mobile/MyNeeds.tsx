import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Empty, Flex, Input, Modal, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { needActionLabels } from '../../../../../domain/commissioners/needs';
import { commissionerKeys, commissionersApi } from '../api/client';
import type { NeedAction, NeedRow } from '../api/types';

const noteFor: Partial<Record<NeedAction, string>> = { solve: '解决情况', decline: '退回原因' };

/** Needs dispatched to the signed-in commissioner, with the actions they may take. */
export function MyNeeds() {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: commissionerKeys.needs({ mine: 1 }), queryFn: () => commissionersApi.needs({ pageSize: 50 }) });
  const [asking, setAsking] = useState<{ need: NeedRow; action: NeedAction } | null>(null);
  const [note, setNote] = useState('');
  const act = useMutation({
    mutationFn: (v: { need: NeedRow; action: NeedAction; note?: string }) => commissionersApi.transition(v.need.id, { version: v.need.version, action: v.action, note: v.note }),
    onSuccess: (_, v) => {
      void message.success(`已${needActionLabels[v.action]}`);
      setAsking(null);
      setNote('');
      void qc.invalidateQueries({ queryKey: commissionerKeys.all });
    },
    onError: (err) => void message.error(err.message),
  });
  const click = (need: NeedRow, action: NeedAction) => (noteFor[action] ? setAsking({ need, action }) : act.mutate({ need, action }));
  if (q.isPending) return <Spin />;
  const items = q.data?.items ?? [];
  return (
    <Flex vertical gap={10} data-testid="my-needs">
      {items.length === 0 && <Empty description="暂无派给您的需求" />}
      {items.map((n) => (
        <Card key={n.id} size="small">
          <Flex justify="space-between" align="center"><b>{n.title}</b><Tag color={n.status === 'solved' ? 'green' : 'blue'}>{n.statusLabel}</Tag></Flex>
          <Typography.Text type="secondary">{n.requesterName}{n.contactName ? ` · 联系人 ${n.contactName} ${n.contactPhoneMasked ?? ''}` : ''}</Typography.Text>
          <Typography.Paragraph ellipsis={{ rows: 3, expandable: true }} style={{ margin: '6px 0' }}>{n.description}</Typography.Paragraph>
          {n.resolution && <Typography.Paragraph type="secondary" style={{ margin: 0 }}>处理：{n.resolution}</Typography.Paragraph>}
          <Flex gap={8}>
            {n.actions.map((a) => (
              <Button key={a} size="large" type={a === 'decline' ? 'default' : 'primary'} style={{ flex: 1 }} loading={act.isPending} onClick={() => click(n, a)}>{needActionLabels[a]}</Button>
            ))}
          </Flex>
        </Card>
      ))}
      <Modal open={!!asking} title={asking ? needActionLabels[asking.action] : ''} okText="确定" cancelText="取消" confirmLoading={act.isPending}
        onCancel={() => setAsking(null)} onOk={() => asking && act.mutate({ ...asking, note })}>
        <Input.TextArea rows={4} value={note} onChange={(e) => setNote(e.target.value)} placeholder={`请填写${asking ? noteFor[asking.action] : ''}`} />
      </Modal>
    </Flex>
  );
}
