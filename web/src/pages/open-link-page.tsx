// Where a notification e-mail's link lands (/open/needs/{id}, …): the resource's page for the
// reader's role, as the bell would open it; the role's home when there is none.
import { Navigate, useParams } from 'react-router-dom';
import { useMe } from '../auth/auth-context';
import { HOME_BY_ROLE } from '../auth/roles';
import { NOTIFIED_ROLES } from '../components/notification-bell';
import { notificationPath } from '../lib/market-format';

export function OpenLinkPage() {
  const me = useMe();
  const resource = `/${useParams()['*'] ?? ''}`;
  const role = me.roles.find((r) => NOTIFIED_ROLES.includes(r)) ?? me.roles[0];
  const home = role ? HOME_BY_ROLE[role] : '/';
  return <Navigate to={(role ? notificationPath(resource, home) : null) ?? home} replace />;
}
