// What of the audit trail an actor reads: the operator all of it with people named, a park
// administrator the events of the parks they run, where people outside their own organisation
// are shown as the organisation that acted (as an application's timeline shows them) and client
// addresses are left out.
import { administeredParks, isOperator, ownOrganisations, type Actor } from './actor.ts';

export interface AuditScope {
  parks: 'all' | string[];
  /** Organisations whose people this actor sees by name and e-mail (null: everyone's). */
  namedOrganisations: string[] | null;
  clientAddresses: boolean;
}

export function auditScope(actor: Actor): AuditScope {
  if (isOperator(actor)) return { parks: 'all', namedOrganisations: null, clientAddresses: true };
  return { parks: administeredParks(actor), namedOrganisations: ownOrganisations(actor), clientAddresses: false };
}

/** Whether the actor sees this event's person (else the organisation they acted for). */
export const seesPerson = (scope: AuditScope, actorOrganisations: readonly string[]) =>
  scope.namedOrganisations === null || actorOrganisations.some((o) => scope.namedOrganisations!.includes(o));
