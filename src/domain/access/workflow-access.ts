// Who acts on and who sees the financing workflow: which side of an application an actor moves it
// from, the enterprise an actor applies for, and the rows of applications, loans and signals an
// actor may list, as a pure scope value the repositories turn into SQL.
import { administeredParks, hasRole, isOperator, ownOrganisations, type Actor } from './actor.ts';

export type WorkflowMover = 'enterprise' | 'institution';

/** Which side of the application the actor is on, or null (other institutions, parks, operators). */
export function applicationMover(actor: Actor, parties: { enterpriseId: string; institutionId: string }): WorkflowMover | null {
  const own = ownOrganisations(actor);
  if (own.includes(parties.institutionId) && hasRole(actor, 'institution_officer')) return 'institution';
  if (own.includes(parties.enterpriseId) && hasRole(actor, 'enterprise_user')) return 'enterprise';
  return null;
}

/** The enterprise an actor applies for financing as (its own), or null when it is none's user. */
export function ownEnterprise(actor: Actor): string | null {
  return actor.memberships.find((m) => m.role === 'enterprise_user')?.organisationId ?? null;
}

/** Which rows of a workflow list an actor sees. */
export type WorkflowScope =
  | { kind: 'all' }
  | { kind: 'institution'; ids: string[] }
  | { kind: 'enterprise'; ids: string[] }
  | { kind: 'park'; ids: string[] }
  /** Signals: an officer's institutions' and an administrator's parks' together. */
  | { kind: 'institution_or_park'; institutionIds: string[]; parkIds: string[] }
  | { kind: 'none' };

const officerOf = (actor: Actor) => actor.memberships.filter((m) => m.role === 'institution_officer').map((m) => m.organisationId);

/** Applications and loans: the operator all, an officer the institution's, an enterprise its own, a park administrator the parks'. */
export function partyScope(actor: Actor): WorkflowScope {
  if (isOperator(actor)) return { kind: 'all' };
  if (hasRole(actor, 'institution_officer')) return { kind: 'institution', ids: officerOf(actor) };
  if (hasRole(actor, 'enterprise_user')) return { kind: 'enterprise', ids: ownOrganisations(actor) };
  const parks = administeredParks(actor);
  if (parks === 'all') return { kind: 'all' };
  return parks.length ? { kind: 'park', ids: parks } : { kind: 'none' };
}

/** Signals go to lenders and parks: an officer's institutions' and an administrator's parks'. */
export function signalScope(actor: Actor): WorkflowScope {
  if (isOperator(actor)) return { kind: 'all' };
  const institutionIds = officerOf(actor);
  const parks = administeredParks(actor);
  const parkIds = parks === 'all' ? [] : parks;
  if (!institutionIds.length && !parkIds.length) return { kind: 'none' };
  if (!parkIds.length) return { kind: 'institution', ids: institutionIds };
  if (!institutionIds.length) return { kind: 'park', ids: parkIds };
  return { kind: 'institution_or_park', institutionIds, parkIds };
}
