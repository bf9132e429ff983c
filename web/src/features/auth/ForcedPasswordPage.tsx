import { Alert, App, Button } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useLogout, useRefreshMe } from '../../app/auth';
import { AuthShell } from './AuthShell';
import { ChangePasswordForm } from './ChangePasswordForm';

/** Forced step after login with an initial, reset or expired password. */
export default function ForcedPasswordPage() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const refreshMe = useRefreshMe();
  const logout = useLogout();

  const onDone = async () => {
    void message.success('密码已修改');
    const me = await refreshMe().catch(() => null);
    // The guards route on by the new session stage; no session means "sign in again".
    if (!me) void navigate('/login', { replace: true, state: { notice: '密码已修改，请使用新密码重新登录' } });
  };

  return (
    <AuthShell title="修改密码">
      <Alert type="info" showIcon style={{ marginBottom: 16 }}
        title="您的密码是初始密码、已被重置或已过期，请先设置新密码再继续使用。" />
      <ChangePasswordForm onDone={() => void onDone()} submitText="修改密码并继续" />
      <Button type="link" block style={{ marginTop: 8 }}
        onClick={() => logout.mutate(undefined, { onSettled: () => void navigate('/login', { replace: true }) })}>
        退出登录
      </Button>
    </AuthShell>
  );
}
