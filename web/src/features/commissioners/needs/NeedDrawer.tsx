import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Descriptions, Divider, Drawer, Input, Rate, Select, Space, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { needActionLabels } from '../../../../../domain/commissioners/needs';
import { formatDateTime } from '../../../components/format';
import { commissionerKeys, commissionersApi } from '../api/client';
import type { NeedAction } from '../api/types';

/** One need: details, the history of its handling, and the actions open to the viewer. */
export function NeedDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [note, setNote] = useState('');
  const [pick, setPick] = useState<string>();
  const [stars, setStars] = useState(5);
  const q = useQuery({ queryKey: commissionerKeys.need(id), queryFn: () => commissionersApi.need(id) });
  const n = q.data;
  const canDispatch = !!n?.actions.includes('dispatch');
  const sugg = useQuery({ queryKey: ['commissioners', 'suggest', id], queryFn: () => commissionersApi.suggestions(id), enabled: canDispatch });
  const act = useMutation({
    mutationFn: (action: NeedAction) => commissionersApi.transition(id, { version: n!.version, action, note: note || undefined, commissionerId: action === 'dispatch' ? pick : undefined,
      satisfaction: action === 'feedback' ? stars : undefined }),
    onSuccess: (_, action) => { void message.success(`已${needActionLabels[action]}`); setNote(''); void qc.invalidateQueries({ queryKey: commissionerKeys.all }); },
    onError: (err) => void message.error(err.message),
  });
  return (
    <Drawer open size={560} title={n?.title ?? '需求'} onClose={onClose} loading={q.isPending}>
      {n && (
        <>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label="状态"><Tag color="blue">{n.statusLabel}</Tag>{n.satisfaction && <Rate disabled value={n.satisfaction} style={{ fontSize: 14 }} />}</Descriptions.Item>
            <Descriptions.Item label="需求方">{n.requesterKindLabel} · {n.requesterName}</Descriptions.Item>
            <Descriptions.Item label="联系人">{n.contactName ?? '—'} {n.contactPhoneMasked ?? ''}</Descriptions.Item>
            <Descriptions.Item label="领域">{n.field ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="描述">{n.description}</Descriptions.Item>
            <Descriptions.Item label="科技特派员">{n.commissioner ? `${n.commissioner.name}（${n.commissioner.code}）` : '未派单'}</Descriptions.Item>
            {n.resolution && <Descriptions.Item label="处理结果">{n.resolution}</Descriptions.Item>}
            {n.feedback && <Descriptions.Item label="评价">{n.feedback}</Descriptions.Item>}
          </Descriptions>
          {n.actions.length > 0 && (
            <>
              <Divider titlePlacement="start">处理</Divider>
              <Space orientation="vertical" style={{ width: '100%' }}>
                {canDispatch && (
                  <Select placeholder="选择科技特派员（按专业、地点推荐）" style={{ width: '100%' }} value={pick} onChange={setPick} loading={sugg.isPending}
                    options={(sugg.data?.items ?? []).map((s) => ({ value: s.id, label: `${s.name}${s.reasons.length ? ` — ${s.reasons.join('，')}` : ''}` }))} />
                )}
                {n.actions.includes('feedback') && <Space>满意度<Rate value={stars} onChange={setStars} /></Space>}
                <Input.TextArea rows={2} value={note} onChange={(e) => setNote(e.target.value)} placeholder="说明（办结、退回、关闭时必填）" />
                <Space wrap>
                  {n.actions.map((a) => (
                    <Button key={a} type={a === 'close' ? 'default' : 'primary'} danger={a === 'close'} loading={act.isPending} disabled={a === 'dispatch' && !pick} onClick={() => act.mutate(a)}>
                      {needActionLabels[a]}
                    </Button>
                  ))}
                </Space>
              </Space>
            </>
          )}
          <Divider titlePlacement="start">处理过程</Divider>
          <Timeline items={n.events.map((e) => ({ children: (
            <><b>{e.actionLabel}</b> <Typography.Text type="secondary">{formatDateTime(e.at)} {e.username ?? ''}</Typography.Text>
              {e.commissionerName && e.action === 'dispatch' && <div>派给 {e.commissionerName}</div>}{e.note && <div>{e.note}</div>}</>
          ) }))} />
        </>
      )}
    </Drawer>
  );
}
