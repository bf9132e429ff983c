import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { adminApi, adminKeys } from '../api/admin';
import { commissionerKeys, commissionersApi } from '../api/client';
import type { CommissionerRow } from '../api/types';
import { useCanManage } from '../access';
import { CommissionerForm } from './CommissionerForm';
import { type RosterFilter, RosterFilters } from './RosterFilters';
import { RosterTable } from './RosterTable';
import { RoundForm } from './RoundForm';
import { RoundsTable } from './RoundsTable';

/** 备选库: candidates, the 选聘 rounds, and 选聘 of the selected rows into an open round. */
export function CandidatesTab({ onOpen }: { onOpen: (r: CommissionerRow) => void }) {
  const canManage = useCanManage();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [filter, setFilter] = useState<RosterFilter>({ status: 'candidate', page: 1, pageSize: 20 });
  const [selected, setSelected] = useState<string[]>([]);
  const [adding, setAdding] = useState(false);
  const [roundId, setRoundId] = useState<string>();
  const [newRound, setNewRound] = useState(false);
  const list = useQuery({ queryKey: commissionerKeys.roster(filter as never), queryFn: () => commissionersApi.roster(filter as never), placeholderData: keepPreviousData });
  const rounds = useQuery({ queryKey: adminKeys.rounds, queryFn: adminApi.rounds });
  const open = (rounds.data?.items ?? []).filter((r) => r.status === 'open');
  const target = open.some((r) => r.id === roundId) ? roundId : undefined;
  const done = () => void qc.invalidateQueries({ queryKey: commissionerKeys.all });
  const select = useMutation({
    mutationFn: () => adminApi.select(target!, { commissionerIds: selected, selectedOn: dayjs().format('YYYY-MM-DD') }),
    onSuccess: (r) => { void message.success(`已选聘 ${selected.length} 人（${r.name} 共 ${r.selected} 人）`); setSelected([]); done(); },
    onError: (err) => void message.error(err.message),
  });
  return (
    <div data-testid="candidates-tab">
      <RoundsTable canManage={canManage} />
      <Flex justify="space-between" wrap gap={8}>
        <RosterFilters value={filter} onChange={(f) => setFilter({ ...f, status: 'candidate' })} statusFixed />
        {canManage && (
          <Space wrap>
            <Button onClick={() => setAdding(true)}>加入备选库</Button>
            <Button onClick={() => setNewRound(true)}>新建选聘批次</Button>
            <Select placeholder="选聘批次" style={{ width: 220 }} value={target} onChange={setRoundId}
              options={open.map((r) => ({ value: r.id, label: `${r.name}${r.quota ? `（${r.selected}/${r.quota}）` : ''}` }))} />
            <Button type="primary" disabled={!target || selected.length === 0} loading={select.isPending} onClick={() => select.mutate()}>选聘所选 {selected.length} 人</Button>
          </Space>
        )}
      </Flex>
      <RosterTable data={list.data} loading={list.isFetching} error={list.error} onOpen={onOpen} onPage={(page, pageSize) => setFilter({ ...filter, page, pageSize })}
        selectable={canManage ? { selected, onChange: setSelected } : undefined} />
      {adding && <CommissionerForm candidate onClose={() => setAdding(false)} />}
      {newRound && <RoundForm onClose={() => setNewRound(false)} onCreated={(r) => setRoundId(r.id)} />}
    </div>
  );
}
