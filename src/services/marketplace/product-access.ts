// Who sees which products, and which of their park requests. Institutions see their own products
// in any status and everyone's published ones; park administrators see what was asked of their
// parks; enterprises see published products approved in their park; the operator sees all.
import type { ProductParkView, ProductVisibility } from '../../db/repositories/products.ts';
import { administeredParks, isOperator, type Actor } from '../../domain/access/actor.ts';

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

export function productVisibility(actor: Actor, mine = false): ProductVisibility {
  const own = officerInstitutions(actor);
  if (mine) return { institutionIds: own, publishedIn: [], requestedIn: [] };
  if (isOperator(actor)) return 'all';
  const administered = administeredParks(actor) as string[];
  return { institutionIds: own, publishedIn: own.length ? 'any' : enterpriseParks(actor), requestedIn: administered };
}

export function maySeeProduct(actor: Actor, product: { institutionId: string; status: string }, parks: readonly ProductParkView[]): boolean {
  const v = productVisibility(actor);
  if (v === 'all' || v.institutionIds.includes(product.institutionId)) return true;
  if (parks.some((p) => v.requestedIn.includes(p.parkId))) return true;
  if (product.status !== 'published') return false;
  return parks.some((p) => p.status === 'approved' && (v.publishedIn === 'any' || v.publishedIn.includes(p.parkId)));
}

/** The park requests shown with a product: all to its institution and the operator; else approvals and the viewer's own parks. */
export function visibleParks(actor: Actor, product: { institutionId: string }, parks: ProductParkView[]): ProductParkView[] {
  if (isOperator(actor) || officerInstitutions(actor).includes(product.institutionId)) return parks;
  const administered = administeredParks(actor) as string[];
  return parks.filter((p) => p.status === 'approved' || administered.includes(p.parkId));
}
