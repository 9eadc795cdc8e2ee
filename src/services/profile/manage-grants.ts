// Consent: the enterprise grants a named institution named categories for a purpose until a date,
// and may revoke at any time. Institutions and park administrators can list what concerns them.
import { findEnterpriseByCreditCode } from '../../db/repositories/enterprises.ts';
import { findOrganisation } from '../../db/repositories/organisations.ts';
import type { PageRequest } from '../../db/paging.ts';
import { findGrant, grantsOfEnterprise, insertGrant, listAccessLog, revokeGrant as markRevoked } from '../../db/repositories/sharing.ts';
import { authorize, decide } from '../../domain/access/policy.ts';
import type { DataCategory } from '../../domain/profile/types.ts';
import { fail, invalidFields, problem } from '../../domain/shared/errors.ts';
import { INSTITUTION_TYPES } from '../institutions/manage-institutions.ts';
import { mutate, type ServiceContext, todayOf } from '../shared/context.ts';
import { newId } from '../shared/ids.ts';


export interface GrantInput {
  institutionId: string;
  categories: DataCategory[];
  purpose: string;
  expiresOn: string;
}

const MAX_GRANT_DAYS = 3 * 366; // consent is renewed, not given for ever

async function enterpriseOf(ctx: ServiceContext, creditCode: string) {
  const enterprise = await findEnterpriseByCreditCode(ctx.database.db, creditCode);
  if (!enterprise) throw fail('enterprise.not_found');
  return enterprise;
}

export async function createGrant(ctx: ServiceContext, creditCode: string, input: GrantInput) {
  const enterprise = await enterpriseOf(ctx, creditCode);
  authorize(ctx.actor, 'grant.manage', enterprise);
  const institution = await findOrganisation(ctx.database.db, input.institutionId);
  if (!institution || !(INSTITUTION_TYPES as readonly string[]).includes(institution.type) || institution.status !== 'active') {
    throw invalidFields([problem('institutionId', 'institution.unknown')]);
  }
  const from = todayOf(ctx);
  const days = (Date.parse(input.expiresOn) - Date.parse(from)) / 86_400_000;
  if (days < 0) throw invalidFields([problem('expiresOn', 'grant.expiry_past')]);
  if (days > MAX_GRANT_DAYS) throw invalidFields([problem('expiresOn', 'grant.too_long')]);
  return mutate(ctx, async (tx) => {
    const grant = await insertGrant(tx, {
      id: newId(),
      parkId: enterprise.parkId,
      enterpriseId: enterprise.organisationId,
      institutionId: institution.id,
      categories: [...new Set(input.categories)],
      purpose: input.purpose,
      expiresOn: input.expiresOn,
      createdAt: ctx.now(),
      createdBy: ctx.actor.userId,
    });
    return {
      result: { ...grant, institutionName: institution.name },
      audit: { action: 'grant.create', targetType: 'grant', targetId: grant.id, parkId: enterprise.parkId, details: { creditCode, institutionId: institution.id, categories: grant.categories } },
    };
  });
}

export async function revokeGrant(ctx: ServiceContext, grantId: string) {
  const grant = await findGrant(ctx.database.db, grantId);
  if (!grant) throw fail('grant.not_found');
  authorize(ctx.actor, 'grant.manage', { organisationId: grant.enterpriseId, parkId: grant.parkId });
  if (grant.revokedAt) throw fail('grant.already_revoked');
  return mutate(ctx, async (tx) => {
    const revoked = await markRevoked(tx, grantId, ctx.now(), ctx.actor.userId);
    if (!revoked) throw fail('grant.already_revoked');
    return { result: revoked, audit: { action: 'grant.revoke', targetType: 'grant', targetId: grantId, parkId: grant.parkId } };
  });
}

/** The enterprise's grants; an institution sees only those made to it. */
export async function listGrants(ctx: ServiceContext, creditCode: string) {
  const enterprise = await enterpriseOf(ctx, creditCode);
  authorize(ctx.actor, 'grant.list');
  const all = await grantsOfEnterprise(ctx.database.db, enterprise.organisationId);
  if (decide(ctx.actor, 'access_log.read', enterprise).allowed) return all; // the enterprise, its park, the operator
  const institutions = new Set(ctx.actor.memberships.filter((m) => m.role === 'institution_officer').map((m) => m.organisationId));
  return all.filter((g) => institutions.has(g.institutionId));
}

export async function readAccessLog(ctx: ServiceContext, creditCode: string, page: PageRequest) {
  const enterprise = await enterpriseOf(ctx, creditCode);
  authorize(ctx.actor, 'access_log.read', enterprise);
  return listAccessLog(ctx.database.db, enterprise.organisationId, page);
}
