// Policy instruments, pure domain: programmes as versioned data (validated on save, overlaps
// found), the interest, guarantee-fee and premium subsidy of a loan with its calculation trail,
// the clawback on a surrendered policy, and the budget's share-out.
// Risk compensation pools (pool*.ts): definitions, loan registration and leverage, claims and their
// review, payouts and refunds with their trail, the ledger and the console's summary.
// The simulator runs a programme over a whole portfolio (columns, no trails) with the same result.
export * from './programme.ts';
export { overlaps, overlapIssues, parksOf, type ProgrammeOverlap } from './overlap.ts';
export { subsidyReason, unmetRules, type EnterpriseFacts, type SubsidisedLoan, type SubsidyReason } from './eligibility.ts';
export { applyCaps, type PaymentSubsidy } from './claim.ts';
export { computeInterestSubsidy, firstCountedRepaymentOn, lprRateValue, type InterestRepayment, type InterestSubsidyInput, type SubsidyClaim } from './interest-subsidy.ts';
export { computeFeeSubsidy, coverageDays, DAY_COUNT, type FeePayment, type FeeSubsidyInput } from './fee-subsidy.ts';
export { computeClawback, type Clawback, type ClawbackInput } from './clawback.ts';
export { allocateBudget, firstComeOrder, type BudgetAllocation } from './budget.ts';
export { roundFen, fenTimes, parseDecimal, formatFraction, type Fraction } from './decimal.ts';
export type { DayCount, TrailStep } from './trail.ts';
export { firstCountedPaymentOn, runInterestSubsidy, runSubsidy, type InterestSubsidyRun, type InterestSubsidyRunResult, type RunLoan, type SubsidyRun, type SubsidyRunLoan, type SubsidyRunResult } from './run.ts';
export * from './pool.ts';
export * from './pool-coverage.ts';
export * from './pool-claims.ts';
export { computePayout, payFromPool, paymentRefusal, recoveryRefund, paidShareOf, type PayoutInput, type PoolPayout, type PaymentRequest, type RecoveryInput } from './pool-payout.ts';
export * from './pool-ledger.ts';
export * from './pool-summary.ts';
export type { PoolTrailStep } from './trail.ts';
export { simulateProgramme, type SimulationInput, type SimulationResult, type BreakdownRow, type ReasonCode } from './simulate.ts';
export { compareProgrammes, type ComparisonInput, type ProgrammeComparison, type SimulationDelta, type BreakdownDelta } from './simulate-compare.ts';
export { simPortfolioOf, runLoansOf, checkSimPortfolio, type SimPortfolio } from './simulate-portfolio.ts';
export { syntheticPortfolio, type SyntheticOptions } from './simulate-synthetic.ts';
