// The frame around every signed-in page: header, side menu, content.
import { Suspense, useState, type ReactNode } from 'react';
import { Flex, Layout, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router-dom';
import { Brand } from './brand';
import { HEADER_BACKGROUND } from './colors';
import { FullPageSpin } from './full-page-spin';
import { LangSwitch } from './lang-switch';
import { NOTIFIED_ROLES, NotificationBell } from './notification-bell';
import { SideNav } from './side-nav';
import { UserBox } from './user-box';
import { useMe } from '../auth/auth-context';

export { HEADER_BACKGROUND } from './colors';

export function AppShell({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  // Collapsed from the first render on a narrow screen (the Sider's own breakpoint would collapse it
  // only after mounting, moving the page sideways).
  const [collapsed, setCollapsed] = useState(() => window.matchMedia?.('(max-width: 991.98px)').matches ?? false);
  const notified = useMe().roles.some((role) => NOTIFIED_ROLES.includes(role));

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          background: HEADER_BACKGROUND,
          paddingInline: 16,
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          gap: 16,
          position: 'sticky',
          top: 0,
          zIndex: 10,
        }}
      >
        <Link to="/">
          <Brand onDark />
        </Link>
        <Flex align="center" gap={8}>
          {notified ? <NotificationBell /> : null}
          <LangSwitch onDark />
          <UserBox />
        </Flex>
      </Layout.Header>
      <Layout>
        <Layout.Sider
          width={216}
          theme="light"
          breakpoint="lg"
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          style={{ borderInlineEnd: `1px solid ${token.colorBorderSecondary}` }}
        >
          <nav aria-label={t('shell.home')} style={{ paddingTop: 8 }}>
            <SideNav />
          </nav>
        </Layout.Sider>
        {/* At least the screen's height, so the footer stays put while the page's content arrives. */}
        <Layout style={{ minHeight: 'calc(100vh - 64px)' }}>
          <Layout.Content style={{ padding: 24 }}>
            <div style={{ maxWidth: 1400, margin: '0 auto' }}>
              {children ?? (
                <Suspense fallback={<FullPageSpin />}>
                  <Outlet />
                </Suspense>
              )}
            </div>
          </Layout.Content>
          <Layout.Footer style={{ textAlign: 'center', color: token.colorTextTertiary, paddingBlock: 16 }}>
            {t('app.footer')}
          </Layout.Footer>
        </Layout>
      </Layout>
    </Layout>
  );
}
