// The signed-in user, their organisation and role, their notification settings, and the way out.
import { KeyOutlined, LogoutOutlined, SettingOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useAuth, useMe } from '../auth/auth-context';
import { NOTIFICATION_SETTINGS_PATH } from '../auth/roles';
import { localName } from '../lib/format';
import './grid.css';
import './plain/plain.css';

export function UserBox() {
  const me = useMe();
  const { signOut } = useAuth();
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const role = me.roles[0];
  const organisation = me.organisation ? localName(me.organisation, i18n.language) : t('shell.noOrganisation');

  // The sign-in page then says the user has signed out.
  const logout = async () => {
    try {
      await signOut();
    } finally {
      navigate('/login', { replace: true });
    }
  };

  return (
    <div className="kj-user">
      <span className="kj-avatar" aria-hidden>
        <UserOutlined />
      </span>
      <div className="kj-user-text kj-md-only">
        <span data-testid="current-user">{me.user.displayName}</span>
        <span data-testid="current-org">
          {organisation}
          {role ? ` · ${t(`roles.${role}`)}` : ''}
        </span>
      </div>
      <button
        type="button"
        className="kj-icon-btn"
        data-testid="user-notification-settings"
        aria-label={t('notifications.settings')}
        title={t('notifications.settings')}
        onClick={() => navigate(NOTIFICATION_SETTINGS_PATH)}
      >
        <SettingOutlined aria-hidden />
      </button>
      <button
        type="button"
        className="kj-icon-btn"
        data-testid="user-change-password"
        aria-label={t('accounts.changeTitle')}
        title={t('accounts.changeTitle')}
        onClick={() => navigate('/settings/password')}
      >
        <KeyOutlined aria-hidden />
      </button>
      <button type="button" className="kj-icon-btn" data-testid="logout" aria-label={t('shell.logout')} title={t('shell.logout')} onClick={() => void logout()}>
        <LogoutOutlined aria-hidden />
        <span className="kj-md-only">{t('shell.logout')}</span>
      </button>
    </div>
  );
}
