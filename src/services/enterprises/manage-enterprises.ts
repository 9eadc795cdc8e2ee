// Park administrators keep the register of their parks' enterprises.
import { isUniqueViolation } from '../../db/errors.ts';
import type { Tx } from '../../db/client.ts';
import {
  findEnterpriseByCreditCode,
  insertEnterprises,
  listEnterprises as selectEnterprises,
  updateEnterprise as saveEnterprise,
  type EnterpriseFilter,
  type EnterpriseWithPark,
} from '../../db/repositories/enterprises.ts';
import { insertOrganisation, updateOrganisation } from '../../db/repositories/organisations.ts';
import { findPark } from '../../db/repositories/parks.ts';
import type { PageRequest } from '../../db/paging.ts';
import { administeredParks, hasRole } from '../../domain/access/actor.ts';
import { refreshCompleteness } from '../profile/completeness.ts';
import { rescore } from '../rating/score-enterprises.ts';
import { authorize } from '../../domain/access/policy.ts';
import { fail, invalidFields, problem, type FieldProblem } from '../../domain/shared/errors.ts';
import { mutate, todayOf, type ServiceContext } from '../shared/context.ts';
import { newId } from '../shared/ids.ts';
import { codeProblems } from '../shared/validate-codes.ts';

export interface EnterpriseInput {
  creditCode: string;
  name: string;
  parkId: string;
  industryCode: string;
  regionCode: string;
  foundedOn: string;
  registeredCapitalFen: bigint;
  employees: number;
  legalRepresentative: string;
  address: string;
  admittedOn?: string | null;
}

export type EnterpriseChanges = Partial<Omit<EnterpriseInput, 'creditCode' | 'parkId'>> & {
  status?: 'active' | 'deactivated';
};

export type EnterpriseListFilter = Omit<EnterpriseFilter, 'parkIds' | 'today'>;

export async function listEnterprises(ctx: ServiceContext, filter: EnterpriseListFilter, page: PageRequest) {
  authorize(ctx.actor, 'enterprise.list', { parkId: filter.parkId });
  const today = todayOf(ctx);
  return selectEnterprises(ctx.database.db, { ...filter, today, parkIds: administeredParks(ctx.actor) }, page);
}

/** The directory institutions search: every active enterprise, summary fields only. */
export async function searchDirectory(ctx: ServiceContext, filter: Pick<EnterpriseListFilter, 'q' | 'parkId' | 'industryCode'>, page: PageRequest) {
  authorize(ctx.actor, 'directory.list');
  return selectEnterprises(ctx.database.db, { ...filter, parkIds: 'all' }, page);
}

export async function createEnterprise(ctx: ServiceContext, input: EnterpriseInput): Promise<EnterpriseWithPark> {
  authorize(ctx.actor, 'enterprise.create', { parkId: input.parkId });
  const problems = [...codeProblems(input), ...checkDates(input, todayOf(ctx))];
  if (problems.length) throw invalidFields(problems);
  try {
    await mutate(ctx, async (tx) => {
      if (!(await findPark(tx, input.parkId))) throw invalidFields([problem('parkId', 'park.unknown')]);
      const organisationId = await insertEnterprise(tx, input, ctx.now());
      await refreshCompleteness(tx, [organisationId], todayOf(ctx));
      return {
        result: organisationId,
        audit: { action: 'enterprise.create', targetType: 'enterprise', targetId: input.creditCode, parkId: input.parkId },
      };
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw fail('organisation.credit_code_taken', { creditCode: input.creditCode }, { fields: [problem('creditCode', 'organisation.credit_code_taken', { creditCode: input.creditCode })] });
    throw err;
  }
  const created = (await findEnterpriseByCreditCode(ctx.database.db, input.creditCode))!;
  await rescore(ctx, [created.organisationId]);
  return created;
}

/** Inserts the organisation and its registration row; shared with the demo seed. */
export async function insertEnterprise(tx: Tx, input: EnterpriseInput, now: Date): Promise<string> {
  const organisationId = newId(now.getTime());
  await insertOrganisation(tx, {
    id: organisationId,
    type: 'enterprise',
    name: input.name,
    creditCode: input.creditCode,
    parkId: input.parkId,
    regionCode: input.regionCode,
    createdAt: now,
    updatedAt: now,
  });
  await insertEnterprises(tx, [{ organisationId, ...input, admittedOn: input.admittedOn ?? null, createdAt: now, updatedAt: now }]);
  return organisationId;
}

export async function updateEnterprise(ctx: ServiceContext, creditCode: string, changes: EnterpriseChanges) {
  const existing = await findEnterpriseByCreditCode(ctx.database.db, creditCode);
  if (!existing) throw fail('enterprise.not_found');
  authorize(ctx.actor, 'enterprise.update', existing);
  const problems = [...codeProblems(changes), ...checkDates({ ...existing, ...changes }, todayOf(ctx))];
  if (problems.length) throw invalidFields(problems);
  await mutate(ctx, async (tx) => {
    const source = hasRole(ctx.actor, 'enterprise_user') ? ('enterprise' as const) : ('park_admin' as const);
    await saveEnterprise(tx, existing.organisationId, { ...changes, source, sourceDate: todayOf(ctx), updatedBy: ctx.actor.userId, updatedAt: ctx.now() });
    await refreshCompleteness(tx, [existing.organisationId], todayOf(ctx));
    const orgChanges = { name: changes.name, regionCode: changes.regionCode, status: changes.status };
    if (Object.values(orgChanges).some((v) => v !== undefined)) {
      await updateOrganisation(tx, existing.organisationId, { ...orgChanges, updatedAt: ctx.now() });
    }
    return {
      result: null,
      audit: { action: 'enterprise.update', targetType: 'enterprise', targetId: creditCode, parkId: existing.parkId, details: { fields: Object.keys(changes) } },
    };
  });
  await rescore(ctx, [existing.organisationId]);
  return (await findEnterpriseByCreditCode(ctx.database.db, creditCode))!;
}

function checkDates(input: { foundedOn?: string; admittedOn?: string | null }, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (input.foundedOn && input.foundedOn > today) problems.push(problem('foundedOn', 'enterprise.founded_in_future'));
  if (input.admittedOn && input.foundedOn && input.admittedOn < input.foundedOn) {
    problems.push(problem('admittedOn', 'enterprise.admitted_before_founded'));
  }
  return problems;
}
