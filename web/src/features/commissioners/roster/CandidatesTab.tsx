import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Input, InputNumber, Modal, Select, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { api } from '../../../api/client';
import { commissionerKeys, commissionersApi } from '../api/client';
import type { CommissionerRow } from '../api/types';
import { useCanManage } from '../access';
import { CommissionerForm } from './CommissionerForm';
import { type RosterFilter, RosterFilters } from './RosterFilters';
import { RosterTable } from './RosterTable';

interface Round { id: string; year: number; name: string; status: 'open' | 'closed'; quota: number | null; selected: number }

/** 备选库: candidates, and 选聘 of the selected rows in an open round. */
export function CandidatesTab({ onOpen }: { onOpen: (r: CommissionerRow) => void }) {
  const canManage = useCanManage();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [filter, setFilter] = useState<RosterFilter>({ status: 'candidate', page: 1, pageSize: 20 });
  const [selected, setSelected] = useState<string[]>([]);
  const [adding, setAdding] = useState(false);
  const [roundId, setRoundId] = useState<string>();
  const [newRound, setNewRound] = useState<{ name: string; quota: number | null } | null>(null);
  const list = useQuery({ queryKey: commissionerKeys.roster(filter as never), queryFn: () => commissionersApi.roster(filter as never), placeholderData: keepPreviousData });
  const rounds = useQuery({ queryKey: ['commissioners', 'rounds'], queryFn: () => api.get<{ items: Round[] }>('/api/v1/commissioner-rounds') });
  const open = (rounds.data?.items ?? []).filter((r) => r.status === 'open');
  const done = () => void qc.invalidateQueries({ queryKey: commissionerKeys.all });
  const select = useMutation({
    mutationFn: () => api.post<Round>(`/api/v1/commissioner-rounds/${roundId}/select`, { commissionerIds: selected, selectedOn: dayjs().format('YYYY-MM-DD') }),
    onSuccess: (r) => { void message.success(`已选聘 ${selected.length} 人（${r.name} 共 ${r.selected} 人）`); setSelected([]); done(); void qc.invalidateQueries({ queryKey: ['commissioners', 'rounds'] }); },
    onError: (err) => void message.error(err.message),
  });
  const createRound = useMutation({
    mutationFn: (v: { name: string; quota: number | null }) => api.post<Round>('/api/v1/commissioner-rounds', { year: dayjs().year(), ...v }),
    onSuccess: (r) => { setNewRound(null); setRoundId(r.id); void qc.invalidateQueries({ queryKey: ['commissioners', 'rounds'] }); },
    onError: (err) => void message.error(err.message),
  });
  return (
    <>
      <Flex justify="space-between" wrap gap={8}>
        <RosterFilters value={filter} onChange={(f) => setFilter({ ...f, status: 'candidate' })} statusFixed />
        {canManage && (
          <Space wrap>
            <Button onClick={() => setAdding(true)}>加入备选库</Button>
            <Select placeholder="选聘批次" style={{ width: 200 }} value={roundId} onChange={setRoundId}
              options={open.map((r) => ({ value: r.id, label: `${r.name}${r.quota ? `（${r.selected}/${r.quota}）` : ''}` }))}
              popupRender={(menu) => <>{menu}<Button type="link" block onClick={() => setNewRound({ name: `${dayjs().year()}年度科技特派员选聘`, quota: null })}>新建批次…</Button></>} />
            <Button type="primary" disabled={!roundId || selected.length === 0} loading={select.isPending} onClick={() => select.mutate()}>选聘所选 {selected.length} 人</Button>
          </Space>
        )}
      </Flex>
      <RosterTable data={list.data} loading={list.isFetching} error={list.error} onOpen={onOpen} onPage={(page, pageSize) => setFilter({ ...filter, page, pageSize })}
        selectable={canManage ? { selected, onChange: setSelected } : undefined} />
      {adding && <CommissionerForm candidate onClose={() => setAdding(false)} />}
      <Modal open={!!newRound} title="新建选聘批次" okText="创建" onCancel={() => setNewRound(null)} confirmLoading={createRound.isPending} onOk={() => newRound && createRound.mutate(newRound)}>
        <Typography.Text>批次名称</Typography.Text>
        <Input value={newRound?.name} onChange={(e) => setNewRound((r) => r && { ...r, name: e.target.value })} style={{ marginBottom: 12 }} />
        <Typography.Text>名额（可不填）</Typography.Text>
        <InputNumber min={1} style={{ width: '100%' }} value={newRound?.quota} onChange={(q) => setNewRound((r) => r && { ...r, quota: q })} />
      </Modal>
    </>
  );
}
