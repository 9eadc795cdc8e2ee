import { describe, expect, it } from 'vitest';
import { workingCalendar } from '../calendar/calendar.ts';
import { packageCalendarYears } from '../calendar/package-data.ts';
import { builtInLprFixings } from '../loans/lpr-history.ts';
import { DomainError } from '../shared/errors.ts';
import { BEIJING_IP_PLEDGE, ZHANGJIANG_RATED } from './fixtures.ts';
import { computeInterestSubsidy, type EnterpriseFacts, type InterestSubsidyInput, type SubsidisedLoan } from './interest-subsidy.ts';
import type { Programme } from './programme.ts';

const calendar = workingCalendar(packageCalendarYears());
const lprFixings = builtInLprFixings(calendar); // 2025-02 fixing (published 2025-02-20): 1y 3.10%, 5y 3.60%

const enterprise: EnterpriseFacts = { enterpriseId: 'ent-1', gradeAtLoanDate: 'A', hasValidReportOnLoanDate: true, industryCode: 'I6513', parkCode: 'zhangjiang', dishonest: false };
const loan: SubsidisedLoan = { id: 'loan-1', amountFen: 2_000_000_000n, annualRate: '0.0520', disbursedOn: '2025-03-10', termMonths: 12, loanType: 'ip_pledge', institutionId: 'bank-1' };
const repayments = [
  { date: '2025-06-10', interestFen: 417_283n },
  { date: '2025-04-10', interestFen: 400_000n },
  { date: '2026-01-10', interestFen: 99_999n },
  { date: '2025-05-10', interestFen: 417_284n },
];

const input = (over: Partial<InterestSubsidyInput> = {}): InterestSubsidyInput => ({
  programme: BEIJING_IP_PLEDGE,
  enterprise,
  loan,
  repayments,
  period: { from: '2025-01-01', to: '2025-12-31' },
  lprFixings,
  calendar,
  ...over,
});
const withFormula = (p: Programme, formula: Partial<Programme['formula']>): Programme => ({ ...p, formula: { ...p.formula, ...formula } });
const withCaps = (p: Programme, caps: Partial<Programme['caps']>): Programme => ({ ...p, caps: { ...p.caps, ...caps } });

