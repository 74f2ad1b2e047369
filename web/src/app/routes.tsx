// The route table. Paths are Vietnamese (they show in the address bar); pages load lazily. A page of
// the side menu is guarded by the capability of its menu entry (./menu.ts), so menu and route agree.
import { lazy, Suspense, type ReactNode } from 'react';
import { Skeleton } from 'antd';
import type { RouteObject } from 'react-router';
import LoginPage from '../features/session/components/LoginPage';
import ChangePasswordPage from '../features/session/components/ChangePasswordPage';
import { FullPageSpin } from '../components/FullPageSpin';
import { menuEntry } from './menu';
import { RequireAuth, RequireCapability } from './RequireAuth';

function Public({ children }: { children: ReactNode }) {
  return <Suspense fallback={<FullPageSpin />}>{children}</Suspense>;
}

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
const UnitChangesPage = lazy(() => import('../features/units/components/UnitChangesPage'));
const UnverifiedEventsPage = lazy(() => import('../features/units/components/UnverifiedEventsPage'));
const UsersPage = lazy(() => import('../features/users/components/UsersPage'));
const AuditPage = lazy(() => import('../features/audit/components/AuditPage'));
const CalendarPage = lazy(() => import('../features/calendar/components/CalendarPage'));
const ViolationCodesPage = lazy(() => import('../features/legal/components/ViolationCodesPage'));
const ViolationsPage = lazy(() => import('../features/violations/components/ViolationsPage'));
const RecordViolationPage = lazy(() => import('../features/violations/components/RecordViolationPage'));
const ImportViolationsPage = lazy(() => import('../features/violations/components/ImportViolationsPage'));
const NoticesPage = lazy(() => import('../features/notices/components/NoticesPage'));
const NoticePage = lazy(() => import('../features/notices/components/NoticePage'));
const ViolationStatsPage = lazy(() => import('../features/violation-stats/components/ViolationStatsPage'));
const AccidentsPage = lazy(() => import('../features/accidents/components/AccidentsPage'));
const PrivacyRequestsPage = lazy(() => import('../features/privacy/components/PrivacyRequestsPage'));
const BreachesPage = lazy(() => import('../features/breaches/components/BreachesPage'));
const PrivacyRegisterPage = lazy(() => import('../features/privacy-register/components/PrivacyRegisterPage'));
const MatchQueuePage = lazy(() => import('../features/notices/components/MatchQueuePage'));
const IndicatorsPage = lazy(() => import('../features/indicators/components/IndicatorsPage'));
const EnrolmentsPage = lazy(() => import('../features/enrolments/components/EnrolmentsPage'));
const DocumentsPage = lazy(() => import('../features/documents/components/DocumentsPage'));
const DocumentPage = lazy(() => import('../features/documents/components/DocumentPage'));
const DocumentEditorPage = lazy(() => import('../features/documents/components/DocumentEditorPage'));
const DocumentRegistersPage = lazy(() => import('../features/documents/components/RegistersPage'));
const DocumentSettingsPage = lazy(() => import('../features/documents/components/SettingsPage'));
const TasksPage = lazy(() => import('../features/plans/components/TasksPage'));
const PlanPage = lazy(() => import('../features/plans/components/PlanPage'));
const AssignmentDrawer = lazy(() => import('../features/plans/components/AssignmentDrawer'));
const StudentsPage = lazy(() => import('../features/students/components/StudentsPage'));
const StudentImportPage = lazy(() => import('../features/students/components/StudentImportPage'));
const CommitmentsPage = lazy(() => import('../features/students/components/CommitmentsPage'));
const UnsignedPrintPage = lazy(() => import('../features/students/components/UnsignedPrintPage'));
const CommitmentImportPage = lazy(() => import('../features/students/components/CommitmentImportPage'));
const NotFoundPage = lazy(() => import('./NotFoundPage'));
// Parts of one feature shown on another's page: loaded with that page, each in its own Suspense.
const NotificationPrefsForm = lazy(() => import('../features/notifications/components/NotificationPrefsForm').then((m) => ({ default: m.NotificationPrefsForm })));
const UnitDocuments = lazy(() => import('../features/files/components/UnitDocuments').then((m) => ({ default: m.UnitDocuments })));

function Part({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Skeleton active paragraph={{ rows: 1 }} />}>{children}</Suspense>;
}

