import { App } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import type { Me } from '../api/types';

const storageKey = 'kejiju.loginNotice';

export function clearLoginNoticeMark(): void {
  sessionStorage.removeItem(storageKey);
}

/** Once per sign-in: tells the user when and from where the account was last used (等保 要求). */
export function usePreviousLoginNotice(me: Me): void {
  const { notification } = App.useApp();
  useEffect(() => {
    const mark = `${me.id}|${me.previousLoginAt ?? 'first'}`;
    if (sessionStorage.getItem(storageKey) === mark) return;
    sessionStorage.setItem(storageKey, mark);
    const when = me.previousLoginAt ? dayjs(me.previousLoginAt).format('YYYY-MM-DD HH:mm:ss') : null;
    const expires = me.passwordExpiresAt ? dayjs(me.passwordExpiresAt) : null;
    const soon = expires && expires.diff(dayjs(), 'day') <= 7;
    notification.info({
      key: 'previous-login',
      title: `欢迎，${me.displayName}`,
      description: (
        <span data-testid="previous-login">
          {when ? `上次登录时间：${when}，上次登录IP：${me.previousLoginIp ?? '未知'}。如非本人操作，请立即修改密码。` : '这是您首次登录本系统。'}
          {soon && <><br />密码将于 {expires.format('YYYY-MM-DD')} 过期，请及时修改。</>}
        </span>
      ),
      duration: 8,
    });
  }, [me, notification]);
}
