import { LogoutOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useLogout } from '../../../app/auth';

export function useNarrow(maxWidth = 767): boolean {
  const query = `(max-width: ${maxWidth}px)`;
  const [narrow, setNarrow] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const m = window.matchMedia(query);
    const on = () => setNarrow(m.matches);
    m.addEventListener('change', on);
    return () => m.removeEventListener('change', on);
  }, [query]);
  return narrow;
}

/**
 * On a phone the page takes the whole screen (the desktop sider and header are covered), with its
 * own title bar and a sign-out button; on a wide screen it renders inside the normal layout.
 */
export function MobileShell({ title, name, children }: { title: string; name: string; children: ReactNode }) {
  const narrow = useNarrow();
  const logout = useLogout();
  const navigate = useNavigate();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (box.current) box.current.scrollTop = 0;
  }, [title]);
  if (!narrow) return <div style={{ maxWidth: 560 }}>{children}</div>;
  return (
    <div ref={box} data-testid="mobile-shell" style={{ position: 'fixed', inset: 0, zIndex: 900, background: '#f5f6f8', overflowY: 'auto', WebkitOverflowScrolling: 'touch' }}>
      <Flex align="center" justify="space-between" style={{ position: 'sticky', top: 0, zIndex: 1, height: 52, padding: '0 12px', background: '#1f5fbf', color: '#fff' }}>
        <Typography.Text strong style={{ color: '#fff', fontSize: 17 }}>{title}</Typography.Text>
        <Flex align="center" gap={4}>
          <Typography.Text style={{ color: '#dbe6ff' }} data-testid="mobile-user">{name}</Typography.Text>
          <Button type="text" icon={<LogoutOutlined />} style={{ color: '#fff' }}
            onClick={() => logout.mutate(undefined, { onSettled: () => void navigate('/login') })}>退出</Button>
        </Flex>
      </Flex>
      <div style={{ padding: 12, paddingBottom: 32 }}>{children}</div>
    </div>
  );
}