describe('Beijing IP-pledge subsidy: 50% of interest paid, at most as if at LPR + 40% (1.4 × LPR), ¥300,000 a year', () => {
  it('recomputes interest at 1.4 × 3.10% = 4.34% for a loan at 5.20%, to the fen, with the whole trail', () => {
    const claim = computeInterestSubsidy(input());
    // 1,234,567 × 0.0434 / 0.0520 = 1,030,388.61… → 1,030,388 (down); × 0.5 = 515,194
    expect(claim).toMatchObject({ eligible: true, reasons: [], interestPaidFen: 1_234_567n, eligibleInterestFen: 1_030_388n, computedFen: 515_194n, subsidyFen: 515_194n, capFen: 30_000_000n, firstRepaymentOn: '2025-04-10' });
    expect(claim.trail).toEqual([
      { step: 'repayment', date: '2025-04-10', interestFen: 400_000n },
      { step: 'repayment', date: '2025-05-10', interestFen: 417_284n },
      { step: 'repayment', date: '2025-06-10', interestFen: 417_283n },
      { step: 'repayment_not_counted', date: '2026-01-10', interestFen: 99_999n, from: '2025-03-10', to: '2025-12-31' },
      { step: 'interest_paid', repayments: 3, interestFen: 1_234_567n },
      { step: 'lpr', base: 'lpr1y', month: '2025-02', publishedOn: '2025-02-20', rate: '0.0310' },
      { step: 'rate_cap', base: 'lpr1y', lprRate: '0.0310', times: '1.4', plusBp: 0, capRate: '0.0434', loanRate: '0.052', applies: true },
      { step: 'eligible_interest', interestPaidFen: 1_234_567n, capRate: '0.0434', loanRate: '0.052', eligibleInterestFen: 1_030_388n, rounding: 'down' },
      { step: 'share', share: '0.5', eligibleInterestFen: 1_030_388n, subsidyFen: 515_194n, rounding: 'down' },
      { step: 'cap', cap: 'per_enterprise_year', limitFen: 30_000_000n, alreadyFen: 0n, roomFen: 30_000_000n, beforeFen: 515_194n, afterFen: 515_194n },
    ]);
  });

  it('counts interest as paid when the loan rate is at or below the cap', () => {
    for (const annualRate of ['0.0400', '0.0434']) {
      const claim = computeInterestSubsidy(input({ loan: { ...loan, annualRate } }));
      expect(claim.eligibleInterestFen).toBe(1_234_567n);
      expect(claim.subsidyFen).toBe(617_283n); // 1,234,567 × 0.5 = 617,283.5 → down
      expect(claim.trail).toContainEqual(expect.objectContaining({ step: 'rate_cap', applies: false }));
    }
  });

  it('supports an additive cap: LPR + 40 bp = 3.50%', () => {
    const claim = computeInterestSubsidy(input({ programme: withFormula(BEIJING_IP_PLEDGE, { rateCap: { base: 'lpr1y', plusBp: 40 } }) }));
    expect(claim.eligibleInterestFen).toBe(830_958n); // 1,234,567 × 0.035 / 0.052 = 830,958.78…
    expect(claim.trail).toContainEqual(expect.objectContaining({ step: 'rate_cap', times: '1', plusBp: 40, capRate: '0.035' }));
  });

  it('reads the 5-year LPR when the cap says so, and both parts of a combined cap', () => {
    const claim = computeInterestSubsidy(input({ programme: withFormula(BEIJING_IP_PLEDGE, { rateCap: { base: 'lpr5y', times: '1.2', plusBp: -20 } }) }));
    // 3.60% × 1.2 − 0.20% = 4.12%
    expect(claim.trail).toContainEqual(expect.objectContaining({ step: 'rate_cap', lprRate: '0.0360', capRate: '0.0412' }));
    expect(claim.eligibleInterestFen).toBe((1_234_567n * 412n) / 520n);
  });

  it('without a rate cap, counts interest as paid and reads no LPR', () => {
    const claim = computeInterestSubsidy(input({ programme: withFormula(BEIJING_IP_PLEDGE, { rateCap: null }), lprFixings: [] }));
    expect(claim.eligibleInterestFen).toBe(1_234_567n);
    expect(claim.trail.some((s) => s.step === 'lpr')).toBe(false);
  });

  it('rounds down to the fen at each of the two places a fraction appears', () => {
    const one = (fen: bigint, annualRate = '0.0520') => computeInterestSubsidy(input({ loan: { ...loan, annualRate }, repayments: [{ date: '2025-04-10', interestFen: fen }] }));
    expect(one(1n)).toMatchObject({ eligibleInterestFen: 0n, subsidyFen: 0n }); // 0.83 fen → 0
    expect(one(520n)).toMatchObject({ eligibleInterestFen: 434n, subsidyFen: 217n }); // exact
    expect(one(3n, '0.0400')).toMatchObject({ eligibleInterestFen: 3n, subsidyFen: 1n }); // 1.5 → 1
    expect(one(0n)).toMatchObject({ eligible: true, eligibleInterestFen: 0n, subsidyFen: 0n });
  });

  it('caps at ¥300,000 per enterprise a year, less what the enterprise already received this year', () => {
    const big = { ...loan, amountFen: 5_000_000_000n };
    const yearOfInterest = [{ date: '2025-12-10', interestFen: 260_000_000n }];
    const claim = (enterpriseYearFen: bigint) => computeInterestSubsidy(input({ loan: big, repayments: yearOfInterest, received: { loanFen: 0n, enterpriseYearFen } }));
    expect(claim(0n)).toMatchObject({ computedFen: 108_500_000n, subsidyFen: 30_000_000n, capFen: 30_000_000n });
    expect(claim(25_000_000n)).toMatchObject({ subsidyFen: 5_000_000n, capFen: 5_000_000n });
    expect(claim(31_000_000n)).toMatchObject({ subsidyFen: 0n, capFen: 0n });
    expect(claim(25_000_000n).trail.at(-1)).toEqual({ step: 'cap', cap: 'per_enterprise_year', limitFen: 30_000_000n, alreadyFen: 25_000_000n, roomFen: 5_000_000n, beforeFen: 108_500_000n, afterFen: 5_000_000n });
  });

  it('applies the per-loan cap first, then the per-enterprise cap', () => {
    const programme = withCaps(BEIJING_IP_PLEDGE, { perLoanFen: 20_000_000n });
    const claim = computeInterestSubsidy(input({ programme, repayments: [{ date: '2025-12-10', interestFen: 260_000_000n }], received: { loanFen: 1_000_000n, enterpriseYearFen: 15_000_000n } }));
    const caps = claim.trail.filter((s) => s.step === 'cap');
    expect(caps).toEqual([
      { step: 'cap', cap: 'per_loan', limitFen: 20_000_000n, alreadyFen: 1_000_000n, roomFen: 19_000_000n, beforeFen: 108_500_000n, afterFen: 19_000_000n },
      { step: 'cap', cap: 'per_enterprise_year', limitFen: 30_000_000n, alreadyFen: 15_000_000n, roomFen: 15_000_000n, beforeFen: 19_000_000n, afterFen: 15_000_000n },
    ]);
    expect(claim).toMatchObject({ subsidyFen: 15_000_000n, capFen: 15_000_000n });
  });

  it('takes only IP-pledge loans and no dishonest enterprise', () => {
    const claim = computeInterestSubsidy(input({ loan: { ...loan, loanType: 'credit' }, enterprise: { ...enterprise, dishonest: true } }));
    expect(claim).toMatchObject({ eligible: false, eligibleInterestFen: 0n, subsidyFen: 0n, interestPaidFen: 1_234_567n });
    expect(claim.reasons.map((r) => [r.code, r.params])).toEqual([
      ['subsidy.dishonest', {}],
      ['subsidy.loan_type_not_listed', { loanType: 'credit', loanTypes: ['ip_pledge'] }],
    ]);
    expect(claim.trail.at(-1)).toEqual({ step: 'ineligible', reasons: ['subsidy.dishonest', 'subsidy.loan_type_not_listed'] });
  });
});

