// Who sees an enterprise's fundraising, and how much. The enterprise's own users manage it and read
// its documents; an institution holding a live `data_room` grant sees the whole profile and
// downloads the deck and data room (each download logged against the grant); an investor (a venture,
// angel or guidance fund) without one sees a masked summary, as a bank sees a profile's summary; the
// enterprise's park administrators and the operator see the profile but not the documents, which the
// enterprise shares only by consent. Everyone else sees nothing.
import { administeredParks, hasRole, isOperator, type Actor } from './actor.ts';
import { isGrantLive, type GrantView } from './profile-access.ts';

export const INVESTOR_TYPES = ['vc_fund', 'angel_fund', 'guidance_fund'] as const;

export interface FundraisingAccess {
  view: 'full' | 'masked' | 'none';
  /** Saves the profile, uploads and deletes documents, reads the download log. */
  manages: boolean;
  /** Downloads the pitch deck and data-room papers. */
  readsDocuments: boolean;
  /** The data-room grant the reads are logged against (institutions only). */
  grantId: string | null;
  /** The organisation a download is watermarked with and logged for. */
  viewerOrganisationId: string | null;
}

const NONE: FundraisingAccess = { view: 'none', manages: false, readsDocuments: false, grantId: null, viewerOrganisationId: null };

/** The investor organisations the actor is an officer of. */
export function investorOrganisations(actor: Actor): string[] {
  return actor.memberships.filter((m) => m.role === 'institution_officer' && (INVESTOR_TYPES as readonly string[]).includes(m.organisationType)).map((m) => m.organisationId);
}

/** Whether the actor browses the open fundraisings: an investor's officer, or the operator. */
export const browsesFundraisings = (actor: Actor) => isOperator(actor) || investorOrganisations(actor).length > 0;

export function fundraisingAccess(actor: Actor, enterprise: { organisationId: string; parkId: string }, grants: readonly GrantView[], today: string): FundraisingAccess {
  const own = actor.memberships.find((m) => m.role === 'enterprise_user' && m.organisationId === enterprise.organisationId);
  if (own) return { view: 'full', manages: true, readsDocuments: true, grantId: null, viewerOrganisationId: own.organisationId };
  const officerOf = actor.memberships.filter((m) => m.role === 'institution_officer').map((m) => m.organisationId);
  const grant = grants.find((g) => officerOf.includes(g.institutionId) && g.categories.includes('data_room') && isGrantLive(g, today));
  if (grant) return { view: 'full', manages: false, readsDocuments: true, grantId: grant.id, viewerOrganisationId: grant.institutionId };
  const parks = administeredParks(actor);
  if (parks === 'all' || (hasRole(actor, 'park_admin') && parks.includes(enterprise.parkId))) return { ...NONE, view: 'full' };
  const investor = investorOrganisations(actor)[0];
  return investor ? { ...NONE, view: 'masked', viewerOrganisationId: investor } : NONE;
}
