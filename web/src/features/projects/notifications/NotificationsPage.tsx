import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Card, List, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { PageHeader } from '../../../components/PageHeader';
import { formatDateTime } from '../../../components/format';
import { projectKeys, projectsApi } from '../api/client';

/** What needs the user's action, newest first; opening one marks it read. */
export default function NotificationsPage() {
  const qc = useQueryClient();
  const navigate = useNavigate();
  const q = useQuery({ queryKey: projectKeys.notifications, queryFn: projectsApi.notifications });
  const refresh = () => void qc.invalidateQueries({ queryKey: projectKeys.notifications });
  const read = useMutation({ mutationFn: projectsApi.markRead, onSuccess: refresh });
  const readAll = useMutation({ mutationFn: projectsApi.readAll, onSuccess: refresh });
  return (
    <>
      <PageHeader title="待办通知" subTitle={`未读 ${q.data?.unread ?? 0} 条`} extra={<Button onClick={() => readAll.mutate()}>全部标为已读</Button>} />
      <Card>
        <List data-testid="notification-list" loading={q.isLoading} dataSource={q.data?.items ?? []} renderItem={(n) => (
          <List.Item key={n.id} onClick={() => { if (!n.readAt) read.mutate(n.id); if (n.link) void navigate(n.link); }} style={{ cursor: n.link ? 'pointer' : 'default' }}>
            <List.Item.Meta title={<Badge dot={!n.readAt}><Typography.Text strong={!n.readAt}>{n.title}</Typography.Text></Badge>}
              description={<>{n.body && <div>{n.body}</div>}{formatDateTime(n.createdAt)}</>} />
          </List.Item>
        )} />
      </Card>
    </>
  );
}
