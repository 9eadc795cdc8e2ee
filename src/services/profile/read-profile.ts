// Reading an enterprise's profile: what the actor may see, and a log line for every category an
// institution reads under a grant.
import { findEnterpriseByCreditCode, type EnterpriseWithPark } from '../../db/repositories/enterprises.ts';
import { emptyProfileRows, loadProfileRows, type ProfileRows } from '../../db/repositories/profile.ts';
import { grantsOfEnterprise, insertAccessLog } from '../../db/repositories/sharing.ts';
import { profileAccess, type ProfileAccess } from '../../domain/access/profile-access.ts';
import { authorize } from '../../domain/access/policy.ts';
import { assessCompleteness } from '../../domain/profile/completeness.ts';
import { evaluateCriteria } from '../../domain/profile/criteria/index.ts';
import { ruleSetsInForce } from './rule-sets.ts';
import { computeRatios } from '../../domain/profile/ratios.ts';
import type { DataCategory } from '../../domain/profile/types.ts';
import { forbidden, notFound } from '../../domain/shared/errors.ts';
import { todayOf, type ServiceContext } from '../shared/context.ts';
import { toDomainProfile } from './to-domain.ts';


export interface OpenedProfile {
  enterprise: EnterpriseWithPark;
  access: ProfileAccess;
}

export async function openProfile(ctx: ServiceContext, creditCode: string): Promise<OpenedProfile> {
  authorize(ctx.actor, 'profile.read');
  const enterprise = await findEnterpriseByCreditCode(ctx.database.db, creditCode);
  if (!enterprise) throw notFound('Enterprise');
  const grants = await grantsOfEnterprise(ctx.database.db, enterprise.organisationId);
  return { enterprise, access: profileAccess(ctx.actor, enterprise, grants, todayOf(ctx)) };
}

/** Records that an institution read these categories (in the same request as the read). */
export async function logReads(ctx: ServiceContext, opened: OpenedProfile, categories: DataCategory[]): Promise<void> {
  if (!opened.access.logged || !categories.length) return;
  const institutionId = ctx.actor.memberships.find((m) => m.role === 'institution_officer')?.organisationId;
  if (!institutionId) return;
  await insertAccessLog(
    ctx.database.db,
    categories.map((category) => ({
      parkId: opened.enterprise.parkId,
      enterpriseId: opened.enterprise.organisationId,
      institutionId,
      userId: ctx.actor.userId,
      userEmail: ctx.actor.email,
      category,
      grantId: opened.access.grantFor[category]!,
      at: ctx.now(),
    })),
  );
}

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
    throw forbidden('Reading financial statements needs a grant from the enterprise covering financials');
  }
  const rows = (await loadProfileRows(ctx.database.db, opened.enterprise.organisationId)).financials;
  await logReads(ctx, opened, ['financials']);
  const profile = toDomainProfile(opened.enterprise, { ...emptyProfileRows(), financials: rows });
  const statements = profile.financials; // newest first
  return statements.map((s, i) => ({ statement: s, row: rows[i]!, ratios: computeRatios(s, statements[i + 1]?.year === s.year - 1 ? statements[i + 1] : undefined) }));
}
