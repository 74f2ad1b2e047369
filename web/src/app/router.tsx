// The route table. Paths are Vietnamese (they show in the address bar); pages load lazily.
import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { ADMINS, REGISTRY_EDITORS } from '../lib/roles';
import LoginPage from '../features/session/components/LoginPage';
import { RequireAuth, RequireRole } from './RequireAuth';

import ChangePasswordPage from '../features/session/components/ChangePasswordPage';
const HomePage = lazy(() => import('../features/home/components/HomePage'));
const OrgBrowserPage = lazy(() => import('../features/units/components/OrgBrowserPage'));
const UnitCardDrawer = lazy(() => import('../features/units/components/UnitCardDrawer'));
const RegistryEditPage = lazy(() => import('../features/units/components/RegistryEditPage'));
const UsersPage = lazy(() => import('../features/users/components/UsersPage'));
const AuditPage = lazy(() => import('../features/audit/components/AuditPage'));
const NotFoundPage = lazy(() => import('./NotFoundPage'));

export const routes = [
  { path: '/dang-nhap', element: <LoginPage /> },
  { path: '/doi-mat-khau', element: <ChangePasswordPage /> },
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
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export const router = createBrowserRouter(routes);
