// Opening an enterprise's profile: the enterprise and what the actor may see of it (decided by
// src/domain/access/profile-access.ts), and a log line for every category an institution reads
// under a grant. Shared by the profile, rating and report services.
import { findEnterpriseByCreditCode, type EnterpriseWithPark } from '../../db/repositories/enterprises.ts';
import { grantsOfEnterprise, insertAccessLog } from '../../db/repositories/sharing.ts';
import { profileAccess, type ProfileAccess } from '../../domain/access/profile-access.ts';
import { authorize } from '../../domain/access/policy.ts';
import type { DataCategory } from '../../domain/profile/types.ts';
import { fail } from '../../domain/shared/errors.ts';
import { todayOf, type ServiceContext } from './context.ts';

export interface OpenedProfile {
  enterprise: EnterpriseWithPark;
  access: ProfileAccess;
}

export async function openProfile(ctx: ServiceContext, creditCode: string): Promise<OpenedProfile> {
  authorize(ctx.actor, 'profile.read');
  const enterprise = await findEnterpriseByCreditCode(ctx.database.db, creditCode);
  if (!enterprise) throw fail('enterprise.not_found');
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
