// The frame around every signed-in page: header, side menu, content. Plain elements and plain.css,
// not antd: a home then loads no antd at all, and a page that uses antd loads it inside this frame
// (components/antd-area.tsx).
import { MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Suspense, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router-dom';
import { Brand } from './brand';
import { LangSwitch } from './lang-switch';
import { NOTIFIED_ROLES, NotificationBell } from './notification-bell';
import { PlainSpin } from './plain-spin';
import { SideNav } from './side-nav';
import { UserBox } from './user-box';
import { useMe } from '../auth/auth-context';
import './plain/plain.css';

/** Below antd's `lg` breakpoint the side menu shows icons only. */
const NARROW = '(max-width: 991.98px)';

/** Collapsed from the first render on a narrow screen (nothing moves sideways after mounting), and
 *  again whenever the window narrows past the breakpoint; the user may open or close it at will. */
function useCollapsed(): [boolean, (next: boolean) => void] {
  const [collapsed, setCollapsed] = useState(() => window.matchMedia?.(NARROW).matches ?? false);
  useEffect(() => {
    const query = window.matchMedia?.(NARROW);
    if (!query) return;
    const follow = (event: MediaQueryListEvent) => setCollapsed(event.matches);
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, []);
  return [collapsed, setCollapsed];
}

export function AppShell({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  const [collapsed, setCollapsed] = useCollapsed();
  const notified = useMe().roles.some((role) => NOTIFIED_ROLES.includes(role));

  return (
    <div className="kj-app">
      <header className="kj-header">
        <Link to="/" className="kj-brand-link">
          <Brand onDark />
        </Link>
        <div className="kj-header-tools">
          {notified ? <NotificationBell /> : null}
          <LangSwitch onDark />
          <UserBox />
        </div>
      </header>
      <div className="kj-body">
        <aside className={collapsed ? 'kj-sider kj-collapsed' : 'kj-sider'} data-testid="side-menu">
          <nav aria-label={t('shell.menu')}>
            <SideNav collapsed={collapsed} />
          </nav>
          <button
            type="button"
            className="kj-sider-toggle"
            aria-expanded={!collapsed}
            aria-label={collapsed ? t('shell.expandMenu') : t('shell.collapseMenu')}
            title={collapsed ? t('shell.expandMenu') : t('shell.collapseMenu')}
            onClick={() => setCollapsed(!collapsed)}
          >
            {collapsed ? <MenuUnfoldOutlined aria-hidden /> : <MenuFoldOutlined aria-hidden />}
          </button>
        </aside>
        {/* At least the screen's height, so the footer stays put while the page's content arrives. */}
        <div className="kj-main">
          <main className="kj-content">
            <div className="kj-content-inner">
              {children ?? (
                <Suspense fallback={<PlainSpin />}>
                  <Outlet />
                </Suspense>
              )}
            </div>
          </main>
          <footer className="kj-footer">{t('app.footer')}</footer>
        </div>
      </div>
    </div>
  );
}
