import { DownOutlined, KeyOutlined, LogoutOutlined, SafetyCertificateOutlined, UserOutlined } from '@ant-design/icons';
import { App, Avatar, Dropdown, type MenuProps, Space } from 'antd';
import { useNavigate } from 'react-router-dom';
import type { Me } from '../api/types';
import { type AccountDialog, useAccountDialogs } from './AccountDialogs';
import { useLogout } from './auth';
import { clearLoginNoticeMark } from './usePreviousLoginNotice';

export function UserMenu({ me }: { me: Me }) {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const logout = useLogout();
  const dialogs = useAccountDialogs();

  const items: MenuProps['items'] = [
    { key: 'password', icon: <KeyOutlined />, label: '修改密码' },
    { key: 'totp', icon: <SafetyCertificateOutlined />, label: `动态口令${me.totpEnabled ? '（已启用）' : ''}` },
    { type: 'divider' },
    { key: 'logout', icon: <LogoutOutlined />, label: '退出登录', danger: true },
  ];
  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'logout') {
      logout.mutate(undefined, {
        onSettled: () => {
          clearLoginNoticeMark();
          void message.success('已退出登录');
          void navigate('/login', { replace: true });
        },
      });
    } else dialogs.open(key as AccountDialog);
  };

  return (
    <>
      <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
        <a onClick={(e) => e.preventDefault()} data-testid="user-menu" style={{ color: 'inherit' }}>
          <Space>
            <Avatar size="small" icon={<UserOutlined />} style={{ background: '#1f5fbf' }} />
            <span data-testid="user-name">{me.displayName}</span>
            <DownOutlined style={{ fontSize: 10 }} />
          </Space>
        </a>
      </Dropdown>
      {dialogs.element}
    </>
  );
}
