import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Flex, Space, Tabs } from 'antd';
import { useState } from 'react';
import { PageHeader } from '../../../components/PageHeader';
import { commissionerKeys, commissionersApi } from '../api/client';
import { useCanManage } from '../access';
import { ExcelMenu } from '../ExcelMenu';
import { CandidatesTab } from './CandidatesTab';
import { CommissionerDrawer } from './CommissionerDrawer';
import { CommissionerForm } from './CommissionerForm';
import { ExtrasTab } from './ExtrasTab';
import { type RosterFilter, RosterFilters } from './RosterFilters';
import { RosterTable } from './RosterTable';
import { SummaryTab } from './SummaryTab';
import { TeamsTab } from './TeamsTab';

function RosterTab({ onOpen }: { onOpen: (id: string) => void }) {
  const canManage = useCanManage();
  const [filter, setFilter] = useState<RosterFilter>({ status: 'active', page: 1, pageSize: 20 });
  const list = useQuery({ queryKey: commissionerKeys.roster(filter as never), queryFn: () => commissionersApi.roster(filter as never), placeholderData: keepPreviousData });
  return (
    <>
      <Flex justify="space-between" wrap gap={8}>
        <RosterFilters value={filter} onChange={setFilter} />
        <Space>
          <ExcelMenu base="/api/v1/commissioners" label="名册" filter={filter as never} canImport={canManage} />
          <ExcelMenu base="/api/v1/commissioner-assignments" label="派驻" filter={{}} canImport={canManage} />
          <ExcelMenu base="/api/v1/service-logs" label="服务日志" filter={{}} canImport={canManage} />
        </Space>
      </Flex>
      <RosterTable data={list.data} loading={list.isFetching} error={list.error} onOpen={(r) => onOpen(r.id)} onPage={(page, pageSize) => setFilter({ ...filter, page, pageSize })} />
    </>
  );
}

export default function RosterPage() {
  const canManage = useCanManage();
  const [open, setOpen] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  return (
    <>
      <PageHeader title="科技特派员" subTitle="名册、备选库与选聘、科技特派团、服务情况汇总"
        extra={canManage && <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>新增科技特派员</Button>} />
      <Card>
        <Tabs items={[
          { key: 'roster', label: '名册', children: <RosterTab onOpen={setOpen} /> },
          { key: 'candidates', label: '备选库与选聘', children: <CandidatesTab onOpen={(r) => setOpen(r.id)} /> },
          { key: 'teams', label: '科技特派团', children: <TeamsTab /> },
          { key: 'summary', label: '服务情况汇总', children: <SummaryTab onOpen={setOpen} /> },
          { key: 'extras', label: '经费与示范基地', children: <ExtrasTab /> },
        ]} />
      </Card>
      {open && <CommissionerDrawer id={open} onClose={() => setOpen(null)} />}
      {adding && <CommissionerForm onClose={() => setAdding(false)} />}
    </>
  );
}
