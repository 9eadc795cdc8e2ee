// The bell in the header: the organisation's unread notifications, newest first; opening one marks it
// read and goes where it leads. Checked again every minute and whenever the list is opened.
import { BellOutlined, SettingOutlined } from '@ant-design/icons';
import { App, Badge, Button, Empty, Flex, List, Popover, Typography } from 'antd';
import { useEffect, useState } from 'react';
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

const POLL_MS = 60_000;
/** The roles that receive notifications (the policy's notification.read). */
export const NOTIFIED_ROLES: readonly Role[] = ['park_admin', 'institution_officer', 'enterprise_user'];

function NotificationList({ items, onOpen }: { items: Notification[]; onOpen: (n: Notification) => void }) {
  const { t, i18n } = useTranslation();
  if (!items.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />;
  return (
    <List<Notification>
      size="small"
      dataSource={items}
      style={{ maxHeight: 420, overflowY: 'auto' }}
      renderItem={(n) => (
        <List.Item onClick={() => onOpen(n)} style={{ cursor: 'pointer', paddingInline: 4 }} data-testid="notification">
          <List.Item.Meta
            avatar={<Badge status={n.readAt ? 'default' : 'processing'} />}
            title={<Typography.Text strong={!n.readAt}>{n.title}</Typography.Text>}
            description={formatDateTime(n.createdAt, i18n.language)}
          />
        </List.Item>
      )}
    />
  );
}

export function NotificationBell() {
  const me = useMe();
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [tick, setTick] = useState(0);
  const role = me.roles.find((r) => NOTIFIED_ROLES.includes(r));
  const notifications = useAsync((signal) => listNotifications({ pageSize: 20, lang: i18n.language }, signal), [i18n.language, tick]);

  useEffect(() => {
    const timer = window.setInterval(() => setTick((n) => n + 1), POLL_MS);
    return () => window.clearInterval(timer);
  }, []);

  const act = async (action: () => Promise<void>) => {
    try {
      await action();
      setTick((n) => n + 1);
    } catch (error) {
      message.error(errorMessage(t, error));
    }
  };
  const openOne = (n: Notification) => {
    const path = role ? notificationPath(n.link, HOME_BY_ROLE[role]) : null;
    if (!n.readAt) void act(() => markNotificationRead(n.id));
    setOpen(false);
    if (path) navigate(path);
  };

  const unread = notifications.data?.unread ?? 0;
  const content = (
    <div style={{ width: 340 }} data-testid="notification-list">
      <NotificationList items={notifications.data?.items ?? []} onOpen={openOne} />
    </div>
  );
  const title = (
    <Flex justify="space-between" align="center">
      <span>{t('notifications.title')}</span>
      <Flex align="center">
        <Button type="link" size="small" disabled={!unread} onClick={() => void act(markAllNotificationsRead)} data-testid="notifications-read-all">
          {t('notifications.markAll')}
        </Button>
        <Button
          type="text"
          size="small"
          icon={<SettingOutlined />}
          aria-label={t('notifications.settings')}
          title={t('notifications.settings')}
          data-testid="notification-settings-link"
          onClick={() => {
            setOpen(false);
            navigate(NOTIFICATION_SETTINGS_PATH);
          }}
        />
      </Flex>
    </Flex>
  );
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) setTick((n) => n + 1);
      }}
      title={title}
      content={content}
    >
      <Button
        type="text"
        aria-label={t('notifications.label', { count: unread })}
        title={t('notifications.title')}
        style={{ color: 'rgba(255,255,255,0.88)' }}
        data-testid="notification-bell"
        icon={
          <Badge count={unread} size="small" offset={[2, -2]} data-testid="notification-unread">
            <BellOutlined style={{ color: 'rgba(255,255,255,0.88)', fontSize: 16 }} />
          </Badge>
        }
      />
    </Popover>
  );
}
