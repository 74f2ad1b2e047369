// The route table. Paths are Vietnamese (they show in the address bar); pages load lazily.
import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter } from 'react-router';
import { ADMINS, REGISTRY_EDITORS } from '../lib/roles';
import LoginPage from '../features/session/components/LoginPage';
import { RequireAuth, RequireRole } from './RequireAuth';
import { FullPageSpin } from '../components/FullPageSpin';

function Public({ children }: { children: ReactNode }) {
  return <Suspense fallback={<FullPageSpin />}>{children}</Suspense>;
}

import ChangePasswordPage from '../features/session/components/ChangePasswordPage';
const ForgotPasswordPage = lazy(() => import('../features/session/components/ForgotPasswordPage'));
const ResetPasswordPage = lazy(() => import('../features/session/components/ResetPasswordPage'));
const JobsPage = lazy(() => import('../features/jobs/components/JobsPage'));
const JobPage = lazy(() => import('../features/jobs/components/JobPage'));
const NotificationsPage = lazy(() => import('../features/notifications/components/NotificationsPage'));
const AccountPage = lazy(() => import('../features/account/components/AccountPage'));
const SchedulerPage = lazy(() => import('../features/scheduler/components/SchedulerPage'));
const HomePage = lazy(() => import('../features/home/components/HomePage'));
const OrgBrowserPage = lazy(() => import('../features/units/components/OrgBrowserPage'));
const UnitCardDrawer = lazy(() => import('../features/units/components/UnitCardDrawer'));
const RegistryEditPage = lazy(() => import('../features/units/components/RegistryEditPage'));
const UsersPage = lazy(() => import('../features/users/components/UsersPage'));
const AuditPage = lazy(() => import('../features/audit/components/AuditPage'));
const CalendarPage = lazy(() => import('../features/calendar/components/CalendarPage'));
const IndicatorsPage = lazy(() => import('../features/indicators/components/IndicatorsPage'));
const EnrolmentsPage = lazy(() => import('../features/indicators/components/EnrolmentsPage'));
const NotFoundPage = lazy(() => import('./NotFoundPage'));

export const routes = [
  { path: '/dang-nhap', element: <LoginPage /> },
  { path: '/doi-mat-khau', element: <ChangePasswordPage /> },
  // Public pages outside the app frame: they load lazily, so each sits in its own Suspense.
  { path: '/quen-mat-khau', element: <Public><ForgotPasswordPage /></Public> },
  // The e-mailed link (the server writes /reset-password?token=…).
  { path: '/reset-password', element: <Public><ResetPasswordPage /></Public> },
  {
    path: '/',
    element: <RequireAuth />,
    children: [
      { index: true, element: <HomePage /> },
      {
        path: 'to-chuc',
        element: <OrgBrowserPage />,
        children: [{ path: ':unitId', element: <UnitCardDrawer /> }],
      },
      {
        path: 'to-chuc/chinh-sua',
        element: (
          <RequireRole roles={REGISTRY_EDITORS}>
            <RegistryEditPage />
          </RequireRole>
        ),
      },
      {
        path: 'nguoi-dung',
        element: (
          <RequireRole roles={ADMINS}>
            <UsersPage />
          </RequireRole>
        ),
      },
      {
        path: 'nhat-ky',
        element: (
          <RequireRole roles={ADMINS}>
            <AuditPage />
          </RequireRole>
        ),
      },
      // The server links notifications to /jobs/{id}, hence English paths here.
      { path: 'jobs', element: <JobsPage /> },
      { path: 'jobs/:jobId', element: <JobPage /> },
      { path: 'notifications', element: <NotificationsPage /> },
      { path: 'tai-khoan', element: <AccountPage /> },
      {
        path: 'tac-vu-dinh-ky',
        element: (
          <RequireRole roles={ADMINS}>
            <SchedulerPage />
          </RequireRole>
        ),
      },
      { path: 'lich', element: <CalendarPage /> },
      { path: 'chi-tieu', element: <IndicatorsPage /> },
      { path: 'si-so', element: <EnrolmentsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export const router = createBrowserRouter(routes);
