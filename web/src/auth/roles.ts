import type { Me, Role } from '../api/types';

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

/** Whether a path lies in one of the user's role areas (so a sign-in may return there). */
export function mayVisit(me: Me, pathname: string): boolean {
  return me.roles.some((role) => pathname === HOME_BY_ROLE[role] || pathname.startsWith(`${HOME_BY_ROLE[role]}/`));
}

export function hasRole(me: Me, ...roles: Role[]): boolean {
  return me.roles.some((role) => roles.includes(role));
}
