// Who reads an enterprise's STAR Market readiness: whoever sees its whole profile (the
// enterprise, its park's administrators, the operator), and an investor (VC, angel or guidance
// fund) whose live grants cover every category the report is drawn from, each read logged.
import type { DataCategory } from '../profile/types.ts';
import { fail } from '../shared/errors.ts';
import type { Actor } from './actor.ts';
import type { ProfileAccess } from './profile-access.ts';

/** The profile categories the readiness report reads. */
export const STAR_CATEGORIES: readonly DataCategory[] = ['financials', 'people', 'ip', 'financing'];

const INVESTOR_TYPES: readonly string[] = ['vc_fund', 'angel_fund', 'guidance_fund'];

export interface StarAccess {
  /** Categories to log as read under the grant (none for full access). */
  logged: DataCategory[];
}

/** Throws `forbidden` unless the actor may read the readiness of an enterprise it has this access to. */
export function starReadinessAccess(actor: Actor, access: ProfileAccess): StarAccess {
  if (access.level === 'full') return { logged: [] };
  const investor = actor.memberships.some((m) => m.role === 'institution_officer' && INVESTOR_TYPES.includes(m.organisationType));
  if (investor && access.level === 'granted' && STAR_CATEGORIES.every((c) => access.categories.includes(c))) return { logged: [...STAR_CATEGORIES] };
  throw fail('star.needs_grant');
}
