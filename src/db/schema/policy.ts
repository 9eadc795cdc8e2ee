// Policy instruments: subsidy programmes as versioned data (the validated body as JSON, the columns
// lists filter on beside it), the claims computed from loans and repayments with their calculation
// trail, each claim's moves (src/domain/policy/claim-states.ts), and the payment batches a park's
// finance office pays from.
import { sql } from 'drizzle-orm';
import { bigint, bigserial, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { enterprises, organisations } from './organisations.ts';
import { parks } from './parks.ts';
import { bytea } from './reports.ts';
import { users } from './users.ts';
import { loans } from './workflow.ts';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const day = (name: string) => date(name, { mode: 'string' });
const fen = (name: string) => bigint(name, { mode: 'bigint' });

export const programmes = pgTable(
  'programmes',
  {
    id: uuid('id').primaryKey(),
    /** The programme's stable code (the domain's Programme.id), shared by all its versions. */
    code: text('code').notNull(),
    version: integer('version').notNull(),
    kind: text('kind').notNull(),
    /** The owning park, or null for a city-wide (platform) programme. */
    parkId: uuid('park_id').references(() => parks.id),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    /** draft | published */
    status: text('status').notNull(),
    validFrom: day('valid_from').notNull(),
    validTo: day('valid_to').notNull(),
    budgetFen: fen('budget_fen').notNull(),
    /** The programme as validated (src/domain/policy/programme.ts), fen as JSON numbers. */
    body: jsonb('body').notNull(),
    createdBy: uuid('created_by'),
    createdAt: at('created_at').notNull(),
    publishedAt: at('published_at'),
  },
  (t) => [uniqueIndex('programmes_code_version_key').on(t.code, t.version), uniqueIndex('programmes_one_draft_key').on(t.code).where(sql`${t.status} = 'draft'`), index('programmes_park_idx').on(t.parkId, t.status)],
);

export const paymentBatches = pgTable(
  'payment_batches',
  {
    id: uuid('id').primaryKey(),
    programmeCode: text('programme_code').notNull(),
    parkId: uuid('park_id').references(() => parks.id),
    /** The finance office's reference, set when the batch is paid. */
    paymentReference: text('payment_reference'),
    claims: integer('claims').notNull(),
    totalFen: fen('total_fen').notNull(),
    /** open | paid */
    status: text('status').notNull(),
    createdBy: uuid('created_by'),
    createdAt: at('created_at').notNull(),
    paidOn: day('paid_on'),
  },
  (t) => [index('payment_batches_programme_idx').on(t.programmeCode, t.createdAt)],
);

export const subsidyClaims = pgTable(
  'subsidy_claims',
  {
    id: uuid('id').primaryKey(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id),
    programmeCode: text('programme_code').notNull(),
    programmeVersion: integer('programme_version').notNull(),
    kind: text('kind').notNull(),
    /** The programme's stacking rule when the claim was computed: exclusive claims hold the loan's interest alone. */
    stacking: text('stacking').notNull(),
    loanId: uuid('loan_id').notNull().references(() => loans.id),
    enterpriseId: uuid('enterprise_id').notNull().references(() => enterprises.organisationId),
    parkId: uuid('park_id').notNull().references(() => parks.id),
    institutionId: uuid('institution_id').notNull().references(() => organisations.id),
    periodFrom: day('period_from').notNull(),
    periodTo: day('period_to').notNull(),
    state: text('state').notNull(),
    /** The grade in force on the loan date, as the claim was computed. */
    grade: text('grade'),
    interestPaidFen: fen('interest_paid_fen').notNull(),
    eligibleInterestFen: fen('eligible_interest_fen').notNull(),
    /** What the subsidy is a share of: interest, guarantee_fee or premium; and how much of it was paid and counts. */
    basis: text('basis').notNull().default('interest'),
    basisPaidFen: fen('basis_paid_fen').notNull().default(sql`0`),
    eligibleBasisFen: fen('eligible_basis_fen').notNull().default(sql`0`),
    /** Fee and premium claims: each counted payment's subsidy and coverage (what a clawback is computed from), fen as strings. */
    paymentGrants: jsonb('payment_grants'),
    computedFen: fen('computed_fen').notNull(),
    capFen: fen('cap_fen'),
    subsidyFen: fen('subsidy_fen').notNull(),
    firstRepaymentOn: day('first_repayment_on'),
    /** Every step of the calculation (src/domain/policy/trail.ts), fen as strings. */
    trail: jsonb('trail').notNull(),
    publishedOn: day('published_on'),
    objectionUntil: day('objection_until'),
    confirmBy: day('confirm_by'),
    accountName: text('account_name'),
    accountBank: text('account_bank'),
    accountNumber: text('account_number'),
    confirmedOn: day('confirmed_on'),
    decisionReason: text('decision_reason'),
    batchId: uuid('batch_id').references(() => paymentBatches.id),
    paymentReference: text('payment_reference'),
    paidOn: day('paid_on'),
    clawbackFen: fen('clawback_fen'),
    clawedBackOn: day('clawed_back_on'),
    version: integer('version').notNull().default(1),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('subsidy_claims_loan_period_key').on(t.programmeCode, t.loanId, t.periodFrom),
    index('subsidy_claims_programme_idx').on(t.programmeCode, t.state),
    index('subsidy_claims_enterprise_idx').on(t.enterpriseId, t.periodFrom),
    index('subsidy_claims_park_idx').on(t.parkId, t.state),
    index('subsidy_claims_loan_idx').on(t.loanId),
    index('subsidy_claims_institution_idx').on(t.institutionId),
  ],
);

/** Every move of a claim, with who made it and why, written in its transaction. */
export const subsidyClaimEvents = pgTable(
  'subsidy_claim_events',
  {
    id: bigserial('id', { mode: 'bigint' }).primaryKey(),
    claimId: uuid('claim_id').notNull().references(() => subsidyClaims.id),
    fromState: text('from_state'),
    toState: text('to_state').notNull(),
    /** enterprise | park | platform */
    mover: text('mover').notNull(),
    actorId: uuid('actor_id'),
    reason: text('reason'),
    comment: text('comment'),
    at: at('at').notNull(),
  },
  (t) => [index('subsidy_claim_events_claim_idx').on(t.claimId, t.id)],
);

/** A claim's proofs (PDF, PNG or JPEG told by their bytes, capped), each stored with its SHA-256 and who uploaded it. */
export const subsidyClaimDocuments = pgTable(
  'subsidy_claim_documents',
  {
    id: uuid('id').primaryKey(),
    claimId: uuid('claim_id').notNull().references(() => subsidyClaims.id),
    /** shared/policy.ts PROOF_KINDS */
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id),
    uploadedByOrg: uuid('uploaded_by_org').notNull().references(() => organisations.id),
    uploadedAt: at('uploaded_at').notNull(),
  },
  (t) => [index('subsidy_claim_documents_claim_idx').on(t.claimId, t.kind)],
);

