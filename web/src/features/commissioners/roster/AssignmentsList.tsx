import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, List, Popconfirm, Tag } from 'antd';
import { useState } from 'react';
import dayjs from 'dayjs';
import { agreementStatusLabels } from '../../../../../domain/commissioners/vocabulary';
import { commissionerKeys, commissionersApi } from '../api/client';
import type { AssignmentRow } from '../api/types';
import { AgreementModal } from './AgreementModal';
import { AssignmentEditModal } from './AssignmentEditModal';

/** The commissioner's 派驻 with the agreement status of each; staff may end an open one today. */
export function AssignmentsList({ commissionerId, canManage }: { commissionerId: string; canManage: boolean }) {
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [signing, setSigning] = useState<AssignmentRow | null>(null);
  const [editing, setEditing] = useState<AssignmentRow | null>(null);
  const q = useQuery({ queryKey: commissionerKeys.assignments({ commissionerId }), queryFn: () => commissionersApi.assignments({ commissionerId, pageSize: 100 }) });
  const end = useMutation({
    mutationFn: (a: AssignmentRow) => commissionersApi.updateAssignment(a.id, { version: a.version, endsOn: dayjs().format('YYYY-MM-DD') }),
    onSuccess: () => {
      void message.success('已结束派驻');
      void qc.invalidateQueries({ queryKey: commissionerKeys.all });
    },
    onError: (err) => void message.error(err.message),
  });
  return (
    <>
    <List size="small" loading={q.isPending} dataSource={q.data?.items ?? []} locale={{ emptyText: '暂无派驻' }}
      renderItem={(a) => (
        <List.Item data-testid="assignment-item" actions={[
          ...(a.agreement ? [<Button key="view" size="small" type="link" onClick={() => setSigning(a)}>{canManage ? '协议' : '查看协议'}</Button>] : []),
          ...(canManage && a.active && !a.agreement ? [<Button key="sign" size="small" type="link" onClick={() => setSigning(a)}>登记协议</Button>] : []),
          ...(canManage ? [<Button key="edit" size="small" type="link" onClick={() => setEditing(a)}>修改</Button>] : []),
          ...(canManage && a.active ? [<Popconfirm key="end" title={`结束在${a.targetName}的派驻？`} onConfirm={() => end.mutate(a)}><Button size="small" type="link">结束</Button></Popconfirm>] : []),
        ]}>
          <List.Item.Meta
            title={<>{a.townName ? `${a.townName} · ` : ''}{a.targetName} <Tag>{a.targetKindLabel}</Tag>{a.active ? <Tag color="green">在派</Tag> : <Tag>已结束</Tag>}</>}
            description={`${a.startsOn} 至 ${a.endsOn ?? '今'}${a.agreement ? ` · 三方协议：${agreementStatusLabels[a.agreement.status]}` : ' · 未签协议'}`} />
        </List.Item>
      )} />
    {signing && <AgreementModal assignment={signing} onClose={() => setSigning(null)} />}
    {editing && <AssignmentEditModal assignment={editing} onClose={() => setEditing(null)} />}
    </>
  );
}
