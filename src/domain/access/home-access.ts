// Which home an actor may open: each role its own; the operator its own, and the park and
// institution homes across the whole platform. An enterprise home belongs to an enterprise user.
import { administeredParks, hasRole, isOperator, type Actor } from './actor.ts';
import type { Decision } from './policy.ts';

export const HOME_KINDS = ['operator', 'park', 'institution', 'enterprise'] as const;
export type HomeKind = (typeof HOME_KINDS)[number];

const ROLE_OF: Record<HomeKind, Parameters<typeof hasRole>[1]> = {
  operator: 'platform_operator',
  park: 'park_admin',
  institution: 'institution_officer',
  enterprise: 'enterprise_user',
};

export function mayReadHome(actor: Actor, kind: HomeKind): Decision {
  if (hasRole(actor, ROLE_OF[kind])) {
    const parks = administeredParks(actor);
    if (kind === 'park' && parks !== 'all' && parks.length === 0) return { allowed: false, reason: 'You administer no park' };
    return { allowed: true, reason: ROLE_OF[kind] };
  }
  if (isOperator(actor) && kind !== 'enterprise') return { allowed: true, reason: 'platform operator' };
  return { allowed: false, reason: `This is the home of another role (${ROLE_OF[kind]})` };
}
