// The bell in the header: the organisation's unread notifications, newest first; opening one marks it
// read and goes where it leads. Checked again every minute and whenever the list is opened. Drawn
// with plain elements, like the rest of the frame; the panel closes on Escape or a click outside it.
import { BellOutlined, SettingOutlined } from '@ant-design/icons';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { listNotifications, markAllNotificationsRead, markNotificationRead, type Notification } from '../api/notifications';
import type { Role } from '../api/types';
import { HOME_BY_ROLE, NOTIFICATION_SETTINGS_PATH } from '../auth/roles';
import { useMe } from '../auth/auth-context';
import { errorMessage } from '../lib/api-errors';
import { formatDateTime } from '../lib/format';
import { notificationPath } from '../lib/market-format';
import { useAsync } from '../lib/use-async';
import { Button, Empty } from './plain';

const POLL_MS = 60_000;
/** The roles that receive notifications (the policy's notification.read). */
export const NOTIFIED_ROLES: readonly Role[] = ['park_admin', 'institution_officer', 'enterprise_user'];

function NotificationList({ items, onOpen }: { items: Notification[]; onOpen: (n: Notification) => void }) {
  const { t, i18n } = useTranslation();
  if (!items.length) return <Empty>{t('notifications.empty')}</Empty>;
  return (
    <ul className="kj-list">
      {items.map((n) => (
        <li key={n.id} data-testid="notification">
          <button type="button" className={n.readAt ? 'kj-notice' : 'kj-notice kj-notice-unread'} onClick={() => onOpen(n)}>
            <span className="kj-dot" aria-hidden />
            <span>
              <span className="kj-notice-title">{n.title}</span>
              <span className="kj-muted">{formatDateTime(n.createdAt, i18n.language)}</span>
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}

export function NotificationBell() {
  const me = useMe();
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const panelId = useId();
  const box = useRef<HTMLDivElement>(null);
  const bell = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [tick, setTick] = useState(0);
  const [failure, setFailure] = useState<unknown>(null);
  const role = me.roles.find((r) => NOTIFIED_ROLES.includes(r));
  const notifications = useAsync((signal) => listNotifications({ pageSize: 20, lang: i18n.language }, signal), [i18n.language, tick]);

  useEffect(() => {
    const timer = window.setInterval(() => setTick((n) => n + 1), POLL_MS);
    return () => window.clearInterval(timer);
  }, []);

  useEffect(() => {
    if (!open) return;
    const outside = (event: PointerEvent) => {
      if (!box.current?.contains(event.target as Node)) setOpen(false);
    };
    const escape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      bell.current?.focus();
    };
    document.addEventListener('pointerdown', outside);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('pointerdown', outside);
      document.removeEventListener('keydown', escape);
    };
  }, [open]);

  const act = async (action: () => Promise<void>) => {
    setFailure(null);
    try {
      await action();
      setTick((n) => n + 1);
    } catch (error) {
      setFailure(error);
    }
  };
  const openOne = (n: Notification) => {
    const path = role ? notificationPath(n.link, HOME_BY_ROLE[role]) : null;
    if (!n.readAt) void act(() => markNotificationRead(n.id));
    setOpen(false);
    if (path) navigate(path);
  };
  const toggle = () => {
    setOpen(!open);
    if (!open) {
      setFailure(null);
      setTick((n) => n + 1);
    }
  };

  const unread = notifications.data?.unread ?? 0;
  return (
    <div ref={box} style={{ position: 'relative' }}>
      <button
        ref={bell}
        type="button"
        className="kj-icon-btn"
        aria-label={t('notifications.label', { count: unread })}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        title={t('notifications.title')}
        data-testid="notification-bell"
        onClick={toggle}
      >
        <BellOutlined aria-hidden />
        {unread ? (
          <span className="kj-count" data-testid="notification-unread">
            {unread > 99 ? '99+' : unread}
          </span>
        ) : null}
      </button>
      {open ? (
        <div id={panelId} className="kj-popover" role="dialog" aria-label={t('notifications.title')}>
          <div className="kj-popover-head">
            <span>{t('notifications.title')}</span>
            <div>
              <Button variant="link" size="small" disabled={!unread} onClick={() => void act(markAllNotificationsRead)} data-testid="notifications-read-all">
                {t('notifications.markAll')}
              </Button>
              <Button
                variant="text"
                size="small"
                aria-label={t('notifications.settings')}
                title={t('notifications.settings')}
                data-testid="notification-settings-link"
                onClick={() => {
                  setOpen(false);
                  navigate(NOTIFICATION_SETTINGS_PATH);
                }}
              >
                <SettingOutlined aria-hidden />
              </Button>
            </div>
          </div>
          {failure ? (
            <div className="kj-danger" role="alert" style={{ marginBottom: 8 }}>
              {errorMessage(t, failure)}
            </div>
          ) : null}
          <div data-testid="notification-list">
            <NotificationList items={notifications.data?.items ?? []} onOpen={openOne} />
          </div>
        </div>
      ) : null}
    </div>
  );
}