/**
 * Guarantee-fee and premium payments as the guarantor, insurer or lending bank submits them (by
 * file or API; 免申即享: the enterprise does not apply): what was paid on which loan, under which
 * guarantee or policy, for which days, at which rate, and when a policy was surrendered.
 */
export const policyPayments = pgTable(
  'policy_payments',
  {
    id: uuid('id').primaryKey(),
    loanId: uuid('loan_id').notNull().references(() => loans.id),
    enterpriseId: uuid('enterprise_id').notNull().references(() => enterprises.organisationId),
    parkId: uuid('park_id').notNull().references(() => parks.id),
    /** guarantee_fee | premium */
    kind: text('kind').notNull(),
    /** The guarantee's or policy's number. */
    contractNo: text('contract_no').notNull(),
    paidOn: day('paid_on').notNull(),
    amountFen: fen('amount_fen').notNull(),
    coverageFrom: day('coverage_from').notNull(),
    coverageTo: day('coverage_to').notNull(),
    coveredAmountFen: fen('covered_amount_fen').notNull(),
    /** The annual fee or premium rate, a decimal ("0.0080"). */
    feeRate: text('fee_rate').notNull(),
    /** The policy was surrendered (the last day it covered); subsidies may be clawed back. */
    surrenderedOn: day('surrendered_on'),
    /** The institution that submitted it. */
    submittedBy: uuid('submitted_by').notNull().references(() => organisations.id),
    submittedByUser: uuid('submitted_by_user'),
    /** api | file | demo */
    source: text('source').notNull(),
    submittedAt: at('submitted_at').notNull(),
  },
  (t) => [uniqueIndex('policy_payments_key').on(t.loanId, t.kind, t.contractNo, t.paidOn), index('policy_payments_loan_idx').on(t.loanId, t.paidOn), index('policy_payments_submitter_idx').on(t.submittedBy)],
);
