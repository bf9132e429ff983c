import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter } from 'react-router-dom';
import { AppLayout } from './AppLayout';
import { FullPageSpin, RequireRoles, RequireSession, RequireStage } from './guards';
import { appModules } from './modules';
import { NotFound } from './NotFound';
import { RouteError } from './RouteError';

const LoginPage = lazy(() => import('../features/auth/LoginPage'));
const ForcedPasswordPage = lazy(() => import('../features/auth/ForcedPasswordPage'));
const TotpEnrolPage = lazy(() => import('../features/auth/TotpEnrolPage'));
const SelfCheckPage = lazy(() => import('../features/diagnosis/SelfCheckPage'));

const page = (node: ReactNode) => <Suspense fallback={<FullPageSpin />}>{node}</Suspense>;

export const router = createBrowserRouter([
  { path: '/login', element: page(<LoginPage />), errorElement: <RouteError /> },
  { path: '/self-check', element: page(<SelfCheckPage />), errorElement: <RouteError /> },
  {
    path: '/change-password',
    element: <RequireStage stage="password_change">{page(<ForcedPasswordPage />)}</RequireStage>,
    errorElement: <RouteError />,
  },
  {
    path: '/totp-enrol',
    element: <RequireStage stage="totp_enrolment">{page(<TotpEnrolPage />)}</RequireStage>,
    errorElement: <RouteError />,
  },
  {
    path: '/',
    element: <RequireSession><AppLayout /></RequireSession>,
    errorElement: <RouteError />,
    children: [
      ...appModules.map((m) => ({
        ...(m.path === '/' ? { index: true } : { path: m.nested ? `${m.path}/*` : m.path }),
        element: <RequireRoles roles={m.roles}>{page(<m.component />)}</RequireRoles>,
      })),
      { path: '*', element: <NotFound /> },
    ],
  },
]);
