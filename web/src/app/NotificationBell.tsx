import { BellOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Badge, Button, Tooltip } from 'antd';
import { useNavigate } from 'react-router-dom';
import type { Role } from '../../../domain/roles';
import { api } from '../api/client';
import { appModules, canUseModule } from './modules';

/** Shares the notifications page's key prefix, so reading a notice there refreshes the count. */
const unreadKey = ['projects', 'notifications', 'unread'] as const;

/** Unread to-dos and deadline reminders in the header, polled once a minute. */
export function NotificationBell({ roles }: { roles: readonly Role[] }) {
  const navigate = useNavigate();
  const page = appModules.find((m) => m.key === 'notifications');
  const allowed = !!page && canUseModule(page, roles);
  const q = useQuery({
    queryKey: unreadKey,
    queryFn: () => api.get<{ unread: number }>('/api/v1/notifications', { unread: 'true', pageSize: 1 }),
    enabled: allowed,
    refetchInterval: 60_000,
  });
  if (!allowed || !page) return null;
  const unread = q.data?.unread ?? 0;
  return (
    <Tooltip title={unread ? `${unread} 条未读待办通知` : '待办通知'}>
      <Badge count={unread} size="small" data-testid="notification-badge">
        <Button type="text" aria-label="待办通知" icon={<BellOutlined />} onClick={() => navigate(page.path)} />
      </Badge>
    </Tooltip>
  );
}