/** The route of the menu entry at `path` (absolute), guarded by the entry's capability. */
function menuPage(path: string, page: ReactNode, children?: RouteObject[]): RouteObject {
  const entry = menuEntry(path);
  if (!entry) throw new Error(`No menu entry for ${path}`);
  const element = entry.capability ? <RequireCapability capability={entry.capability}>{page}</RequireCapability> : page;
  if (path === '/') return { index: true, element };
  return { path: path.slice(1), element, children };
}

export const routes: RouteObject[] = [
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
      menuPage('/', <HomePage />),
      menuPage('/to-chuc', <OrgBrowserPage />, [
        { path: ':unitId', element: <UnitCardDrawer documents={(unitId) => <Part><UnitDocuments unitId={unitId} /></Part>} /> },
      ]),
      menuPage('/to-chuc/chinh-sua', <RegistryEditPage />),
      menuPage('/to-chuc/thay-doi', <UnitChangesPage />),
      menuPage('/to-chuc/chua-xac-minh', <UnverifiedEventsPage />),
      menuPage('/nguoi-dung', <UsersPage />),
      menuPage('/nhat-ky', <AuditPage />),
      // The server links notifications to /jobs/{id}, hence English paths here.
      menuPage('/jobs', <JobsPage />),
      { path: 'jobs/:jobId', element: <JobPage /> },
      menuPage('/notifications', <NotificationsPage />),
      { path: 'tai-khoan', element: <AccountPage notificationPrefs={<Part><NotificationPrefsForm /></Part>} /> },
      menuPage('/tac-vu-dinh-ky', <SchedulerPage />),
      menuPage('/lich', <CalendarPage />),
      menuPage('/ma-vi-pham', <ViolationCodesPage />),
      menuPage('/vi-pham', <ViolationsPage />),
      menuPage('/vi-pham/ghi-nhan', <RecordViolationPage />),
      menuPage('/vi-pham/nhap', <ImportViolationsPage />),
      // Notices to schools (the notifications link to /thong-bao-vi-pham/{id}) and the review queue of uncertain matches.
      menuPage('/thong-bao-vi-pham', <NoticesPage />),
      { path: 'thong-bao-vi-pham/:noticeId', element: <RequireCapability capability="view_notices"><NoticePage /></RequireCapability> },
      menuPage('/doi-chieu-vi-pham', <MatchQueuePage />),
      menuPage('/thong-ke-vi-pham', <ViolationStatsPage />),
      menuPage('/tai-nan', <AccidentsPage />),
      menuPage('/yeu-cau-du-lieu', <PrivacyRequestsPage />),
      menuPage('/su-co-du-lieu', <BreachesPage />),
      menuPage('/xu-ly-du-lieu-ca-nhan', <PrivacyRegisterPage />),
      menuPage('/chi-tieu', <IndicatorsPage />),
      menuPage('/si-so', <EnrolmentsPage />),
      // Official documents: /van-ban?hop=den (the inbox) and ?hop=cho-xu-ly (awaiting my step) are the home page's links.
      menuPage('/van-ban', <DocumentsPage />),
      menuPage('/van-ban/den', <DocumentsPage box="inbox" />),
      menuPage('/van-ban/so', <DocumentRegistersPage />),
      menuPage('/van-ban/thiet-lap', <DocumentSettingsPage />),
      { path: 'van-ban/moi', element: <RequireCapability capability="draft_documents"><DocumentEditorPage /></RequireCapability> },
      { path: 'van-ban/:documentId', element: <DocumentPage /> },
      { path: 'van-ban/:documentId/sua', element: <RequireCapability capability="draft_documents"><DocumentEditorPage /></RequireCapability> },
      // Plans and their tasks: the unit's assignments (the home page's link), a plan with its matrix; both open an assignment in a drawer.
      menuPage('/nhiem-vu', <TasksPage />, [{ path: ':assignmentId', element: <Part><AssignmentDrawer /></Part> }]),
      { path: 'ke-hoach/:planId', element: <PlanPage />, children: [{ path: 'nhiem-vu/:assignmentId', element: <Part><AssignmentDrawer /></Part> }] },
      // Students, the roster import and commitments; the print page of who has not signed and the commitments import are opened from /cam-ket.
      menuPage('/hoc-sinh', <StudentsPage />),
      menuPage('/hoc-sinh/nhap', <StudentImportPage />),
      menuPage('/cam-ket', <CommitmentsPage />),
      { path: 'cam-ket/chua-ky', element: <RequireCapability capability="view_students"><UnsignedPrintPage /></RequireCapability> },
      { path: 'cam-ket/nhap', element: <RequireCapability capability="record_commitments"><CommitmentImportPage /></RequireCapability> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
