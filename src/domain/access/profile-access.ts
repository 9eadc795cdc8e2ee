// Who sees which part of an enterprise's profile. The enterprise itself, its park's
// administrators and the operator see everything; an institution sees the categories of its
// live grants (of the profile's categories: the data room is src/domain/access/fundraising-access.ts); everyone else signed in sees the summary (name, industry, park, rating band).
import { PROFILE_CATEGORIES, type DataCategory } from '../profile/types.ts';
import { administeredParks, type Actor } from './actor.ts';

export interface GrantView {
  id: string;
  institutionId: string;
  categories: readonly string[];
  expiresOn: string; // YYYY-MM-DD, inclusive
  revokedAt: Date | null;
}

export interface ProfileAccess {
  level: 'full' | 'granted' | 'summary';
  categories: DataCategory[];
  /** The grant that allows an institution to read a category (to log the read against it). */
  grantFor: Partial<Record<DataCategory, string>>;
  /** Reads by an institution are logged; the enterprise's own and the park's are not. */
  logged: boolean;
}

export const isGrantLive = (grant: GrantView, today: string) => !grant.revokedAt && grant.expiresOn >= today;

export function profileAccess(
  actor: Actor,
  enterprise: { organisationId: string; parkId: string },
  grants: readonly GrantView[],
  today: string,
): ProfileAccess {
  const parks = administeredParks(actor);
  const own = actor.memberships.some((m) => m.organisationId === enterprise.organisationId);
  if (own || parks === 'all' || parks.includes(enterprise.parkId)) {
    return { level: 'full', categories: [...PROFILE_CATEGORIES], grantFor: {}, logged: false };
  }
  const institutions = new Set(actor.memberships.filter((m) => m.role === 'institution_officer').map((m) => m.organisationId));
  const grantFor: Partial<Record<DataCategory, string>> = {};
  for (const grant of grants) {
    if (!institutions.has(grant.institutionId) || !isGrantLive(grant, today)) continue;
    for (const c of grant.categories) if ((PROFILE_CATEGORIES as readonly string[]).includes(c)) grantFor[c as DataCategory] ??= grant.id;
  }
  const categories = PROFILE_CATEGORIES.filter((c) => grantFor[c]);
  return { level: categories.length ? 'granted' : 'summary', categories, grantFor, logged: true };
}