describe('Zhangjiang demo subsidy: BBB or better with a valid report, 50%, LPR + 40%, ¥300,000', () => {
  const zhangjiang = (e: Partial<EnterpriseFacts>, l: Partial<SubsidisedLoan> = {}) => computeInterestSubsidy(input({ programme: ZHANGJIANG_RATED, enterprise: { ...enterprise, ...e }, loan: { ...loan, loanType: 'credit', ...l } }));

  it.each(['AAA', 'AA', 'A', 'BBB'] as const)('pays an enterprise rated %s', (grade) => {
    expect(zhangjiang({ gradeAtLoanDate: grade })).toMatchObject({ eligible: true, subsidyFen: 515_194n });
  });

  it('lists every unmet rule with its parameters', () => {
    const claim = zhangjiang({ gradeAtLoanDate: 'BB', hasValidReportOnLoanDate: false, parkCode: 'zizhu', dishonest: true }, { termMonths: 48 });
    expect(claim.reasons.map((r) => [r.code, r.params])).toEqual([
      ['subsidy.grade_below', { grade: 'BB', minGrade: 'BBB' }],
      ['subsidy.no_valid_report', { date: '2025-03-10' }],
      ['subsidy.park_not_listed', { park: 'zizhu', parks: ['zhangjiang'] }],
      ['subsidy.dishonest', {}],
      ['subsidy.term_above_max', { months: 48, max: 36 }],
    ]);
    expect(claim.reasons[0]!.message).toBe('the enterprise was rated BB on the loan date; the programme asks for BBB or better');
  });

  it('refuses an enterprise not rated on the loan date', () => {
    expect(zhangjiang({ gradeAtLoanDate: null }).reasons.map((r) => r.code)).toEqual(['subsidy.not_rated']);
  });

  it('decides by the loan date: a loan disbursed before the programme is outside it', () => {
    const claim = zhangjiang({}, { disbursedOn: '2024-12-01' });
    expect(claim.reasons.map((r) => [r.code, r.params])).toEqual([['subsidy.loan_outside_period', { date: '2024-12-01', from: '2025-01-01', to: '2025-12-31' }]]);
  });

  it.each<[string, Partial<Programme>, Partial<SubsidisedLoan>, Partial<EnterpriseFacts>, [string, object]]>([
    ['industry', { eligibility: { ...ZHANGJIANG_RATED.eligibility, industryPrefixes: ['C39', 'I64'] } }, {}, {}, ['subsidy.industry_not_listed', { industry: 'I6513', prefixes: ['C39', 'I64'] }]],
    ['institution', { loanRules: { ...ZHANGJIANG_RATED.loanRules, institutionIds: ['bank-2'] } }, {}, {}, ['subsidy.institution_not_listed', {}]],
    ['minimum amount', { loanRules: { ...ZHANGJIANG_RATED.loanRules, minAmountFen: 3_000_000_000n } }, {}, {}, ['subsidy.amount_below_min', { amount: '2000000000', min: '3000000000' }]],
    ['maximum amount', { loanRules: { ...ZHANGJIANG_RATED.loanRules, maxAmountFen: 1_000_000_000n } }, {}, {}, ['subsidy.amount_above_max', { amount: '2000000000', max: '1000000000' }]],
    ['maximum rate (LPR + 300 bp = 6.10%)', { loanRules: { ...ZHANGJIANG_RATED.loanRules, maxRate: { base: 'lpr1y', plusBp: 300 } } }, { annualRate: '0.0650' }, {}, ['subsidy.rate_above_max', { rate: '0.065', max: '0.061' }]],
    ['listed parks', { eligibility: { ...ZHANGJIANG_RATED.eligibility, parkCodes: ['zizhu', 'linggang'] } }, {}, {}, ['subsidy.park_not_listed', { park: 'zhangjiang', parks: ['zizhu', 'linggang'] }]],
  ])('checks the %s rule', (_, change, l, e, expected) => {
    const claim = computeInterestSubsidy(input({ programme: { ...ZHANGJIANG_RATED, ...change }, loan: { ...loan, ...l }, enterprise: { ...enterprise, ...e } }));
    expect(claim.reasons.map((r) => [r.code, r.params])).toEqual([expected]);
  });
});

