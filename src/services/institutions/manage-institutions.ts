import { isUniqueViolation } from '../../db/errors.ts';
import {
  findOrganisation,
  insertOrganisation,
  listOrganisations,
  updateOrganisation,
  type OrganisationRow,
} from '../../db/repositories/organisations.ts';
import type { PageRequest } from '../../db/paging.ts';
import { authorize } from '../../domain/access/policy.ts';
import { validateCodes } from '../shared/validate-codes.ts';
import { fail, problem } from '../../domain/shared/errors.ts';
import { mutate, type ServiceContext } from '../shared/context.ts';
import { newId } from '../shared/ids.ts';

export { INSTITUTION_TYPES, type InstitutionType } from '../../../shared/organisations.ts';
import { INSTITUTION_TYPES, type InstitutionType } from '../../../shared/organisations.ts';

export interface InstitutionInput {
  name: string;
  nameEn?: string | null;
  type: InstitutionType;
  creditCode: string;
  regionCode: string;
}

const isInstitution = (org: OrganisationRow | undefined) =>
  !!org && (INSTITUTION_TYPES as readonly string[]).includes(org.type);

export async function listInstitutions(ctx: ServiceContext, filter: { q?: string; type?: InstitutionType }, page: PageRequest) {
  authorize(ctx.actor, 'institution.list');
  return listOrganisations(ctx.database.db, { types: INSTITUTION_TYPES, ...filter }, page);
}

export async function getInstitution(ctx: ServiceContext, id: string) {
  authorize(ctx.actor, 'institution.read');
  const org = await findOrganisation(ctx.database.db, id);
  if (!isInstitution(org)) throw fail('institution.not_found');
  return org!;
}

export async function createInstitution(ctx: ServiceContext, input: InstitutionInput) {
  authorize(ctx.actor, 'institution.create');
  validateCodes({ creditCode: input.creditCode, regionCode: input.regionCode });
  try {
    return await mutate(ctx, async (tx) => {
      const now = ctx.now();
      const org = await insertOrganisation(tx, { id: newId(), ...input, createdAt: now, updatedAt: now });
      return { result: org, audit: { action: 'institution.create', targetType: 'organisation', targetId: org.id, details: { type: input.type } } };
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw fail('unique.credit_code_unique', {}, { fields: [problem('creditCode', 'unique.credit_code_unique')] });
    throw err;
  }
}

export async function updateInstitution(
  ctx: ServiceContext,
  id: string,
  changes: Partial<Omit<InstitutionInput, 'creditCode'>> & { status?: 'active' | 'deactivated' },
) {
  authorize(ctx.actor, 'institution.update');
  validateCodes({ regionCode: changes.regionCode });
  return mutate(ctx, async (tx) => {
    if (!isInstitution(await findOrganisation(tx, id))) throw fail('institution.not_found');
    const org = (await updateOrganisation(tx, id, { ...changes, updatedAt: ctx.now() }))!;
    const action = changes.status === 'deactivated' ? 'institution.deactivate' : 'institution.update';
    return { result: org, audit: { action, targetType: 'organisation', targetId: id, details: { fields: Object.keys(changes) } } };
  });
}

/** The caller's own organisation (enterprise, institution or park operator). */
export async function getOwnOrganisation(ctx: ServiceContext) {
  authorize(ctx.actor, 'organisation.read_own');
  const primary = ctx.actor.memberships[0];
  const org = primary && (await findOrganisation(ctx.database.db, primary.organisationId));
  if (!org) throw fail('organisation.not_found');
  return org;
}
