// Policy instruments' vocabularies, read by the server (domain tables, zod schemas) and the web
// (filters, labels, forms), and the claim moves as one table: the server enforces them
// (src/domain/policy/claim-states.ts), the web offers them.

export const PROGRAMME_KINDS = ['interest_subsidy', 'guarantee_fee_subsidy', 'premium_subsidy'] as const;
export type ProgrammeKind = (typeof PROGRAMME_KINDS)[number];
export const BUDGET_RULES = ['first_come', 'pro_rata'] as const;
/** first_come: claims in order of their first counted repayment date (then loan id); pro_rata: every claim cut by the same ratio. */
export type BudgetRule = (typeof BUDGET_RULES)[number];
export const STACKING_RULES = ['exclusive', 'stackable'] as const;
/** exclusive: the interest it subsidises may not be subsidised by another programme; stackable: it may. */
export type StackingRule = (typeof STACKING_RULES)[number];
export const LPR_BASES = ['lpr1y', 'lpr5y'] as const;
export type LprBase = (typeof LPR_BASES)[number];
/** What a programme subsidises, implied by its kind. */
export const SUBSIDY_BASES = ['interest', 'guarantee_fee', 'premium'] as const;
export type SubsidyBasis = (typeof SUBSIDY_BASES)[number];
export const INTAKES = ['application', 'institution_data'] as const;
/** application: the enterprise applies; institution_data (免申即享): the lender and guarantor or insurer submit the loan and contract data, the enterprise does not apply. */
export type Intake = (typeof INTAKES)[number];
export const CLAWBACK_RULES = ['full', 'pro_rata_unexpired', 'none'] as const;
/** On a guarantee released or a policy surrendered before its term ends: claw back all the subsidy granted on it, the part for the unexpired days, or nothing. */
export type ClawbackRule = (typeof CLAWBACK_RULES)[number];
/** Payments institutions submit for fee and premium subsidies. */
export const POLICY_PAYMENT_KINDS = ['guarantee_fee', 'premium'] as const;
export type PolicyPaymentKind = (typeof POLICY_PAYMENT_KINDS)[number];
/** The header of a payments CSV file (any order; money in whole fen, the rate a decimal fraction a year). */
export const PAYMENT_COLUMNS = ['loan_id', 'kind', 'contract_no', 'paid_on', 'amount_fen', 'coverage_from', 'coverage_to', 'covered_amount_fen', 'fee_rate'] as const;
export type PaymentColumn = (typeof PAYMENT_COLUMNS)[number];

export const SUBSIDY_CLAIM_STATES = [
  'computed', // generated from the loans and repayments the platform holds; recomputed by each run
  'published', // shown to the enterprise for objections; the confirmation deadline runs
  'objected', // the enterprise disputes the amount; the park decides
  'confirmed', // the enterprise confirmed its receiving account
  'approved', // the park approved payment
  'paid', // paid, with the finance office's reference
  'forfeited', // not confirmed in time
  'rejected', // refused by the park after confirmation
  'clawed_back', // paid, then recovered because a rule says so
] as const;
export type SubsidyClaimState = (typeof SUBSIDY_CLAIM_STATES)[number];

/** Claims a later run may still recompute (nothing has been decided on them). */
export const UNDECIDED_CLAIM_STATES = ['computed'] as const satisfies readonly SubsidyClaimState[];
/** Claims whose amount no longer counts against the budget or the caps. */
export const VOID_CLAIM_STATES = ['forfeited', 'rejected', 'clawed_back'] as const satisfies readonly SubsidyClaimState[];
/** Claims the park has to act on: the review queue. */
export const PARK_QUEUE_STATES = ['computed', 'objected', 'confirmed', 'approved'] as const satisfies readonly SubsidyClaimState[];

export const PROGRAMME_STATUSES = ['draft', 'published'] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];

/** Why a park refuses a confirmed claim or claws a paid one back. */
export const CLAIM_DECISION_REASONS = ['loan_misreported', 'account_invalid', 'policy_surrendered', 'dishonesty_listed', 'duplicate_subsidy', 'other'] as const;
export type ClaimDecisionReason = (typeof CLAIM_DECISION_REASONS)[number];

/** Who moves a claim: the enterprise (objects, confirms its account), the park owning the programme, the platform's daily sweep. */
export const CLAIM_MOVERS = ['enterprise', 'park', 'platform'] as const;
export type ClaimMover = (typeof CLAIM_MOVERS)[number];
/** What a move needs: a comment, a reason code, the receiving account, a payment reference. */
export const CLAIM_NEEDS = ['comment', 'reason', 'account', 'payment'] as const;
export type ClaimNeed = (typeof CLAIM_NEEDS)[number];

export interface ClaimTransition {
  from: SubsidyClaimState;
  to: SubsidyClaimState;
  by: ClaimMover;
  needs: readonly ClaimNeed[];
}

const t = (from: SubsidyClaimState, to: SubsidyClaimState, by: ClaimMover, needs: ClaimNeed[] = []): ClaimTransition => ({ from, to, by, needs });

/** Every allowed move of a claim; any other is refused, whoever asks. */
export const CLAIM_TRANSITIONS: readonly ClaimTransition[] = [
  t('computed', 'published', 'park'),
  t('published', 'objected', 'enterprise', ['comment']),
  t('published', 'confirmed', 'enterprise', ['account']),
  t('published', 'forfeited', 'platform'), // the confirmation deadline passed
  // The park decides an objection: dismissed (published again, the deadline unchanged) or upheld
  // (back to computed, so the next run recomputes it).
  t('objected', 'published', 'park', ['comment']),
  t('objected', 'computed', 'park', ['comment']),
  t('confirmed', 'approved', 'park'),
  t('confirmed', 'rejected', 'park', ['reason']),
  t('approved', 'paid', 'park', ['payment']),
  t('paid', 'clawed_back', 'park', ['reason']),
  // A rule claws back: a surrendered policy (the programme's clawback rule gives the amount).
  t('paid', 'clawed_back', 'platform', ['reason']),
];

/** Where a claim can go next, and by whom. */
export const claimMovesFrom = (from: SubsidyClaimState) => CLAIM_TRANSITIONS.filter((tr) => tr.from === from);

/** Proofs a programme may require of a claim (PDF, PNG or JPEG uploads; see shared/documents.ts). */
export const PROOF_KINDS = ['application_form', 'business_licence', 'ip_certificate', 'pledge_registration', 'loan_contract', 'premium_invoice', 'guarantee_contract', 'other'] as const;
export type ProofKind = (typeof PROOF_KINDS)[number];
/** Who provides a proof: the claim's enterprise, or the lending (or fee-submitting) institution. */
export const PROOF_PROVIDERS = ['enterprise', 'institution'] as const;
export type ProofProvider = (typeof PROOF_PROVIDERS)[number];
export interface RequiredProof {
  kind: ProofKind;
  by: ProofProvider;
}
/** Claims that take no more proofs: decided for good. */
export const PROOF_CLOSED_STATES = ['paid', 'rejected', 'forfeited', 'clawed_back'] as const satisfies readonly SubsidyClaimState[];
