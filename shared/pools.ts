// Risk compensation pools' vocabularies, read by the server (domain tables, zod schemas) and the
// web (labels, forms), and the pool claim's moves as one table: the server enforces them
// (src/domain/policy/pool-claims.ts), the web offers them.

export const REVIEW_STEPS = ['filing', 'review', 'approval'] as const;
export type ReviewStep = (typeof REVIEW_STEPS)[number];

export const CLAIM_DOCUMENTS = ['overdue_notice', 'lawsuit_acceptance_notice', 'loan_contract', 'repayment_record', 'collection_evidence', 'committee_minutes'] as const;
export type ClaimDocument = (typeof CLAIM_DOCUMENTS)[number];

/** A loan in a pool: proposed at disbursement (awaiting the bank), registered (covered), declined by the bank. */
export const POOL_LOAN_STATUSES = ['proposed', 'registered', 'declined'] as const;
export type PoolLoanStatus = (typeof POOL_LOAN_STATUSES)[number];

export const POOL_CLAIM_STATES = ['filed', 'under_review', 'awaiting_approval', 'returned', 'approved', 'paid', 'rejected', 'withdrawn'] as const;
export type PoolClaimState = (typeof POOL_CLAIM_STATES)[number];
export type PoolClaimMover = 'partner' | 'administrator';
/** reason: a rejection's; comment: what a return asks for; documents: the step's documents; payment: the amount paid, within the approved payout and the balance. */
export type PoolClaimNeed = 'reason' | 'comment' | 'documents' | 'payment';

export interface PoolClaimTransition {
  from: PoolClaimState;
  to: PoolClaimState;
  by: PoolClaimMover;
  needs: readonly PoolClaimNeed[];
  /** The review step whose documents the move needs. */
  step?: ReviewStep;
}

const t = (from: PoolClaimState, to: PoolClaimState, by: PoolClaimMover, needs: PoolClaimNeed[] = [], step?: ReviewStep): PoolClaimTransition => ({ from, to, by, needs, ...(step ? { step } : {}) });

export const POOL_CLAIM_TRANSITIONS: readonly PoolClaimTransition[] = [
  t('filed', 'under_review', 'administrator', ['documents'], 'filing'),
  t('filed', 'returned', 'administrator', ['comment']),
  t('filed', 'rejected', 'administrator', ['reason']),
  t('filed', 'withdrawn', 'partner'),
  t('under_review', 'awaiting_approval', 'administrator', ['documents'], 'review'),
  t('under_review', 'returned', 'administrator', ['comment']),
  t('under_review', 'rejected', 'administrator', ['reason']),
  t('under_review', 'withdrawn', 'partner'),
  t('awaiting_approval', 'approved', 'administrator', ['documents'], 'approval'), // the committee's decision
  t('awaiting_approval', 'rejected', 'administrator', ['reason']),
  // The partner sends what was asked for; the claim is filed again and the filing step restarts.
  t('returned', 'filed', 'partner', ['documents'], 'filing'),
  t('returned', 'withdrawn', 'partner'),
  t('approved', 'paid', 'administrator', ['payment']),
];

export const poolClaimMovesFrom = (from: PoolClaimState): PoolClaimTransition[] => POOL_CLAIM_TRANSITIONS.filter((tr) => tr.from === from);
