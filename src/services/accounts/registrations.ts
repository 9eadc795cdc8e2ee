// An enterprise registers itself (credit code, facts, contact, password) with a park; the park's
// administrator admits it, which creates the enterprise (or links the one already registered in
// that park) and the applicant's account, or rejects it with a reason. The applicant hears by e-mail.
import { fail, invalidFields, problem } from '../../domain/shared/errors.ts';
import { decideRegistration, findRegistration, insertRegistration, listActiveParks, listRegistrations as selectRegistrations, type RegistrationRow, type RegistrationView } from '../../db/repositories/accounts.ts';
import { findOrganisationByCreditCode } from '../../db/repositories/organisations.ts';
import { findPark, findParkByCode } from '../../db/repositories/parks.ts';
import { findUserByEmail, insertMembership, insertUser } from '../../db/repositories/users.ts';
import type { PageRequest, Page } from '../../db/paging.ts';
import { nextRegistrationStatus, regionOfCreditCode, type RegistrationStatus } from '../../domain/access/accounts.ts';
import { administeredParks } from '../../domain/access/actor.ts';
import { normalizePhone } from '../../domain/codes/phone.ts';
import type { LoginThrottle } from '../../domain/access/login-throttle.ts';
import { authorize } from '../../domain/access/policy.ts';
import { registrationDecisionMail } from '../../domain/notifications/account-mail.ts';
import { insertEnterprise } from '../enterprises/manage-enterprises.ts';
import { refreshCompleteness } from '../profile/completeness.ts';
import { rescore } from '../rating/score-enterprises.ts';
import { mutate, todayOf, type ServiceContext } from '../shared/context.ts';
import { newId } from '../shared/ids.ts';
import { hashPassword } from '../shared/passwords.ts';
import { codeProblems } from '../shared/validate-codes.ts';
import { checkThrottle, mailWebUrl, queueAccountMail, throttleKeys } from './account-tokens.ts';

export interface RegistrationInput {
  creditCode: string;
  enterpriseName: string;
  parkCode: string;
  industryCode: string;
  foundedOn: string;
  registeredCapitalFen: bigint;
  employees: number;
  legalRepresentative: string;
  address: string;
  contactName: string;
  email: string;
  phone?: string;
  password: string;
  locale?: 'zh-CN' | 'en';
}

export const listRegistrationParks = (ctx: ServiceContext) => listActiveParks(ctx.database.db);

/** A pending registration; every submission counts against the client address's throttle. */
export async function registerEnterprise(ctx: ServiceContext, input: RegistrationInput, deps: { throttle: LoginThrottle }): Promise<RegistrationRow> {
  const now = ctx.now();
  const keys = throttleKeys(ctx, 'register');
  checkThrottle(deps.throttle, keys, now);
  deps.throttle.recordFailure(keys, now.getTime());
  const problems = codeProblems({ creditCode: input.creditCode, industryCode: input.industryCode, regionCode: regionOfCreditCode(input.creditCode) }).map((p) => (p.field === 'regionCode' ? { ...p, field: 'creditCode' } : p));
  if (input.foundedOn > todayOf(ctx)) problems.push(problem('foundedOn', 'field.in_future'));
  const phone = input.phone === undefined || input.phone.trim() === '' ? null : normalizePhone(input.phone);
  if (phone && !phone.ok) problems.push(problem('phone', 'field.invalid_phone', { value: input.phone ?? '' }));
  if (problems.length) throw invalidFields(problems);
  const park = await findParkByCode(ctx.database.db, input.parkCode);
  if (!park || park.status !== 'active') throw invalidFields([problem('parkCode', 'registration.park_unknown')]);
  const passwordHash = await hashPassword(input.password);
  const email = input.email.trim().toLowerCase();
  return mutate(ctx, async (tx) => {
    const row = await insertRegistration(tx, {
      id: newId(now.getTime()),
      parkId: park.id,
      creditCode: input.creditCode,
      enterpriseName: input.enterpriseName,
      industryCode: input.industryCode,
      foundedOn: input.foundedOn,
      registeredCapitalFen: input.registeredCapitalFen,
      employees: input.employees,
      legalRepresentative: input.legalRepresentative,
      address: input.address,
      contactName: input.contactName,
      email,
      phone: phone?.ok ? phone.phone : null,
      passwordHash,
      locale: input.locale ?? 'zh-CN',
      createdAt: now,
    });
    return { result: row, audit: { action: 'registration.submit', targetType: 'registration', targetId: row.id, parkId: park.id, details: { creditCode: input.creditCode } } };
  });
}

