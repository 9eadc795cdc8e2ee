// The signed-in user, their organisation and role, their notification settings, and the way out.
import { KeyOutlined, LogoutOutlined, SettingOutlined, UserOutlined } from '@ant-design/icons';
import { App, Avatar, Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useAuth, useMe } from '../auth/auth-context';
import { NOTIFICATION_SETTINGS_PATH } from '../auth/roles';
import { localName } from '../lib/format';
import './grid.css';

export function UserBox() {
  const me = useMe();
  const { signOut } = useAuth();
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const role = me.roles[0];
  const organisation = me.organisation ? localName(me.organisation, i18n.language) : t('shell.noOrganisation');

  const logout = async () => {
    try {
      await signOut();
      message.success(t('shell.loggedOut'));
    } finally {
      navigate('/login', { replace: true });
    }
  };

  return (
    <Flex align="center" gap={12}>
      <Avatar icon={<UserOutlined />} style={{ background: '#2f6fd6' }} />
      <Flex vertical className="kj-md-only" style={{ lineHeight: 1.3, maxWidth: 280 }}>
        <Typography.Text style={{ color: '#fff' }} ellipsis data-testid="current-user">
          {me.user.displayName}
        </Typography.Text>
        <Typography.Text style={{ color: 'rgba(255,255,255,0.7)', fontSize: 12 }} ellipsis data-testid="current-org">
          {organisation}
          {role ? ` · ${t(`roles.${role}`)}` : ''}
        </Typography.Text>
      </Flex>
      <Button
        type="text"
        icon={<SettingOutlined />}
        data-testid="user-notification-settings"
        aria-label={t('notifications.settings')}
        title={t('notifications.settings')}
        style={{ color: 'rgba(255,255,255,0.88)' }}
        onClick={() => navigate(NOTIFICATION_SETTINGS_PATH)}
      />
      <Button
        type="text"
        icon={<KeyOutlined />}
        data-testid="user-change-password"
        aria-label={t('accounts.changeTitle')}
        title={t('accounts.changeTitle')}
        style={{ color: 'rgba(255,255,255,0.88)' }}
        onClick={() => navigate('/settings/password')}
      />
      <Button
        type="text"
        icon={<LogoutOutlined />}
        data-testid="logout"
        aria-label={t('shell.logout')}
        title={t('shell.logout')}
        style={{ color: 'rgba(255,255,255,0.88)' }}
        onClick={() => void logout()}
      >
        <span className="kj-md-only">{t('shell.logout')}</span>
      </Button>
    </Flex>
  );
}
