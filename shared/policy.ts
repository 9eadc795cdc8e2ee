// Policy instruments' vocabularies, read by the server (domain tables, zod schemas) and the web
// (filters, labels, forms). The claim moves themselves live in src/domain/policy/claim-states.ts.

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
