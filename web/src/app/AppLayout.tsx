import { Layout } from 'antd';
import { useState } from 'react';
import { Outlet } from 'react-router-dom';
import { useCurrentUser } from './auth';
import { HeaderBar } from './HeaderBar';
import { SideMenu } from './SideMenu';
import { usePreviousLoginNotice } from './usePreviousLoginNotice';

/** The signed-in shell: sider menu, header with the user's identity, routed content. */
export function AppLayout() {
  const me = useCurrentUser();
  const [collapsed, setCollapsed] = useState(false);
  usePreviousLoginNotice(me);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} width={216} breakpoint="lg">
        <div className="kj-brand" style={{ height: 56, display: 'flex', alignItems: 'center', justifyContent: 'center',
          color: '#fff', fontWeight: 600, fontSize: collapsed ? 14 : 17, letterSpacing: 1, whiteSpace: 'nowrap' }}>
          {collapsed ? '科技局' : '科技局工作平台'}
        </div>
        <SideMenu roles={me.roles} />
      </Layout.Sider>
      <Layout>
        <HeaderBar me={me} />
        <Layout.Content style={{ margin: 20 }}>
          <Outlet />
        </Layout.Content>
        <Layout.Footer style={{ textAlign: 'center', color: '#8c8c8c', padding: '12px 0 16px' }}>
          科技局工作平台 Kejiju · 开源软件
        </Layout.Footer>
      </Layout>
    </Layout>
  );
}
