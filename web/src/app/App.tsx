import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useEffect } from 'react';
import { RouterProvider } from 'react-router-dom';
import { setSessionLostHandler } from '../api/client';
import { authKeys } from '../api/auth';
import { setLoginNotice } from './login-notice';
import { queryClient } from './query-client';
import { router } from './router';
import { theme } from './theme';

dayjs.locale('zh-cn');

export function App() {
  useEffect(() => {
    setSessionLostHandler((err) => {
      setLoginNotice(err.message);
      queryClient.setQueryData(authKeys.me, null);
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'auth' && q.queryKey[0] !== 'health' });
      if (router.state.location.pathname !== '/login') {
        void router.navigate('/login', { replace: true });
      }
    });
    return () => setSessionLostHandler(null);
  }, []);

  return (
    <ConfigProvider locale={zhCN} theme={theme}>
      <AntApp notification={{ placement: 'bottomRight' }}>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
