// Who sees which products, and which of their park requests. Institutions see their own products
// in any status and everyone's published ones; park administrators see what was asked of their
// parks; enterprises see published products approved in their park; the operator sees all.
import { administeredParks, isOperator, type Actor } from './actor.ts';

/** Who sees which products; a product visible under any clause is listed. */
export type ProductVisibility =
  | 'all'
  | {
      /** Institutions whose products are visible in any status. */
      institutionIds: string[];
      /** Published products approved in any park ('any') or in these parks. */
      publishedIn: 'any' | string[];
      /** Products requested (in any status) in these parks: the parks' administrators. */
      requestedIn: string[];
    };

/** A product's request to be offered in a park, and where it stands. */
export interface ParkRequest {
  parkId: string;
  status: string;
}

/** Institutions the actor works for as an officer. */
export const officerInstitutions = (actor: Actor) => [...new Set(actor.memberships.filter((m) => m.role === 'institution_officer').map((m) => m.organisationId))];

/** Parks of the enterprises the actor belongs to. */
export const enterpriseParks = (actor: Actor) => [...new Set(actor.memberships.filter((m) => m.role === 'enterprise_user' && m.parkId).map((m) => m.parkId!))];

/** The institution an officer acts for (or the one the operator names). */
export function actingInstitution(actor: Actor, requested?: string): string | null {
  if (requested) return requested;
  if (isOperator(actor)) return null;
  return officerInstitutions(actor)[0] ?? null;
}

/** What the actor may see of the products; `mine`: only their own institutions' products. */
export function productVisibility(actor: Actor, mine = false): ProductVisibility {
  const own = officerInstitutions(actor);
  if (mine) return { institutionIds: own, publishedIn: [], requestedIn: [] };
  if (isOperator(actor)) return 'all';
  const administered = administeredParks(actor) as string[];
  return { institutionIds: own, publishedIn: own.length ? 'any' : enterpriseParks(actor), requestedIn: administered };
}

export function maySeeProduct(actor: Actor, product: { institutionId: string; status: string }, parks: readonly ParkRequest[]): boolean {
  const v = productVisibility(actor);
  if (v === 'all' || v.institutionIds.includes(product.institutionId)) return true;
  if (parks.some((p) => v.requestedIn.includes(p.parkId))) return true;
  if (product.status !== 'published') return false;
  return parks.some((p) => p.status === 'approved' && (v.publishedIn === 'any' || v.publishedIn.includes(p.parkId)));
}

/** The park requests shown with a product: all to its institution and the operator; else approvals and the viewer's own parks. */
export function visibleParks<P extends ParkRequest>(actor: Actor, product: { institutionId: string }, parks: P[]): P[] {
  if (isOperator(actor) || officerInstitutions(actor).includes(product.institutionId)) return parks;
  const administered = administeredParks(actor) as string[];
  return parks.filter((p) => p.status === 'approved' || administered.includes(p.parkId));
}
