// The operator's user administration: create, list, update, deactivate.
import { isUniqueViolation } from '../../db/errors.ts';
import { findOrganisation } from '../../db/repositories/organisations.ts';
import { findParkOperator } from '../../db/repositories/parks.ts';
import type { PageRequest } from '../../db/paging.ts';
import {
  deleteSessionsOf,
  findUser,
  insertMembership,
  insertUser,
  listUsers as selectUsers,
  membershipsOf,
  updateUser as saveUser,
  type MembershipView,
  type UserRow,
} from '../../db/repositories/users.ts';
import type { Role } from '../../domain/access/actor.ts';
import { authorize } from '../../domain/access/policy.ts';
import { normalizePhone } from '../../domain/codes/phone.ts';
import { fail, invalidFields, problem } from '../../domain/shared/errors.ts';
import { mutate, type ServiceContext } from '../shared/context.ts';
import type { Executor } from '../../db/client.ts';
import { newId } from '../shared/ids.ts';
import { hashPassword } from '../shared/passwords.ts';
import { INSTITUTION_TYPES } from '../../../shared/organisations.ts';

export type UserWithMemberships = UserRow & { memberships: MembershipView[] };

/** Which organisation types each role belongs to. */
const ORGANISATION_TYPES_FOR: Record<Role, readonly string[]> = {
  platform_operator: ['platform'],
  park_admin: ['park_operator'],
  institution_officer: INSTITUTION_TYPES,
  enterprise_user: ['enterprise'],
};

export interface CreateUserInput {
  email: string;
  displayName: string;
  password: string;
  role: Role;
  organisationId?: string;
  parkId?: string;
  phone?: string;
  locale?: 'zh-CN' | 'en';
}

export async function createUser(ctx: ServiceContext, input: CreateUserInput): Promise<UserWithMemberships> {
  authorize(ctx.actor, 'user.create');
  const phone = input.phone === undefined ? null : storedPhone(input.phone);
  const passwordHash = await hashPassword(input.password);
  const email = input.email.trim().toLowerCase();
  try {
    const id = await mutate(ctx, async (tx) => {
      const organisationId = await resolveOrganisation(tx, input);
      const user = await insertUser(tx, {
        id: newId(),
        email,
        passwordHash,
        displayName: input.displayName,
        phone,
        locale: input.locale ?? 'zh-CN',
        createdAt: ctx.now(),
        updatedAt: ctx.now(),
      });
      await insertMembership(tx, { id: newId(), userId: user.id, organisationId, role: input.role, createdAt: ctx.now() });
      return {
        result: user.id,
        audit: { action: 'user.create', targetType: 'user', targetId: user.id, details: { email, role: input.role, organisationId } },
      };
    });
    return (await getUser(ctx, id))!;
  } catch (err) {
    if (isUniqueViolation(err, 'users_email_key')) throw fail('user.email_taken', {}, { fields: [problem('email', 'user.email_taken')] });
    throw err;
  }
}

/** Phones are stored in one canonical form (see domain/codes/phone.ts), or refused naming the field. */
function storedPhone(phone: string): string {
  const check = normalizePhone(phone);
  if (!check.ok) throw invalidFields([problem('phone', 'field.invalid_phone', { value: phone })]);
  return check.phone;
}

async function resolveOrganisation(db: Executor, input: CreateUserInput): Promise<string> {
  let organisationId = input.organisationId;
  if (!organisationId && input.role === 'park_admin' && input.parkId) {
    organisationId = (await findParkOperator(db, input.parkId))?.id;
    if (!organisationId) throw invalidFields([problem('parkId', 'park.no_operator')]);
  }
  if (!organisationId) throw invalidFields([problem('organisationId', 'organisation.required')]);
  const org = await findOrganisation(db, organisationId);
  if (!org) throw invalidFields([problem('organisationId', 'organisation.unknown')]);
  if (!ORGANISATION_TYPES_FOR[input.role].includes(org.type)) {
    throw invalidFields([problem('organisationId', 'user.role_not_in_organisation_type', { role: input.role, orgType: org.type, allowed: ORGANISATION_TYPES_FOR[input.role] })]);
  }
  return org.id;
}

export async function getUser(ctx: ServiceContext, id: string): Promise<UserWithMemberships | undefined> {
  const user = await findUser(ctx.database.db, id);
  if (!user) return undefined;
  const memberships = (await membershipsOf(ctx.database.db, [id])).get(id) ?? [];
  return { ...user, memberships };
}

export async function listUsers(ctx: ServiceContext, filter: { q?: string; role?: Role }, page: PageRequest) {
  authorize(ctx.actor, 'user.list');
  const result = await selectUsers(ctx.database.db, filter, page);
  const memberships = await membershipsOf(ctx.database.db, result.items.map((u) => u.id));
  return { ...result, items: result.items.map((u) => ({ ...u, memberships: memberships.get(u.id) ?? [] })) };
}

export async function updateUser(
  ctx: ServiceContext,
  id: string,
  changes: { displayName?: string; locale?: 'zh-CN' | 'en'; phone?: string | null },
): Promise<UserWithMemberships> {
  authorize(ctx.actor, 'user.update');
  const phone = typeof changes.phone === 'string' ? { phone: storedPhone(changes.phone) } : {};
  await mutate(ctx, async (tx) => {
    const user = await saveUser(tx, id, { ...changes, ...phone, updatedAt: ctx.now() });
    if (!user) throw fail('user.not_found');
    return { result: user, audit: { action: 'user.update', targetType: 'user', targetId: id, details: { fields: Object.keys(changes) } } };
  });
  return (await getUser(ctx, id))!;
}

export async function deactivateUser(ctx: ServiceContext, id: string): Promise<UserWithMemberships> {
  authorize(ctx.actor, 'user.update');
  if (ctx.actor.userId === id) throw fail('user.cannot_deactivate_self');
  await mutate(ctx, async (tx) => {
    const user = await saveUser(tx, id, { status: 'deactivated', updatedAt: ctx.now() });
    if (!user) throw fail('user.not_found');
    await deleteSessionsOf(tx, id); // signs the user out everywhere
    return { result: user, audit: { action: 'user.deactivate', targetType: 'user', targetId: id } };
  });
  return (await getUser(ctx, id))!;
}
