// Account flows beside sign-in: password reset tokens, invitations to an organisation, and
// enterprises' self-registrations awaiting their park's administrator. Tokens are random and only
// their SHA-256 is stored; each is used once (a conditional update claims it).
import { sql } from 'drizzle-orm';
import { bigint, check, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { REGISTRATION_STATUSES } from '../../../shared/organisations.ts';
import { organisations } from './organisations.ts';
import { parks } from './parks.ts';
import { ROLES, users } from './users.ts';

export const passwordResets = pgTable(
  'password_resets',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [index('password_resets_user_idx').on(t.userId)],
);

export const INVITATION_STATUSES = ['open', 'accepted', 'revoked'] as const;

export const invitations = pgTable(
  'invitations',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    email: text('email').notNull(), // lower-cased
    role: text('role', { enum: ROLES }).notNull(),
    tokenHash: text('token_hash').notNull(),
    status: text('status', { enum: INVITATION_STATUSES }).notNull().default('open'),
    invitedBy: uuid('invited_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'date' }),
    userId: uuid('user_id').references(() => users.id),
  },
  (t) => [
    uniqueIndex('invitations_token_key').on(t.tokenHash),
    // One open invitation per organisation and e-mail.
    uniqueIndex('invitations_open_key').on(t.organisationId, t.email).where(sql`${t.status} = 'open'`),
    index('invitations_organisation_idx').on(t.organisationId, t.createdAt),
    check('invitations_status', sql`${t.status} IN ('open', 'accepted', 'revoked')`),
  ],
);

export { REGISTRATION_STATUSES };

export const registrations = pgTable(
  'registrations',
  {
    id: uuid('id').primaryKey(),
    parkId: uuid('park_id')
      .notNull()
      .references(() => parks.id),
    creditCode: text('credit_code').notNull(),
    enterpriseName: text('enterprise_name').notNull(),
    // The registration facts the enterprise is admitted with (its region is in the credit code).
    industryCode: text('industry_code').notNull(),
    foundedOn: date('founded_on', { mode: 'string' }).notNull(),
    registeredCapitalFen: bigint('registered_capital_fen', { mode: 'bigint' }).notNull(),
    employees: integer('employees').notNull(),
    legalRepresentative: text('legal_representative').notNull(),
    address: text('address').notNull(),
    contactName: text('contact_name').notNull(),
    email: text('email').notNull(), // lower-cased
    // The applicant's phone in its canonical form (domain/codes/phone.ts), given to their account.
    phone: text('phone'),
    passwordHash: text('password_hash').notNull(),
    locale: text('locale', { enum: ['zh-CN', 'en'] }).notNull().default('zh-CN'),
    status: text('status', { enum: REGISTRATION_STATUSES }).notNull().default('pending'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'date' }),
    decidedBy: uuid('decided_by').references(() => users.id),
    reason: text('reason'),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    userId: uuid('user_id').references(() => users.id),
  },
  (t) => [
    // One pending registration per credit code, and per e-mail.
    uniqueIndex('registrations_pending_code_key').on(t.creditCode).where(sql`${t.status} = 'pending'`),
    uniqueIndex('registrations_pending_email_key').on(t.email).where(sql`${t.status} = 'pending'`),
    index('registrations_park_idx').on(t.parkId, t.status, t.createdAt),
    check('registrations_status', sql`${t.status} IN ('pending', 'admitted', 'rejected')`),
  ],
);
