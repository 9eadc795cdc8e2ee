// Policy instruments, pure domain: programmes as versioned data (validated on save, overlaps
// found), the interest subsidy of a loan with its calculation trail, and the budget's share-out.
export * from './programme.ts';
export { overlaps, overlapIssues, parksOf, type ProgrammeOverlap } from './overlap.ts';
export { unmetRules, type EnterpriseFacts, type SubsidisedLoan, type SubsidyReason } from './eligibility.ts';
export { computeInterestSubsidy, firstCountedRepaymentOn, lprRateValue, type InterestRepayment, type InterestSubsidyInput, type SubsidyClaim } from './interest-subsidy.ts';
export { allocateBudget, firstComeOrder, type BudgetAllocation } from './budget.ts';
export { roundFen, fenTimes, parseDecimal, formatFraction, type Fraction } from './decimal.ts';
export type { TrailStep } from './trail.ts';
export { runInterestSubsidy, type InterestSubsidyRun, type InterestSubsidyRunResult, type RunLoan } from './run.ts';
