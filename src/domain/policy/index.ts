// Policy instruments, pure domain: programmes as versioned data (validated on save, overlaps
// found), the interest subsidy of a loan with its calculation trail, and the budget's share-out.
// The simulator runs a programme over a whole portfolio (columns, no trails) with the same result.
export * from './programme.ts';
export { overlaps, overlapIssues, parksOf, type ProgrammeOverlap } from './overlap.ts';
export { unmetRules, type EnterpriseFacts, type SubsidisedLoan, type SubsidyReason } from './eligibility.ts';
export { computeInterestSubsidy, firstCountedRepaymentOn, lprRateValue, type InterestRepayment, type InterestSubsidyInput, type SubsidyClaim } from './interest-subsidy.ts';
export { allocateBudget, firstComeOrder, type BudgetAllocation } from './budget.ts';
export { roundFen, fenTimes, parseDecimal, formatFraction, type Fraction } from './decimal.ts';
export type { TrailStep } from './trail.ts';
export { runInterestSubsidy, type InterestSubsidyRun, type InterestSubsidyRunResult, type RunLoan } from './run.ts';
export { simulateProgramme, type SimulationInput, type SimulationResult, type BreakdownRow, type ReasonCode } from './simulate.ts';
export { compareProgrammes, type ComparisonInput, type ProgrammeComparison, type SimulationDelta, type BreakdownDelta } from './simulate-compare.ts';
export { simPortfolioOf, runLoansOf, checkSimPortfolio, type SimPortfolio } from './simulate-portfolio.ts';
export { syntheticPortfolio, type SyntheticOptions } from './simulate-synthetic.ts';
