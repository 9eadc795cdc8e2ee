// The real programmes as data, for tests and (later) the demo seed: Beijing's IP-pledge
// loan interest subsidy, Zhangjiang's subsidy for rated enterprises holding a valid report,
// Shanghai's premium subsidy for performance-guarantee insurance loans, and two demo programmes
// modelled on them: a Zizhu guarantee-fee subsidy and a Qingdao premium subsidy (免申即享). Budgets
// and caps of the demo programmes are illustrative.
import type { Programme, ProgrammeInput } from './programme.ts';

/** ¥300,000 in fen. */
export const THREE_HUNDRED_THOUSAND_YUAN_FEN = 30_000_000n;

/** Beijing: 50% of the interest actually paid on IP-pledge loans, at most as if at LPR + 40% (1.4 × LPR), ¥300,000 per enterprise per year. */
export const BEIJING_IP_PLEDGE: Programme = {
  id: 'beijing-ip-pledge',
  version: 1,
  kind: 'interest_subsidy',
  ownerPark: null,
  validFrom: '2025-01-01',
  validTo: '2025-12-31',
  eligibility: { minGrade: null, requiresValidReport: false, industryPrefixes: [], parkCodes: [], excludeDishonest: true },
  loanRules: { loanTypes: ['ip_pledge'], institutionIds: [], minAmountFen: null, maxAmountFen: null, maxTermMonths: null, maxRate: null },
  formula: { share: '0.5', rateCap: { base: 'lpr1y', times: '1.4' } },
  caps: { perEnterprisePerYearFen: THREE_HUNDRED_THOUSAND_YUAN_FEN, perLoanFen: null, budgetFen: 50_000_000_000n },
  budgetRule: 'first_come',
  stacking: 'exclusive',
  objectionDays: 5,
  confirmDays: 3,
};

/** Zhangjiang demo: BBB or better with a valid report, 50% of interest, capped at LPR + 40%, ¥300,000 per enterprise per year. */
export const ZHANGJIANG_RATED: Programme = {
  id: 'zhangjiang-rated-subsidy',
  version: 1,
  kind: 'interest_subsidy',
  ownerPark: 'zhangjiang',
  validFrom: '2025-01-01',
  validTo: '2025-12-31',
  eligibility: { minGrade: 'BBB', requiresValidReport: true, industryPrefixes: [], parkCodes: [], excludeDishonest: true },
  loanRules: { loanTypes: [], institutionIds: [], minAmountFen: null, maxAmountFen: null, maxTermMonths: 36, maxRate: null },
  formula: { share: '0.5', rateCap: { base: 'lpr1y', times: '1.4' } },
  caps: { perEnterprisePerYearFen: THREE_HUNDRED_THOUSAND_YUAN_FEN, perLoanFen: null, budgetFen: 2_000_000_000n },
  budgetRule: 'pro_rata',
  stacking: 'exclusive',
  objectionDays: 7,
  confirmDays: 3,
};

/**
 * Shanghai 2025: 50% of the premium actually paid on performance-guarantee insurance loans,
 * 免申即享 (the bank and the insurer submit the loan and policy data; the enterprise does not
 * apply), enterprises on the serious-dishonesty list excluded. A surrendered policy claws back the
 * subsidy pro rata to its unexpired term: the insurer refunds the unexpired premium, so the premium
 * actually paid, and with it the subsidy, shrinks in the same proportion.
 */
export const SHANGHAI_GUARANTEE_INSURANCE_PREMIUM: Programme = {
  id: 'shanghai-guarantee-insurance-premium',
  version: 1,
  kind: 'premium_subsidy',
  ownerPark: null,
  validFrom: '2025-01-01',
  validTo: '2025-12-31',
  eligibility: { minGrade: null, requiresValidReport: false, industryPrefixes: [], parkCodes: [], excludeDishonest: true },
  loanRules: { loanTypes: [], institutionIds: [], minAmountFen: null, maxAmountFen: null, maxTermMonths: null, maxRate: null },
  formula: { share: '0.5', rateCap: null },
  caps: { perEnterprisePerYearFen: null, perLoanFen: null, budgetFen: 10_000_000_000n },
  budgetRule: 'first_come',
  stacking: 'exclusive',
  objectionDays: 5,
  confirmDays: 3,
  intake: 'institution_data',
  clawback: { onSurrender: 'pro_rata_unexpired' },
};

/** Zizhu demo: guarantors charging at most 0.8% a year; the park pays the fee actually paid, at most 0.5% a year of the guaranteed amount, ¥200,000 per enterprise per year. */
export const ZIZHU_GUARANTEE_FEE: Programme = {
  id: 'zizhu-guarantee-fee',
  version: 1,
  kind: 'guarantee_fee_subsidy',
  ownerPark: 'zizhu',
  validFrom: '2025-01-01',
  validTo: '2025-12-31',
  eligibility: { minGrade: null, requiresValidReport: false, industryPrefixes: [], parkCodes: [], excludeDishonest: true },
  loanRules: { loanTypes: [], institutionIds: [], minAmountFen: null, maxAmountFen: null, maxTermMonths: 36, maxRate: null, maxFeeRate: '0.008' },
  formula: { share: '1', rateCap: null, maxSubsidyRateOfAmount: '0.005' },
  caps: { perEnterprisePerYearFen: 20_000_000n, perLoanFen: null, budgetFen: 500_000_000n },
  budgetRule: 'first_come',
  stacking: 'exclusive',
  objectionDays: 7,
  confirmDays: 3,
  clawback: { onSurrender: 'pro_rata_unexpired' },
};

/** Qingdao demo (免申即享): 50% of the premium, at most 1% a year of the insured amount, premium rates at most 2%, ¥500,000 per enterprise per year; a surrender claws back all of it. */
export const QINGDAO_PREMIUM: Programme = {
  id: 'qingdao-premium',
  version: 1,
  kind: 'premium_subsidy',
  ownerPark: 'qingdao',
  validFrom: '2025-01-01',
  validTo: '2025-12-31',
  eligibility: { minGrade: null, requiresValidReport: false, industryPrefixes: [], parkCodes: [], excludeDishonest: true },
  loanRules: { loanTypes: [], institutionIds: [], minAmountFen: null, maxAmountFen: null, maxTermMonths: null, maxRate: null, maxFeeRate: '0.02' },
  formula: { share: '0.5', rateCap: null, maxSubsidyRateOfAmount: '0.01' },
  caps: { perEnterprisePerYearFen: 50_000_000n, perLoanFen: null, budgetFen: 1_000_000_000n },
  budgetRule: 'pro_rata',
  stacking: 'exclusive',
  objectionDays: 7,
  confirmDays: 3,
  intake: 'institution_data',
  clawback: { onSurrender: 'full' },
};

/** A programme as JSON would carry it (fen as numbers), for validation tests. */
export function asInput(p: Programme): ProgrammeInput {
  const n = (v: bigint | null) => (v === null ? null : Number(v));
  return {
    ...p,
    eligibility: { ...p.eligibility, industryPrefixes: [...p.eligibility.industryPrefixes], parkCodes: [...p.eligibility.parkCodes] },
    loanRules: { ...p.loanRules, minAmountFen: n(p.loanRules.minAmountFen), maxAmountFen: n(p.loanRules.maxAmountFen) },
    caps: { perEnterprisePerYearFen: n(p.caps.perEnterprisePerYearFen), perLoanFen: n(p.caps.perLoanFen), budgetFen: Number(p.caps.budgetFen) },
  };
}