export async function listRegistrations(ctx: ServiceContext, filter: { parkId?: string; status?: RegistrationStatus }, page: PageRequest): Promise<Page<RegistrationView>> {
  authorize(ctx.actor, 'registration.review', { parkId: filter.parkId });
  const administered = administeredParks(ctx.actor);
  const parkIds = filter.parkId ? [filter.parkId] : administered;
  return selectRegistrations(ctx.database.db, { parkIds, status: filter.status }, page);
}

/** Admits a pending registration into its park: the enterprise (created, or the park's own with that code) and an active account. */
export async function admitRegistration(ctx: ServiceContext, id: string): Promise<RegistrationRow> {
  const registration = await findRegistration(ctx.database.db, id);
  if (!registration) throw fail('registration.not_found');
  authorize(ctx.actor, 'registration.review', { parkId: registration.parkId });
  nextRegistrationStatus(registration.status, 'admit');
  const park = (await findPark(ctx.database.db, registration.parkId))!;
  const now = ctx.now();
  let created: string | null = null;
  const decided = await mutate(ctx, async (tx) => {
    if (await findUserByEmail(tx, registration.email)) throw fail('account.email_taken', {}, { fields: [problem('email', 'account.email_taken')] });
    const existing = await findOrganisationByCreditCode(tx, registration.creditCode);
    if (existing && (existing.type !== 'enterprise' || existing.parkId !== registration.parkId)) throw fail('registration.credit_code_outside_park', {}, { fields: [problem('creditCode', 'registration.credit_code_outside_park')] });
    let organisationId = existing?.id;
    if (!organisationId) {
      organisationId = await insertEnterprise(
        tx,
        {
          creditCode: registration.creditCode,
          name: registration.enterpriseName,
          parkId: registration.parkId,
          industryCode: registration.industryCode,
          regionCode: regionOfCreditCode(registration.creditCode),
          foundedOn: registration.foundedOn,
          registeredCapitalFen: registration.registeredCapitalFen,
          employees: registration.employees,
          legalRepresentative: registration.legalRepresentative,
          address: registration.address,
          admittedOn: todayOf(ctx),
        },
        now,
      );
      await refreshCompleteness(tx, [organisationId], todayOf(ctx));
      created = organisationId;
    }
    const user = await insertUser(tx, { id: newId(now.getTime()), email: registration.email, passwordHash: registration.passwordHash, displayName: registration.contactName, phone: registration.phone, locale: registration.locale, createdAt: now, updatedAt: now });
    await insertMembership(tx, { id: newId(now.getTime()), userId: user.id, organisationId, role: 'enterprise_user', createdAt: now });
    const row = await decideRegistration(tx, id, { status: 'admitted', decidedAt: now, decidedBy: ctx.actor.userId, organisationId, userId: user.id });
    if (!row) throw fail('registration.decided_meanwhile');
    const webUrl = mailWebUrl();
    if (webUrl) await queueAccountMail(tx, { address: row.email, userId: user.id }, registrationDecisionMail({ webUrl, admitted: true, enterpriseName: row.enterpriseName, parkName: park.name, parkNameEn: park.nameEn, contactName: row.contactName, reason: null }), now);
    return { result: row, audit: { action: 'registration.admit', targetType: 'registration', targetId: id, parkId: row.parkId, details: { creditCode: row.creditCode, organisationId, created: !existing, userId: user.id } } };
  });
  if (created) await rescore(ctx, [created]);
  return decided;
}

export async function rejectRegistration(ctx: ServiceContext, id: string, reason: string): Promise<RegistrationRow> {
  const registration = await findRegistration(ctx.database.db, id);
  if (!registration) throw fail('registration.not_found');
  authorize(ctx.actor, 'registration.review', { parkId: registration.parkId });
  nextRegistrationStatus(registration.status, 'reject');
  const park = (await findPark(ctx.database.db, registration.parkId))!;
  const now = ctx.now();
  return mutate(ctx, async (tx) => {
    const row = await decideRegistration(tx, id, { status: 'rejected', decidedAt: now, decidedBy: ctx.actor.userId, reason });
    if (!row) throw fail('registration.decided_meanwhile');
    const webUrl = mailWebUrl();
    if (webUrl) await queueAccountMail(tx, { address: row.email }, registrationDecisionMail({ webUrl, admitted: false, enterpriseName: row.enterpriseName, parkName: park.name, parkNameEn: park.nameEn, contactName: row.contactName, reason }), now);
    return { result: row, audit: { action: 'registration.reject', targetType: 'registration', targetId: id, parkId: row.parkId, details: { creditCode: row.creditCode, reason } } };
  });
}
