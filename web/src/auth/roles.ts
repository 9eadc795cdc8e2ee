import type { Me, Role } from '../api/types';
import { APPLICATIONS_AREA, LOANS_AREA } from '../lib/workflow-paths';

export const HOME_BY_ROLE: Record<Role, string> = {
  platform_operator: '/operator',
  park_admin: '/park',
  institution_officer: '/institution',
  enterprise_user: '/enterprise',
};

/** The home of the user's first role, or null when the account has no role yet. */
export function homeFor(me: Me): string | null {
  const role = me.roles[0];
  return role ? HOME_BY_ROLE[role] : null;
}

/** Pages of every signed-in user, outside the role areas: their settings, links from e-mails, and one application or loan. */
export const SHARED_AREAS = ['/settings', '/open', APPLICATIONS_AREA, LOANS_AREA];
export const NOTIFICATION_SETTINGS_PATH = '/settings/notifications';

const within = (pathname: string, base: string) => pathname === base || pathname.startsWith(`${base}/`);

/** Whether a path lies in one of the user's role areas or the shared ones (so a sign-in may return there). */
export function mayVisit(me: Me, pathname: string): boolean {
  return SHARED_AREAS.some((base) => within(pathname, base)) || me.roles.some((role) => within(pathname, HOME_BY_ROLE[role]));
}

export function hasRole(me: Me, ...roles: Role[]): boolean {
  return me.roles.some((role) => roles.includes(role));
}
