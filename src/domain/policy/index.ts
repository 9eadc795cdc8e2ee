// Policy instruments, pure domain: programmes as versioned data (validated on save, overlaps
// found), the interest subsidy of a loan with its calculation trail, and the budget's share-out;
// risk compensation pools (pool*.ts): definitions, loan registration and leverage, claims and their
// review, payouts and refunds with their trail, the ledger and the console's summary.
export * from './programme.ts';
export { overlaps, overlapIssues, parksOf, type ProgrammeOverlap } from './overlap.ts';
export { unmetRules, type EnterpriseFacts, type SubsidisedLoan, type SubsidyReason } from './eligibility.ts';
export { computeInterestSubsidy, firstCountedRepaymentOn, lprRateValue, type InterestRepayment, type InterestSubsidyInput, type SubsidyClaim } from './interest-subsidy.ts';
export { allocateBudget, firstComeOrder, type BudgetAllocation } from './budget.ts';
export { roundFen, fenTimes, parseDecimal, formatFraction, type Fraction } from './decimal.ts';
export type { TrailStep } from './trail.ts';
export { runInterestSubsidy, type InterestSubsidyRun, type InterestSubsidyRunResult, type RunLoan } from './run.ts';
export * from './pool.ts';
export * from './pool-coverage.ts';
export * from './pool-claims.ts';
export { computePayout, payFromPool, paymentRefusal, recoveryRefund, paidShareOf, type PayoutInput, type PoolPayout, type PaymentRequest, type RecoveryInput } from './pool-payout.ts';
export * from './pool-ledger.ts';
export * from './pool-summary.ts';
export type { PoolTrailStep } from './trail.ts';
