import { useQueryClient } from '@tanstack/react-query';
import { Alert, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, Navigate, useLocation } from 'react-router-dom';
import { authKeys } from '../../api/auth';
import { useHealth, useMe } from '../../app/auth';
import { clearLoginNotice, peekLoginNotice } from '../../app/login-notice';
import { AuthShell } from './AuthShell';
import { DemoAccountsCard } from './DemoAccountsCard';
import { demoPassword } from './demo-accounts';
import { LoginForm, useLogin } from './LoginForm';

interface LocationState {
  from?: string;
  notice?: string;
}

export default function LoginPage() {
  const location = useLocation();
  const state = (location.state ?? {}) as LocationState;
  const qc = useQueryClient();
  const { data: me } = useMe();
  const health = useHealth();
  const login = useLogin((result) => qc.setQueryData(authKeys.me, result.me));
  const [notice] = useState(() => state.notice ?? peekLoginNotice());
  useEffect(clearLoginNotice, []);

  // Signed in (now or already): the guards send the user on to a forced step if one is pending.
  if (me) return <Navigate to={state.from && state.from !== '/login' ? state.from : '/'} replace />;

  const aside = (
    <>
      {health.data?.demo && (
        <DemoAccountsCard disabled={login.pending} onPick={(username) => login.submit({ username, password: demoPassword })} />
      )}
      <Typography.Text style={{ color: 'rgba(255,255,255,0.85)', textAlign: 'center' }}>
        企业用户无需登录即可 <Link to="/self-check" style={{ color: '#fff', textDecoration: 'underline' }}>进行企业自评</Link>
      </Typography.Text>
    </>
  );

  return (
    <AuthShell title="用户登录" aside={aside}>
      {notice && !login.error && <Alert type="warning" showIcon title={notice} style={{ marginBottom: 16 }} data-testid="login-notice" />}
      <LoginForm login={login} />
    </AuthShell>
  );
}
