// Risk compensation pools (风险补偿资金池): each pool's definition as versioned data (the body
// validated by src/domain/policy/pool.ts, every saved version kept), its money as ledger entries
// (contributions, payouts, refunds), the loans its partners registered with the coverage share
// fixed then, and claims on those loans with their moves, documents and the recoveries shared back.
// "Only one" rules are unique indexes: a loan registers once per pool, a registered loan has at
// most one open claim.
import { sql } from 'drizzle-orm';
import { bigint, bigserial, boolean, check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations.ts';
import { parks } from './parks.ts';
import { bytea } from './reports.ts';
import { loans } from './workflow.ts';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const day = (name: string) => date(name, { mode: 'string' });
const fen = (name: string) => bigint(name, { mode: 'bigint' });

export const pools = pgTable(
  'pools',
  {
    id: uuid('id').primaryKey(),
    /** The pool's stable code (the domain's Pool.id). */
    code: text('code').notNull(),
    /** The version in force: the body below. */
    version: integer('version').notNull(),
    /** The owning park, or null for a city-wide pool. */
    parkId: uuid('park_id').references(() => parks.id),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    /** active | closed */
    status: text('status').notNull(),
    validFrom: day('valid_from').notNull(),
    validTo: day('valid_to').notNull(),
    /** The pool as validated (src/domain/policy/pool.ts). */
    body: jsonb('body').notNull(),
    createdBy: uuid('created_by'),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [uniqueIndex('pools_code_key').on(t.code), index('pools_park_idx').on(t.parkId)],
);

/** Every version of a pool's definition as it was saved. */
export const poolVersions = pgTable(
  'pool_versions',
  {
    poolId: uuid('pool_id').notNull().references(() => pools.id),
    version: integer('version').notNull(),
    body: jsonb('body').notNull(),
    savedBy: uuid('saved_by'),
    savedAt: at('saved_at').notNull(),
  },
  (t) => [uniqueIndex('pool_versions_key').on(t.poolId, t.version)],
);

/**
 * The loans registered with a pool, each with the share of its net loss the pool covers, fixed when
 * the partner registered it; and the registrations the platform proposed at disbursement for the
 * partner bank to confirm or decline. One row per pool and loan whatever its status: confirming or
 * registering by hand turns the proposed (or declined) row into a registered one.
 */
export const poolLoans = pgTable(
  'pool_loans',
  {
    id: uuid('id').primaryKey(),
    poolId: uuid('pool_id').notNull().references(() => pools.id),
    loanId: uuid('loan_id').notNull().references(() => loans.id),
    partnerId: uuid('partner_id').notNull().references(() => organisations.id),
    enterpriseId: uuid('enterprise_id').notNull(),
    /** The coverage share fixed at registration, an exact decimal ("0.6"). */
    share: text('share').notNull(),
    firstLoan: boolean('first_loan').notNull(),
    principalFen: fen('principal_fen').notNull(),
    poolVersion: integer('pool_version').notNull(),
    /** The day it was registered; while proposed or declined, the day it was proposed. */
    registeredOn: day('registered_on').notNull(),
    /** proposed | registered | declined: only registered loans count for coverage, leverage and claims. */
    status: text('status').notNull().default('registered'),
    /** The day the platform proposed it at disbursement (null: registered by hand). */
    proposedOn: day('proposed_on'),
    /** The partner's officer who confirmed (or declined) the registration (null: the platform's own). */
    confirmedBy: uuid('confirmed_by'),
    createdAt: at('created_at').notNull(),
  },
  (t) => [uniqueIndex('pool_loans_pool_loan_key').on(t.poolId, t.loanId), index('pool_loans_partner_idx').on(t.poolId, t.partnerId), index('pool_loans_loan_idx').on(t.loanId), check('pool_loans_status', sql`${t.status} IN ('proposed', 'registered', 'declined')`)],
);

export const poolClaims = pgTable(
  'pool_claims',
  {
    id: uuid('id').primaryKey(),
    poolId: uuid('pool_id').notNull().references(() => pools.id),
    poolLoanId: uuid('pool_loan_id').notNull().references(() => poolLoans.id),
    loanId: uuid('loan_id').notNull().references(() => loans.id),
    partnerId: uuid('partner_id').notNull().references(() => organisations.id),
    /** src/domain/policy/pool-claims.ts POOL_CLAIM_STATES */
    state: text('state').notNull(),
    filedOn: day('filed_on').notNull(),
    overdueSince: day('overdue_since').notNull(),
    overdueDays: integer('overdue_days').notNull(),
    lawsuitAcceptedOn: day('lawsuit_accepted_on'),
    principalAtDefaultFen: fen('principal_at_default_fen').notNull(),
    /** The day the review step now running started (the review clock counts from it). */
    stepStartedOn: day('step_started_on'),
    /** Set on approval: the payout computed (computePayout) and its trail. */
    netLossFen: fen('net_loss_fen'),
    approvedFen: fen('approved_fen'),
    limitedBy: text('limited_by'),
    trail: jsonb('trail'),
    paidFen: fen('paid_fen'),
    paidOn: day('paid_on'),
    paymentReference: text('payment_reference'),
    reason: text('reason'),
    comment: text('comment'),
    filedBy: uuid('filed_by'),
    version: integer('version').notNull().default(1),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('pool_claims_one_open_key').on(t.poolLoanId).where(sql`${t.state} NOT IN ('paid', 'rejected', 'withdrawn')`),
    index('pool_claims_pool_idx').on(t.poolId, t.state),
    index('pool_claims_partner_idx').on(t.partnerId),
  ],
);

/** Every move of a pool claim, with who made it and why, written in its transaction. */
export const poolClaimEvents = pgTable(
  'pool_claim_events',
  {
    id: bigserial('id', { mode: 'bigint' }).primaryKey(),
    claimId: uuid('claim_id').notNull().references(() => poolClaims.id),
    fromState: text('from_state'),
    toState: text('to_state').notNull(),
    /** partner | administrator */
    mover: text('mover').notNull(),
    actorId: uuid('actor_id'),
    reason: text('reason'),
    comment: text('comment'),
    at: at('at').notNull(),
  },
  (t) => [index('pool_claim_events_claim_idx').on(t.claimId, t.id)],
);

/** A document given for a claim's review step: the bytes as uploaded, with their SHA-256. */
export const poolClaimDocuments = pgTable(
  'pool_claim_documents',
  {
    id: uuid('id').primaryKey(),
    claimId: uuid('claim_id').notNull().references(() => poolClaims.id),
    /** src/domain/policy/pool.ts CLAIM_DOCUMENTS */
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: uuid('uploaded_by'),
    uploadedAt: at('uploaded_at').notNull(),
  },
  (t) => [index('pool_claim_documents_claim_idx').on(t.claimId, t.kind)],
);

/** The pool's money: contributions in, payouts on claims out, refunds of later recoveries in. */
export const poolLedgerEntries = pgTable(
  'pool_ledger_entries',
  {
    id: uuid('id').primaryKey(),
    poolId: uuid('pool_id').notNull().references(() => pools.id),
    /** contribution | payout | refund */
    kind: text('kind').notNull(),
    on: day('on').notNull(),
    amountFen: fen('amount_fen').notNull(),
    /** A contribution's contributor (the pool body's id); null: one sum split by the shares. */
    contributorId: text('contributor_id'),
    claimId: uuid('claim_id').references(() => poolClaims.id),
    partnerId: uuid('partner_id').references(() => organisations.id),
    reference: text('reference'),
    recordedBy: uuid('recorded_by'),
    recordedAt: at('recorded_at').notNull(),
  },
  (t) => [
    index('pool_ledger_entries_pool_idx').on(t.poolId, t.on),
    uniqueIndex('pool_ledger_entries_one_payout_key').on(t.claimId).where(sql`${t.kind} = 'payout'`),
    check('pool_ledger_entries_amount_positive', sql`${t.amountFen} > 0`),
    check('pool_ledger_entries_claim_money', sql`${t.kind} = 'contribution' OR (${t.claimId} IS NOT NULL AND ${t.partnerId} IS NOT NULL)`),
  ],
);

/** What a partner recovered after the pool paid a claim, and the refund it owes the pool on it. */
export const poolRecoveries = pgTable(
  'pool_recoveries',
  {
    id: uuid('id').primaryKey(),
    claimId: uuid('claim_id').notNull().references(() => poolClaims.id),
    recoveredOn: day('recovered_on').notNull(),
    amountFen: fen('amount_fen').notNull(),
    refundFen: fen('refund_fen').notNull(),
    /** recoveryRefund's step (src/domain/policy/trail.ts). */
    trail: jsonb('trail').notNull(),
    ledgerEntryId: uuid('ledger_entry_id').references(() => poolLedgerEntries.id),
    note: text('note').notNull().default(''),
    recordedBy: uuid('recorded_by'),
    recordedAt: at('recorded_at').notNull(),
  },
  (t) => [index('pool_recoveries_claim_idx').on(t.claimId)],
);
