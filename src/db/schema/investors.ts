// Equity investors (股权投资方). One profile per investor: an institution that invests (its
// organisation: VC fund, angel fund, corporate VC, government guidance fund) or an individual angel
// (a user). Exactly one of organisation_id / owner_user_id is set, and the kind says which; each
// organisation and each user has at most one profile (unique indexes). The team and the portfolio
// are rows of their own so that later features (fundraising, pipeline, roadshows) can point at them;
// a portfolio company links to the enterprise when it is on the platform.
import { sql } from 'drizzle-orm';
import { bigint, check, date, index, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { INVESTMENT_STAGES, INVESTOR_KINDS } from '../../../shared/investors.ts';
import { organisations } from './organisations.ts';
import { users } from './users.ts';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const fen = (name: string) => bigint(name, { mode: 'bigint' });

export const investorProfiles = pgTable(
  'investor_profiles',
  {
    id: uuid('id').primaryKey(),
    kind: text('kind', { enum: INVESTOR_KINDS }).notNull(),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    ownerUserId: uuid('owner_user_id').references(() => users.id),
    /** An individual angel's public name (an institution's is its organisation's name). */
    displayName: text('display_name'),
    thesis: text('thesis').notNull(),
    stages: text('stages', { enum: INVESTMENT_STAGES }).array().notNull(),
    /** GB/T 4754-2017 codes at any level ('C27' covers every 'C27…' class). */
    industryCodes: text('industry_codes').array().notNull(),
    /** GB/T 2260 region codes the investor invests in. */
    regionCodes: text('region_codes').array().notNull(),
    /** Parks of the platform the investor follows. */
    parkIds: uuid('park_ids').array().notNull(),
    ticketMinFen: fen('ticket_min_fen').notNull(),
    ticketMaxFen: fen('ticket_max_fen').notNull(),
    /** Assets under management; an individual angel has none. */
    fundSizeFen: fen('fund_size_fen'),
    /** The manager's registration with AMAC (P + 7 digits): form checked here, truth on the public register. */
    managerRegistrationNo: text('manager_registration_no'),
    /** Record codes of the funds it manages (S + 5 letters or digits). */
    fundRecordCodes: text('fund_record_codes').array().notNull(),
    website: text('website'),
    updatedBy: uuid('updated_by'),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('investor_profiles_organisation_key').on(t.organisationId),
    uniqueIndex('investor_profiles_owner_key').on(t.ownerUserId),
    index('investor_profiles_kind_idx').on(t.kind),
    check(
      'investor_profiles_one_owner',
      sql`(${t.kind} = 'individual_angel' AND ${t.ownerUserId} IS NOT NULL AND ${t.organisationId} IS NULL) OR (${t.kind} <> 'individual_angel' AND ${t.organisationId} IS NOT NULL AND ${t.ownerUserId} IS NULL)`,
    ),
    check('investor_profiles_ticket_order', sql`${t.ticketMinFen} >= 0 AND ${t.ticketMinFen} <= ${t.ticketMaxFen}`),
    check('investor_profiles_fund_size_nonnegative', sql`${t.fundSizeFen} IS NULL OR ${t.fundSizeFen} >= 0`),
  ],
);

export const investorTeamMembers = pgTable(
  'investor_team_members',
  {
    id: uuid('id').primaryKey(),
    investorId: uuid('investor_id')
      .notNull()
      .references(() => investorProfiles.id, { onDelete: 'cascade' }),
    position: smallint('position').notNull(),
    name: text('name').notNull(),
    title: text('title').notNull(),
    bio: text('bio'),
    /** Contact for enterprises: shown to the investor's own people, park administrators and operators. */
    email: text('email'),
  },
  (t) => [uniqueIndex('investor_team_members_position_key').on(t.investorId, t.position)],
);

export const investorPortfolioCompanies = pgTable(
  'investor_portfolio_companies',
  {
    id: uuid('id').primaryKey(),
    investorId: uuid('investor_id')
      .notNull()
      .references(() => investorProfiles.id, { onDelete: 'cascade' }),
    position: smallint('position').notNull(),
    /** The enterprise, when the company is on the platform. */
    enterpriseId: uuid('enterprise_id').references(() => organisations.id),
    companyName: text('company_name').notNull(),
    industryCode: text('industry_code'),
    round: text('round', { enum: INVESTMENT_STAGES }),
    investedOn: date('invested_on', { mode: 'string' }),
    /** What the investor put in; private like the team's contacts. */
    amountFen: fen('amount_fen'),
  },
  (t) => [
    uniqueIndex('investor_portfolio_position_key').on(t.investorId, t.position),
    index('investor_portfolio_enterprise_idx').on(t.enterpriseId),
    check('investor_portfolio_amount_nonnegative', sql`${t.amountFen} IS NULL OR ${t.amountFen} >= 0`),
  ],
);
