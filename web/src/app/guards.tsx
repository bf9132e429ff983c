import { Button, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import type { Role } from '../../../domain/roles';
import type { SessionStage } from '../api/types';
import { useMe } from './auth';

export function FullPageSpin() {
  return (
    <div style={{ minHeight: '60vh', display: 'grid', placeItems: 'center' }}>
      <Spin size="large" />
    </div>
  );
}

const stagePaths: Record<Exclude<SessionStage, 'full'>, string> = {
  password_change: '/change-password',
  totp_enrolment: '/totp-enrol',
};

/** Renders children only for a fully signed-in session; otherwise sends the user where they belong. */
export function RequireSession({ children }: { children: ReactNode }) {
  const location = useLocation();
  const { data: me, isPending, error, refetch } = useMe();
  if (isPending) return <FullPageSpin />;
  if (error) {
    return <Result status="warning" title="无法获取登录状态" subTitle={error.message}
      extra={<Button onClick={() => void refetch()}>重试</Button>} />;
  }
  if (!me) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  if (me.stage !== 'full') return <Navigate to={stagePaths[me.stage]} replace />;
  return children;
}

/** For the forced steps after login (password change, TOTP enrolment). */
export function RequireStage({ stage, children }: { stage: Exclude<SessionStage, 'full'>; children: ReactNode }) {
  const { data: me, isPending } = useMe();
  if (isPending) return <FullPageSpin />;
  if (!me) return <Navigate to="/login" replace />;
  if (me.stage !== stage) return <Navigate to={me.stage === 'full' ? '/' : stagePaths[me.stage]} replace />;
  return children;
}

export function RequireRoles({ roles, children }: { roles: readonly Role[] | 'all'; children: ReactNode }) {
  const { data: me } = useMe();
  if (roles !== 'all' && !roles.some((r) => me?.roles.includes(r))) {
    return <Result status="403" title="无权访问" subTitle="您的角色不能使用此功能。" />;
  }
  return children;
}
