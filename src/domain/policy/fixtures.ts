// The real programmes as data, for tests and (later) the demo seed: Beijing's IP-pledge
// loan interest subsidy and Zhangjiang's subsidy for rated enterprises holding a valid report.
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