describe('refusals', () => {
  const codeOf = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return e instanceof DomainError ? [e.code, e.params] : e;
    }
    return null;
  };

  it('refuses to compute the cap without the LPR fixing in force on the loan date', () => {
    const later = { ...BEIJING_IP_PLEDGE, validTo: '2026-12-31' };
    expect(codeOf(() => computeInterestSubsidy(input({ programme: later, loan: { ...loan, disbursedOn: '2025-07-01' } })))).toEqual(['subsidy.lpr_missing', { month: '2025-06', dueOn: '2025-06-20' }]);
  });

  it('refuses a programme of another kind', () => {
    expect(codeOf(() => computeInterestSubsidy(input({ programme: { ...BEIJING_IP_PLEDGE, kind: 'premium_subsidy' } })))).toEqual(['programme.not_interest_subsidy', { id: 'beijing-ip-pledge', kind: 'premium_subsidy' }]);
  });

  it('refuses a claim period that runs backwards, or spans two years under a yearly cap', () => {
    expect(codeOf(() => computeInterestSubsidy(input({ period: { from: '2025-12-31', to: '2025-01-01' } })))).toEqual(['subsidy.period_invalid', { from: '2025-12-31', to: '2025-01-01' }]);
    expect(codeOf(() => computeInterestSubsidy(input({ period: { from: '2025-07-01', to: '2026-06-30' } })))).toEqual(['subsidy.period_spans_years', { from: '2025-07-01', to: '2026-06-30' }]);
    const noYearlyCap = withCaps(BEIJING_IP_PLEDGE, { perEnterprisePerYearFen: null });
    expect(computeInterestSubsidy(input({ programme: noYearlyCap, period: { from: '2025-07-01', to: '2026-06-30' } })).interestPaidFen).toBe(99_999n);
  });

  it('refuses a repayment with negative interest or a bad date', () => {
    expect(codeOf(() => computeInterestSubsidy(input({ repayments: [{ date: '2025-04-10', interestFen: -1n }] })))).toEqual(['subsidy.repayment_invalid', { date: '2025-04-10' }]);
    expect(codeOf(() => computeInterestSubsidy(input({ repayments: [{ date: '10/04/2025', interestFen: 1n }] })))).toEqual(['subsidy.repayment_invalid', { date: '10/04/2025' }]);
  });
});

describe('properties over random loans', () => {
  it('eligible interest never exceeds interest paid, the subsidy never exceeds share × eligible nor any cap, and the trail adds up', () => {
    let seed = 42;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    for (let i = 0; i < 500; i++) {
      const annualRate = `0.${String(200 + next(800)).padStart(4, '0')}`;
      const rs = Array.from({ length: 1 + next(12) }, (_, k) => ({ date: `2025-${String(4 + (k % 9)).padStart(2, '0')}-10`, interestFen: BigInt(next(5_000_000)) }));
      const received = { loanFen: BigInt(next(10_000_000)), enterpriseYearFen: BigInt(next(35_000_000)) };
      const programme = withCaps(BEIJING_IP_PLEDGE, { perLoanFen: next(2) ? 12_000_000n : null });
      const claim = computeInterestSubsidy(input({ programme, loan: { ...loan, annualRate }, repayments: rs, received }));
      const paid = rs.reduce((s, r) => s + r.interestFen, 0n);
      expect(claim.interestPaidFen).toBe(paid);
      expect(claim.eligibleInterestFen <= paid).toBe(true);
      expect(claim.computedFen * 2n <= claim.eligibleInterestFen).toBe(true);
      expect(claim.eligibleInterestFen - claim.computedFen * 2n <= 1n).toBe(true);
      expect(claim.subsidyFen <= claim.computedFen && claim.subsidyFen >= 0n).toBe(true);
      expect(claim.subsidyFen + received.enterpriseYearFen <= 30_000_000n || claim.subsidyFen === 0n).toBe(true);
      const counted = claim.trail.filter((s) => s.step === 'repayment').reduce((s, r) => s + (r as { interestFen: bigint }).interestFen, 0n);
      expect(counted).toBe(paid);
      const last = claim.trail.at(-1) as { afterFen: bigint };
      expect(last.afterFen).toBe(claim.subsidyFen);
    }
  });
});
