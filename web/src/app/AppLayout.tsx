// The authenticated frame: header (app name, notification bell, language, user menu), the side menu
// of ./menu.ts filtered by the user's capabilities (a drawer on narrow screens), and the main region
// where lazy pages render.
import { IdcardOutlined, KeyOutlined, LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Drawer, Dropdown, Layout, Menu, type MenuProps } from 'antd';
import { Suspense, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { FullPageSpin } from '../components/FullPageSpin';
import { LanguageToggle } from '../components/LanguageToggle';
import { NotificationBell } from '../features/notifications/components/NotificationBell';
import { GlobalSearch } from '../features/search/components/GlobalSearch';
import { useLogout } from '../features/session/api/logout';
import { useCurrentUser } from '../lib/session/use-current-user';
import { useI18n } from '../lib/i18n';
import type { MenuEntry } from '../lib/menu';
import { useCan } from '../lib/session/capabilities';
import { useIsDesktop } from '../lib/use-media-query';
import { MENU } from './menu';

/** The nav entry whose path is the longest prefix of `pathname`; none for a page outside the menu (e.g. /tai-khoan). */
export function selectedPath(pathname: string, entries: readonly MenuEntry[]): string | null {
  if (pathname === '/') return '/';
  let best: string | null = null;
  for (const e of entries) {
    if (e.path === '/') continue;
    if ((pathname === e.path || pathname.startsWith(e.path + '/')) && e.path.length > (best?.length ?? 0)) best = e.path;
  }
  return best;
}

/** "ATGT Học đường" that breaks only after its first word on a phone: "ATGT" / "Học đường". */
function BrandName({ name }: { name: string }) {
  const cut = name.indexOf(' ');
  if (cut < 0) return <span>{name}</span>;
  return (
    <span>
      <span className="nowrap">{name.slice(0, cut)}</span> <span className="nowrap">{name.slice(cut + 1)}</span>
    </span>
  );
}

export function AppLayout() {
  const { t } = useI18n();
  const user = useCurrentUser();
  const location = useLocation();
  const navigate = useNavigate();
  const isDesktop = useIsDesktop();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const logout = useLogout();

  const can = useCan();
  const entries = MENU.filter((e) => !e.capability || can(e.capability));
  const selected = selectedPath(location.pathname, entries);

  const menu = (
    <nav aria-label={t('nav.main')}>
      <Menu
        mode="inline"
        selectedKeys={selected ? [selected] : []}
        items={entries.map((e) => ({ key: e.path, icon: e.icon, label: t(e.label) }))}
        onClick={({ key }) => {
          setDrawerOpen(false);
          navigate(key);
        }}
        className="app-menu"
      />
    </nav>
  );

  const userMenu: MenuProps = {
    items: [
      {
        key: 'unit',
        label: (
          <span className="user-menu-unit">
            <strong>{user.full_name}</strong>
            <br />
            {user.unit_name}
          </span>
        ),
        disabled: true,
      },
      { type: 'divider' },
      { key: 'account', icon: <IdcardOutlined aria-hidden />, label: t('nav.account') },
      { key: 'password', icon: <KeyOutlined aria-hidden />, label: t('nav.changePassword') },
      { key: 'logout', icon: <LogoutOutlined aria-hidden />, label: t('nav.logout') },
    ],
    onClick: ({ key }) => {
      if (key === 'account') navigate('/tai-khoan');
      if (key === 'password') navigate('/doi-mat-khau');
      // A promise chain, not mutate()'s callbacks: those are dropped when clearing the session
      // unmounts this layout first (seen with polling queries on the page). A full load of the
      // login page also drops every cached answer of the previous user.
      if (key === 'logout') {
        void logout
          .mutateAsync()
          .catch(() => undefined)
          .finally(() => window.location.replace('/dang-nhap'));
      }
    },
  };

  return (
    <Layout className="app-shell">
      <a className="skip-link" href="#main-content">
        {t('nav.skipToContent')}
      </a>
      <Layout.Header className="app-header">
        {!isDesktop && (
          <Button
            type="text"
            className="header-button"
            icon={<MenuOutlined aria-hidden />}
            aria-label={t('nav.openMenu')}
            aria-expanded={drawerOpen}
            onClick={() => setDrawerOpen(true)}
          />
        )}
        <Link to="/" className="app-brand">
          <img src="/favicon.svg" alt="" width={28} height={28} />
          <BrandName name={t('app.name')} />
        </Link>
        <div className="header-spacer" />
        <GlobalSearch />
        <NotificationBell />
        <LanguageToggle />
        <Dropdown menu={userMenu} trigger={['click']} placement="bottomRight">
          <Button type="text" className="header-button" icon={<UserOutlined aria-hidden />} aria-label={t('nav.userMenu', { name: user.full_name })}>
            <span className="header-user-name">{user.full_name}</span>
          </Button>
        </Dropdown>
      </Layout.Header>
      <Layout hasSider={isDesktop}>
        {isDesktop && (
          <Layout.Sider width={248} theme="light" className="app-sider">
            {menu}
          </Layout.Sider>
        )}
        {!isDesktop && (
          <Drawer
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            placement="left"
            size={280}
            title={t('app.name')}
            className="nav-drawer"
            styles={{ body: { padding: 0 } }}
          >
            {menu}
          </Drawer>
        )}
        <Layout.Content id="main-content" tabIndex={-1} className="app-content">
          <Suspense fallback={<FullPageSpin />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
