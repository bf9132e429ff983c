import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Popconfirm, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { adminApi, adminKeys, type Round } from '../api/admin';

/** 选聘批次 with their counts; staff end an open round (no more selections into it). */
export function RoundsTable({ canManage }: { canManage: boolean }) {
  const qc = useQueryClient();
  const { message } = App.useApp();
  const rounds = useQuery({ queryKey: adminKeys.rounds, queryFn: adminApi.rounds });
  const close = useMutation({
    mutationFn: (r: Round) => adminApi.closeRound(r.id, dayjs().format('YYYY-MM-DD')),
    onSuccess: (r) => { void message.success(`${r.name} 已结束，共选聘 ${r.selected} 人`); void qc.invalidateQueries({ queryKey: adminKeys.rounds }); },
    onError: (err) => void message.error(err.message),
  });
  return (
    <Table<Round> rowKey="id" size="small" loading={rounds.isPending} dataSource={rounds.data?.items} pagination={false} data-testid="rounds-table"
      style={{ marginBottom: 16 }} columns={[
        { title: '选聘批次', dataIndex: 'name' }, { title: '年度', dataIndex: 'year', width: 70 },
        { title: '名额', dataIndex: 'quota', width: 70, render: (v: number | null) => v ?? '不限' }, { title: '已选聘', dataIndex: 'selected', width: 80, align: 'right' },
        { title: '状态', dataIndex: 'status', width: 150, render: (v: string, r) => (v === 'open' ? <Tag color="green">进行中</Tag> : <Tag>已结束 {r.decidedOn}</Tag>) },
        ...(canManage ? [{ title: '操作', key: 'op', width: 90, render: (_: unknown, r: Round) => r.status === 'open' && (
          <Popconfirm title={`结束“${r.name}”？结束后不能再从该批次选聘。`} onConfirm={() => close.mutate(r)}>
            <Button size="small" type="link" loading={close.isPending && close.variables?.id === r.id}>结束批次</Button>
          </Popconfirm>
        ) }] : []),
      ]} />
  );
}
