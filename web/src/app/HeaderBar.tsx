import { Flex, Layout, Tag, Typography } from 'antd';
import type { Me } from '../api/types';
import { RoleTags } from '../components/RoleTags';
import { NotificationBell } from './NotificationBell';
import { UserMenu } from './UserMenu';

export function HeaderBar({ me }: { me: Me }) {
  return (
    <Layout.Header style={{ borderBottom: '1px solid #f0f0f0', display: 'flex', alignItems: 'center', gap: 12 }}>
      <Flex align="center" gap={8} style={{ flex: 1, minWidth: 0 }}>
        <Typography.Text strong ellipsis data-testid="header-org">{me.organisation.name}</Typography.Text>
        {me.organisation.regionName && <Typography.Text type="secondary">{me.organisation.regionName}</Typography.Text>}
      </Flex>
      {me.isDemo && <Tag color="orange" data-testid="demo-tag">演示数据</Tag>}
      <RoleTags roles={me.roles} />
      <NotificationBell roles={me.roles} />
      <UserMenu me={me} />
    </Layout.Header>
  );
}
