import { lazy, Suspense, useState } from 'react';

const ChangePasswordModal = lazy(() => import('../features/auth/ChangePasswordModal'));
const TotpSettingsModal = lazy(() => import('../features/auth/TotpSettingsModal'));

export type AccountDialog = 'password' | 'totp';

/** The two account dialogs (修改密码, 动态口令), loaded on first use. */
export function useAccountDialogs() {
  const [dialog, setDialog] = useState<AccountDialog | null>(null);
  const close = () => setDialog(null);
  const element = (
    <Suspense fallback={null}>
      {dialog === 'password' && <ChangePasswordModal open onClose={close} />}
      {dialog === 'totp' && <TotpSettingsModal open onClose={close} />}
    </Suspense>
  );
  return { open: setDialog, element };
}
