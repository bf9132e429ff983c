import { EditOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Flex, Segmented } from 'antd';
import { useState } from 'react';
import { useCurrentUser } from '../../../app/auth';
import { commissionerKeys, commissionersApi } from '../api/client';
import type { Draft } from './drafts';
import { LogForm } from './LogForm';
import { LogList } from './LogList';
import { MobileShell } from './MobileShell';
import { MyNeeds } from './MyNeeds';
import { SummaryStrip } from './SummaryStrip';
import { useDrafts } from './useDrafts';

/** 科技特派员 H5: write service logs on a phone (offline drafts, photos), see own logs and needs. */
export default function MyLogsPage() {
  const me = useCurrentUser();
  const { message } = App.useApp();
  const drafts = useDrafts(me.id);
  const [tab, setTab] = useState<'logs' | 'needs'>('logs');
  const [editing, setEditing] = useState<Draft | 'new' | null>(null);
  const places = useQuery({
    queryKey: commissionerKeys.assignments({ mine: 1, active: 'true' }),
    queryFn: () => commissionersApi.assignments({ active: 'true', targetKind: 'village', pageSize: 50 }),
  });
  const villages = (places.data?.items ?? []).map((a) => ({ code: a.villageCode!, name: a.targetName }));

  const save = async (draft: Draft, submit: boolean) => {
    drafts.save(draft);
    setEditing(null);
    if (!submit) return void message.info('已存为草稿，可稍后提交');
    if (!drafts.online) return void message.warning('当前离线：已保存在本机，联网后自动上传');
    const result = await drafts.sync();
    if (result.sent > 0) void message.success('服务日志已提交');
    else if (result.offline) void message.warning('网络不稳定：已保存在本机，稍后自动上传');
    else void message.error('提交未成功，请查看草稿中的提示');
  };

  return (
    <MobileShell title={editing ? '写服务日志' : '服务日志'} name={me.displayName}>
      {editing ? (
        <LogForm villages={villages} initial={editing === 'new' ? undefined : editing} onCancel={() => setEditing(null)} onSave={(d, s) => void save(d, s)} />
      ) : (
        <Flex vertical gap={12}>
          <SummaryStrip />
          <Button type="primary" size="large" block icon={<EditOutlined />} style={{ height: 56, fontSize: 18 }} onClick={() => setEditing('new')} data-testid="new-log">
            写服务日志
          </Button>
          <Segmented block size="large" value={tab} onChange={(v) => setTab(v as 'logs' | 'needs')}
            options={[{ value: 'logs', label: '我的日志' }, { value: 'needs', label: '派给我的需求' }]} />
          {tab === 'logs'
            ? <LogList drafts={drafts.drafts} syncing={drafts.syncing} online={drafts.online} onSync={() => void drafts.sync()} onOpenDraft={setEditing} villages={villages} />
            : <MyNeeds />}
        </Flex>
      )}
    </MobileShell>
  );
}
