// Reading an enterprise's profile: what the actor may see, and a log line for every category an
// institution reads under a grant.
import { emptyProfileRows, loadProfileRows, type ProfileRows } from '../../db/repositories/profile.ts';
import { assessCompleteness } from '../../domain/profile/completeness.ts';
import { evaluateCriteria } from '../../domain/profile/criteria/index.ts';
import { ruleSetsInForce } from './rule-sets.ts';
import { computeRatios } from '../../domain/profile/ratios.ts';
import type { DataCategory } from '../../domain/profile/types.ts';
import { fail } from '../../domain/shared/errors.ts';
import { todayOf, type ServiceContext } from '../shared/context.ts';
import { logReads, openProfile, type OpenedProfile } from '../shared/open-profile.ts';
import { toDomainProfile } from '../shared/to-domain-profile.ts';

export interface ProfileView extends OpenedProfile {
  rows: Partial<ProfileRows>;
  completeness?: ReturnType<typeof assessCompleteness>;
  criteria?: ReturnType<typeof evaluateCriteria>[];
}

const SECTIONS_OF: Record<DataCategory, (keyof ProfileRows)[]> = {
  registration: [],
  financials: ['financials'],
  people: ['people'],
  ip: ['ip'],
  qualifications: ['qualifications'],
  compliance: ['taxGrades', 'complianceEvents'],
  financing: ['equityRounds', 'loans'],
  data_room: [], // the fundraising profile's, read through src/services/fundraising
};

/** The profile as far as the actor may see it. */
export async function readProfile(ctx: ServiceContext, creditCode: string): Promise<ProfileView> {
  const opened = await openProfile(ctx, creditCode);
  if (opened.access.level === 'summary') return { ...opened, rows: {} };
  const all = await loadProfileRows(ctx.database.db, opened.enterprise.organisationId);
  const rows: Partial<ProfileRows> = {};
  for (const category of opened.access.categories) {
    for (const section of SECTIONS_OF[category]) (rows as Record<string, unknown>)[section] = all[section];
  }
  await logReads(ctx, opened, opened.access.categories);
  if (opened.access.level !== 'full') return { ...opened, rows };
  const profile = toDomainProfile(opened.enterprise, all);
  const ruleSets = await ruleSetsInForce(ctx.database.db, todayOf(ctx));
  return {
    ...opened,
    rows,
    completeness: assessCompleteness(profile, todayOf(ctx)),
    criteria: ruleSets.map((ruleSet) => evaluateCriteria(ruleSet, profile, todayOf(ctx))),
  };
}

/** Yearly statements with their ratios; needs the financials category. */
export async function readFinancials(ctx: ServiceContext, creditCode: string) {
  const opened = await openProfile(ctx, creditCode);
  if (!opened.access.categories.includes('financials')) {
    throw fail('profile.financials_need_grant');
  }
  const rows = (await loadProfileRows(ctx.database.db, opened.enterprise.organisationId)).financials;
  await logReads(ctx, opened, ['financials']);
  const profile = toDomainProfile(opened.enterprise, { ...emptyProfileRows(), financials: rows });
  const statements = profile.financials; // newest first
  return statements.map((s, i) => ({ statement: s, row: rows[i]!, ratios: computeRatios(s, statements[i + 1]?.year === s.year - 1 ? statements[i + 1] : undefined) }));
}
