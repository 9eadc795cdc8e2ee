// Who reads and keeps equity investors' profiles. Every signed-in member (enterprise users, park
// administrators, institutions' officers) reads the directory; what a portfolio company was paid
// and the team's e-mail addresses are shown only to the investor's own people, park administrators
// and the operator. An institution's profile is kept by its officers, an individual angel's by the
// angel (a user, perhaps with no membership at all), and any profile by the operator.
import { hasRole, isOperator, type Actor } from './actor.ts';
import { decide, refusalOf, type Decision } from './policy.ts';
import { fail } from '../shared/errors.ts';

/** What access needs to know of a profile: whose it is. */
export interface InvestorResource {
  organisationId: string | null;
  ownerUserId: string | null;
}

/** Whether the actor acts for the investor: its officers, or the angel themself. */
export function actsForInvestor(actor: Actor, investor: InvestorResource): boolean {
  if (investor.ownerUserId !== null) return actor.kind === 'user' && actor.userId === investor.ownerUserId;
  return hasRole(actor, 'institution_officer') && decide(actor, 'investor.update', { organisationId: investor.organisationId }).allowed;
}

/** Reading the directory: anyone with a membership, and an angel who has a profile of their own (the service knows). */
export function readsInvestors(actor: Actor, hasOwnProfile: boolean): Decision {
  if (hasOwnProfile) return { allowed: true, reason: 'an investor themself' };
  return decide(actor, 'investor.list');
}

/** Whether the actor sees the private fields (amounts invested, team contacts). */
export function seesInvestorPrivateFields(actor: Actor, investor: InvestorResource): boolean {
  return isOperator(actor) || hasRole(actor, 'park_admin') || actsForInvestor(actor, investor);
}

/** Throws unless the actor may change the profile: the operator, or whoever acts for the investor. */
export function authorizeInvestorEdit(actor: Actor, investor: InvestorResource): void {
  if (isOperator(actor) || actsForInvestor(actor, investor)) return;
  const decision = decide(actor, 'investor.update', { organisationId: investor.organisationId });
  throw decision.allowed ? fail('access.not_your_organisation') : refusalOf(decision);
}
