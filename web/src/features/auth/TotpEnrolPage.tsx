import { Alert, App, Button } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useLogout, useRefreshMe } from '../../app/auth';
import { AuthShell } from './AuthShell';
import { TotpSetup } from './TotpSetup';

/** Forced step for accounts that must use two-factor login (the three admin roles). */
export default function TotpEnrolPage() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const refreshMe = useRefreshMe();
  const logout = useLogout();
  return (
    <AuthShell title="绑定动态口令">
      <Alert type="info" showIcon style={{ marginBottom: 16 }}
        title="管理员账号须绑定动态口令（TOTP），以后登录时需同时输入密码和动态口令。" />
      <TotpSetup onEnabled={() => {
        void message.success('动态口令已启用');
        void refreshMe();
      }} />
      <Button type="link" block style={{ marginTop: 8 }}
        onClick={() => logout.mutate(undefined, { onSettled: () => void navigate('/login', { replace: true }) })}>
        退出登录
      </Button>
    </AuthShell>
  );
}
