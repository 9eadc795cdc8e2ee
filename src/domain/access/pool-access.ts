// Who acts on risk compensation pools: the park administrators of the owning park manage a pool
// and review its claims (the operator any pool, and alone a city-wide one); a partner institution's
// officers register its loans and file and follow its claims; a contributing institution reads the
// pool. Everyone else is refused.
import { administeredParks, hasRole, isOperator, ownOrganisations, type Actor } from './actor.ts';
import { decide } from './policy.ts';
import type { PoolClaimMover } from '../policy/pool-claims.ts';

/** What access needs to know of a pool: its park and the institutions party to it. */
export interface PoolResource {
  parkId: string | null;
  partnerIds: readonly string[];
  /** Contributors that are institutions on the platform (their organisation ids). */
  contributorIds: readonly string[];
}

/** Whether the actor manages a pool owned by the park (null: city-wide, the operator's). */
export function managesPool(actor: Actor, parkId: string | null): boolean {
  if (isOperator(actor)) return true;
  if (parkId === null || !hasRole(actor, 'park_admin')) return false;
  const parks = administeredParks(actor);
  return parks === 'all' || parks.includes(parkId);
}

/** Whether the actor reads the pool: its park's administrators, its partners and contributing institutions, the operator. */
export function seesPool(actor: Actor, pool: PoolResource): boolean {
  if (managesPool(actor, pool.parkId)) return true;
  if (!hasRole(actor, 'institution_officer')) return false;
  return decide(actor, 'pool.read', { parties: [...pool.partnerIds, ...pool.contributorIds] }).allowed;
}

/** The partner institution the actor acts for in the pool, or null. */
export function partnerOf(actor: Actor, pool: Pick<PoolResource, 'partnerIds'>): string | null {
  if (!hasRole(actor, 'institution_officer')) return null;
  const own = actor.memberships.filter((m) => m.role === 'institution_officer').map((m) => m.organisationId);
  return pool.partnerIds.find((p) => own.includes(p)) ?? null;
}

/** Which side of a pool claim the actor moves it from: the administrator (the pool's park), the partner that filed it, or null. */
export function poolClaimMover(actor: Actor, claim: { parkId: string | null; partnerId: string }): PoolClaimMover | null {
  if (managesPool(actor, claim.parkId)) return 'administrator';
  if (hasRole(actor, 'institution_officer') && ownOrganisations(actor).includes(claim.partnerId)) return 'partner';
  return null;
}

/** Whether the actor reads one claim: the pool's administrators and the claiming partner (other partners see only the pool's figures). */
export function seesPoolClaim(actor: Actor, claim: { parkId: string | null; partnerId: string }): boolean {
  return poolClaimMover(actor, claim) !== null;
}

/** Whether the actor confirms or declines a registration proposed for the partner's loan: the partner bank's officers (the operator on its behalf). */
export function confirmsRegistration(actor: Actor, registration: { partnerId: string }): boolean {
  return decide(actor, 'pool.confirm', { parties: [registration.partnerId] }).allowed;
}
