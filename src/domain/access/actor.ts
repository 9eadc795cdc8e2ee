export type { Role } from '../../../shared/organisations.ts';
import type { Role } from '../../../shared/organisations.ts';

export interface Membership {
  role: Role;
  organisationId: string;
  organisationType: string;
  /** The park of a park operator or enterprise organisation. */
  parkId: string | null;
}

/** Who is acting: a signed-in user, or the system itself (CLI, seed, jobs). */
export interface Actor {
  kind: 'user' | 'system';
  userId: string | null;
  email: string | null;
  memberships: Membership[];
}

export const systemActor = (): Actor => ({
  kind: 'system',
  userId: null,
  email: 'system',
  memberships: [],
});

export const hasRole = (actor: Actor, role: Role) => actor.memberships.some((m) => m.role === role);

export const isOperator = (actor: Actor) => actor.kind === 'system' || hasRole(actor, 'platform_operator');

/** Parks whose data this actor may administer: every park, or the listed ones. */
export function administeredParks(actor: Actor): 'all' | string[] {
  if (isOperator(actor)) return 'all';
  return [
    ...new Set(actor.memberships.filter((m) => m.role === 'park_admin' && m.parkId).map((m) => m.parkId!)),
  ];
}

/** Organisations the actor belongs to as an officer or enterprise user. */
export const ownOrganisations = (actor: Actor) => actor.memberships.map((m) => m.organisationId);
