// Who acts on subsidy programmes and claims: the side of a claim an actor moves it from, the parks
// whose programmes an actor manages, and the claims an actor may list.
import { administeredParks, hasRole, isOperator, ownOrganisations, type Actor } from './actor.ts';
import type { ClaimMover } from '../policy/claim-states.ts';
import type { ProofProvider } from '../../../shared/policy.ts';
import type { WorkflowScope } from './workflow-access.ts';

/**
 * Which side of the claim the actor is on: the enterprise it was computed for, or an administrator
 * of the park that owns the programme (the operator for city-wide programmes, and any). Null otherwise:
 * the lending institution reads its loans' claims but moves none.
 */
export function claimMover(actor: Actor, claim: { enterpriseId: string; programmeParkId: string | null }): Exclude<ClaimMover, 'platform'> | null {
  if (hasRole(actor, 'enterprise_user') && ownOrganisations(actor).includes(claim.enterpriseId)) return 'enterprise';
  if (isOperator(actor)) return 'park';
  const parks = administeredParks(actor);
  if (claim.programmeParkId !== null && (parks === 'all' || parks.includes(claim.programmeParkId))) return 'park';
  return null;
}

/** The parks whose programmes an actor sees: null for all (operators, institutions and enterprises read every programme). */
export function programmeParkScope(actor: Actor): string[] | null {
  if (isOperator(actor) || !hasRole(actor, 'park_admin')) return null;
  const parks = administeredParks(actor);
  return parks === 'all' ? null : parks;
}

/** Claims an actor lists: the operator all, an officer its institutions' (the loans they lent, and those they submitted fee or premium payments on), an enterprise its own, an administrator its parks'. */
export function claimScope(actor: Actor): WorkflowScope {
  if (isOperator(actor)) return { kind: 'all' };
  if (hasRole(actor, 'enterprise_user')) return { kind: 'enterprise', ids: ownOrganisations(actor) };
  if (hasRole(actor, 'institution_officer')) return { kind: 'institution', ids: actor.memberships.filter((m) => m.role === 'institution_officer').map((m) => m.organisationId) };
  const parks = administeredParks(actor);
  if (parks === 'all') return { kind: 'all' };
  return parks.length ? { kind: 'park', ids: parks } : { kind: 'none' };
}

/** Whether the actor manages a programme owned by the park (null: city-wide, the operator's). */
export function managesProgramme(actor: Actor, parkId: string | null): boolean {
  if (isOperator(actor)) return true;
  if (parkId === null || !hasRole(actor, 'park_admin')) return false;
  const parks = administeredParks(actor);
  return parks === 'all' || parks.includes(parkId);
}

/** The receiving account's number in full: the enterprise itself, its park's administrators and the operator; masked for lenders. */
export function seesClaimAccount(actor: Actor, claim: { enterpriseId: string; parkId: string }): boolean {
  if (isOperator(actor) || ownOrganisations(actor).includes(claim.enterpriseId)) return true;
  const parks = administeredParks(actor);
  return hasRole(actor, 'park_admin') && (parks === 'all' || parks.includes(claim.parkId));
}

/**
 * Who submits a loan's guarantee-fee or premium payments: an officer of the lending institution, or
 * of a guarantor or insurer (they hold the guarantee or the policy on it).
 */
export function submitsPaymentsFor(actor: Actor, loan: { institutionId: string }): boolean {
  if (isOperator(actor)) return true;
  return actor.memberships.some((m) => m.role === 'institution_officer' && (m.organisationId === loan.institutionId || m.organisationType === 'guarantor' || m.organisationType === 'insurer'));
}

/**
 * The loans an actor is offered when recording a payment by hand: a lender's own book, and for a
 * guarantor or insurer the loans it already submitted payments on (it holds the guarantee or the
 * policy on them). The API takes a payment on any loan from a guarantor or insurer, by its id; the
 * search does not list other lenders' books to them, since it would show every borrower's name.
 */
export function paymentLoanScope(actor: Actor): { scope: WorkflowScope; paymentsSubmittedBy: string[] } {
  if (isOperator(actor)) return { scope: { kind: 'all' }, paymentsSubmittedBy: [] };
  const officer = actor.memberships.filter((m) => m.role === 'institution_officer');
  const holders = officer.filter((m) => m.organisationType === 'guarantor' || m.organisationType === 'insurer').map((m) => m.organisationId);
  return officer.length ? { scope: { kind: 'institution', ids: officer.map((m) => m.organisationId) }, paymentsSubmittedBy: holders } : { scope: { kind: 'none' }, paymentsSubmittedBy: [] };
}

/** The institution an officer submits payments as (the first officer membership), or null. */
export const submittingInstitution = (actor: Actor): string | null => actor.memberships.find((m) => m.role === 'institution_officer')?.organisationId ?? null;

/**
 * Whether the actor may simulate a programme owned by `ownerParkId` (null: city-wide) over the
 * loans of `loanParkIds` (null: every park; empty: no stored loans, a synthetic portfolio): the
 * operator any; a park's administrator a programme of its own park over its own parks' loans only,
 * since the figures by park would show other parks' lending.
 */
export function maySimulateProgramme(actor: Actor, ownerParkId: string | null, loanParkIds: readonly string[] | null): boolean {
  if (isOperator(actor)) return true;
  if (ownerParkId === null || !managesProgramme(actor, ownerParkId)) return false;
  if (loanParkIds === null) return false;
  const parks = administeredParks(actor);
  return parks === 'all' || loanParkIds.every((id) => parks.includes(id));
}

/**
 * Which side of a claim's proofs the actor provides: the enterprise the claim is for, or an officer
 * of the lending institution or of one that submitted the loan's fee or premium payments. Null for
 * anyone else (the park reads proofs, it does not provide them).
 */
export function proofProviderOf(actor: Actor, claim: { enterpriseId: string; institutionIds: readonly string[] }): ProofProvider | null {
  if (hasRole(actor, 'enterprise_user') && ownOrganisations(actor).includes(claim.enterpriseId)) return 'enterprise';
  if (actor.memberships.some((m) => m.role === 'institution_officer' && claim.institutionIds.includes(m.organisationId))) return 'institution';
  return null;
}
