import { describe, expect, it } from 'vitest';
import { workingCalendar } from '../calendar/calendar.ts';
import { packageCalendarYears } from '../calendar/package-data.ts';
import { builtInLprFixings } from '../loans/lpr-history.ts';
import { DomainError } from '../shared/errors.ts';
import { computeFeeSubsidy, coverageDays, type FeePayment, type FeeSubsidyInput } from './fee-subsidy.ts';
import { BEIJING_IP_PLEDGE, QINGDAO_PREMIUM, SHANGHAI_GUARANTEE_INSURANCE_PREMIUM, ZIZHU_GUARANTEE_FEE } from './fixtures.ts';
import { computeInterestSubsidy, type EnterpriseFacts, type SubsidisedLoan } from './interest-subsidy.ts';
import type { Programme } from './programme.ts';

const calendar = workingCalendar(packageCalendarYears());
const lprFixings = builtInLprFixings(calendar); // 2025-02 fixing: 1y 3.10%

const enterprise: EnterpriseFacts = { enterpriseId: 'ent-1', gradeAtLoanDate: null, hasValidReportOnLoanDate: false, industryCode: 'I6510', parkCode: 'zizhu', dishonest: false };
/** ¥5,000,000 for 12 months. */
const loan: SubsidisedLoan = { id: 'loan-1', amountFen: 500_000_000n, annualRate: '0.0520', disbursedOn: '2025-03-10', termMonths: 12, loanType: 'credit', institutionId: 'bank-1' };
/** 2025-03-10 to 2025-09-05, both included: 22 + 30 + 31 + 30 + 31 + 31 + 5 = 180 days. */
const days180 = { from: '2025-03-10', to: '2025-09-05' };
const pay = (over: Partial<FeePayment> = {}): FeePayment => ({ date: '2025-03-10', amountFen: 1_972_602n, contractNo: 'G-1', coverage: days180, coveredAmountFen: 500_000_000n, feeRate: '0.008', ...over });
const input = (programme: Programme, payments: FeePayment[], over: Partial<FeeSubsidyInput> = {}): FeeSubsidyInput => ({
  programme,
  enterprise,
  loan,
  payments,
  period: { from: '2025-01-01', to: '2025-12-31' },
  lprFixings,
  calendar,
  ...over,
});
const codeOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof DomainError ? { code: e.code, params: e.params } : e;
  }
  return null;
};

describe('Shanghai performance-guarantee insurance: 50% of the premium actually paid', () => {
  const policy = { contractNo: 'P-2025-001', coverage: { from: '2025-03-10', to: '2026-03-09' }, coveredAmountFen: 500_000_000n, feeRate: '0.015' };
  const payments = [pay({ ...policy, date: '2026-01-05', amountFen: 99_999n }), pay({ ...policy, date: '2025-03-10', amountFen: 1_234_567n })];

  it('pays half the premium paid in the period, rounded down, with the whole trail', () => {
    const claim = computeFeeSubsidy(input(SHANGHAI_GUARANTEE_INSURANCE_PREMIUM, payments));
    // 1,234,567 × 0.5 = 617,283.5 → 617,283; the January 2026 premium lies outside the period
    expect(claim).toMatchObject({ basis: 'premium', eligible: true, reasons: [], basisPaidFen: 1_234_567n, eligibleBasisFen: 1_234_567n, interestPaidFen: 0n, eligibleInterestFen: 0n, computedFen: 617_283n, capFen: null, subsidyFen: 617_283n, firstRepaymentOn: '2025-03-10' });
    expect(claim.payments).toEqual([{ contractNo: 'P-2025-001', date: '2025-03-10', coverage: policy.coverage, subsidyFen: 617_283n }]);
    expect(claim.trail).toEqual([
      { step: 'fee_payment', contractNo: 'P-2025-001', date: '2025-03-10', amountFen: 1_234_567n, coverageFrom: '2025-03-10', coverageTo: '2026-03-09', coveredAmountFen: 500_000_000n, feeRate: '0.015' },
      { step: 'fee_payment_not_counted', contractNo: 'P-2025-001', date: '2026-01-05', amountFen: 99_999n, from: '2025-01-01', to: '2025-12-31' },
      { step: 'basis_paid', basis: 'premium', payments: 1, paidFen: 1_234_567n },
      { step: 'fee_share', contractNo: 'P-2025-001', date: '2025-03-10', share: '0.5', paidFen: 1_234_567n, subsidyFen: 617_283n, rounding: 'down' },
      { step: 'fee_subsidy', payments: 1, subsidyFen: 617_283n },
    ]);
  });

  it('excludes an enterprise on the serious-dishonesty list', () => {
    const claim = computeFeeSubsidy(input(SHANGHAI_GUARANTEE_INSURANCE_PREMIUM, payments, { enterprise: { ...enterprise, dishonest: true } }));
    expect(claim).toMatchObject({ eligible: false, reasons: [{ code: 'subsidy.dishonest', params: {}, message: 'the enterprise is on the serious-dishonesty list' }], basisPaidFen: 1_234_567n, eligibleBasisFen: 0n, computedFen: 0n, subsidyFen: 0n });
    expect(claim.payments).toBeUndefined();
    expect(claim.trail.at(-1)).toEqual({ step: 'ineligible', reasons: ['subsidy.dishonest'] });
  });

  it('says so when nothing was paid in the period', () => {
    const claim = computeFeeSubsidy(input(SHANGHAI_GUARANTEE_INSURANCE_PREMIUM, [payments[0]!]));
    expect(claim.reasons).toEqual([expect.objectContaining({ code: 'subsidy.no_payments', params: { from: '2025-01-01', to: '2025-12-31' } })]);
    expect(claim).toMatchObject({ eligible: false, subsidyFen: 0n, firstRepaymentOn: null });
  });
});

describe('guarantee fees: a share of the fee paid, at most a yearly rate of the guaranteed amount over the coverage days / 365', () => {
  const onePercent: Programme = { ...ZIZHU_GUARANTEE_FEE, loanRules: { ...ZIZHU_GUARANTEE_FEE.loanRules, maxFeeRate: undefined }, formula: { share: '1', rateCap: null, maxSubsidyRateOfAmount: '0.01' }, caps: { ...ZIZHU_GUARANTEE_FEE.caps, perEnterprisePerYearFen: null } };

  it('limits a 1.5% fee on ¥5,000,000 guaranteed for 180 days to 1% a year: 2,465,753 fen', () => {
    // fee 500,000,000 × 0.015 × 180 / 365 = 3,698,630.13… → the guarantor charged 3,698,630;
    // limit 500,000,000 × 0.01 × 180 / 365 = 2,465,753.42… → 2,465,753 (down)
    const claim = computeFeeSubsidy(input(onePercent, [pay({ amountFen: 3_698_630n, feeRate: '0.015' })]));
    expect(claim).toMatchObject({ basis: 'guarantee_fee', eligible: true, basisPaidFen: 3_698_630n, computedFen: 2_465_753n, subsidyFen: 2_465_753n, capFen: null });
    expect(claim.trail).toContainEqual({
      step: 'amount_rate_limit',
      contractNo: 'G-1',
      date: '2025-03-10',
      maxSubsidyRate: '0.01',
      coveredAmountFen: 500_000_000n,
      countedAmountFen: 500_000_000n,
      days: 180,
      dayCount: 'actual_365_inclusive',
      limitFen: 2_465_753n,
      beforeFen: 3_698_630n,
      afterFen: 2_465_753n,
      rounding: 'down',
    });
  });

  it('pays a fee below the limit as paid', () => {
    // 0.6%: 500,000,000 × 0.006 × 180 / 365 = 1,479,452.05… charged 1,479,452, under the 2,465,753 limit
    const claim = computeFeeSubsidy(input(onePercent, [pay({ amountFen: 1_479_452n, feeRate: '0.006' })]));
    expect(claim.subsidyFen).toBe(1_479_452n);
    expect(claim.trail).toContainEqual(expect.objectContaining({ step: 'amount_rate_limit', limitFen: 2_465_753n, beforeFen: 1_479_452n, afterFen: 1_479_452n }));
  });

  it('counts the guaranteed amount at most at the loan’s amount', () => {
    const claim = computeFeeSubsidy(input(onePercent, [pay({ amountFen: 5_000_000n, coveredAmountFen: 600_000_000n, feeRate: '0.02' })]));
    expect(claim.subsidyFen).toBe(2_465_753n); // on ¥5,000,000, not ¥6,000,000 (2,958,904)
    expect(claim.trail).toContainEqual(expect.objectContaining({ step: 'amount_rate_limit', coveredAmountFen: 600_000_000n, countedAmountFen: 500_000_000n }));
  });

  it('limits each payment over its own coverage and adds them up (two yearly instalments)', () => {
    const payments = [
      pay({ date: '2025-03-10', amountFen: 5_000_000n, coverage: { from: '2025-03-10', to: '2025-06-07' }, feeRate: '0.02' }), // 90 days: limit 1,232,876
      pay({ date: '2025-06-08', amountFen: 100_000n, coverage: { from: '2025-06-08', to: '2025-09-05' }, feeRate: '0.001' }), // 90 days, under the limit
    ];
    const claim = computeFeeSubsidy(input(onePercent, payments));
    expect(claim.payments?.map((s) => s.subsidyFen)).toEqual([1_232_876n, 100_000n]);
    expect(claim.computedFen).toBe(1_332_876n);
  });

  it('Zizhu: a 0.8% fee, paid in full by the park but at most 0.5% a year: 1,232,876 fen', () => {
    // fee 500,000,000 × 0.008 × 180 / 365 = 1,972,602.7… → 1,972,602; limit × 0.005 = 1,232,876.7… → 1,232,876
    const claim = computeFeeSubsidy(input(ZIZHU_GUARANTEE_FEE, [pay()]));
    expect(claim).toMatchObject({ eligible: true, computedFen: 1_232_876n, subsidyFen: 1_232_876n, capFen: 20_000_000n });
    expect(claim.trail).toContainEqual({ step: 'fee_rate_check', contractNo: 'G-1', date: '2025-03-10', feeRate: '0.008', maxFeeRate: '0.008', within: true });
  });

  it('refuses a guarantee whose fee rate is above the programme’s 0.8%, once per guarantee', () => {
    const payments = [pay({ feeRate: '0.0081' }), pay({ date: '2025-06-10', feeRate: '0.0081' }), pay({ contractNo: 'G-2', feeRate: '0.0080' })];
    const claim = computeFeeSubsidy(input(ZIZHU_GUARANTEE_FEE, payments));
    expect(claim).toMatchObject({ eligible: false, subsidyFen: 0n, computedFen: 0n });
    expect(claim.reasons).toEqual([{ code: 'subsidy.fee_rate_above_max', params: { contractNo: 'G-1', rate: '0.0081', max: '0.008' }, message: 'the fee rate 0.0081 a year of G-1 is above the programme’s maximum 0.008' }]);
    expect(claim.trail.filter((s) => s.step === 'fee_rate_check').map((s) => s.step === 'fee_rate_check' && s.within)).toEqual([false, true, false]);
  });

  it('lists every unmet rule: the fee rate and the enterprise’s together', () => {
    const claim = computeFeeSubsidy(input(ZIZHU_GUARANTEE_FEE, [pay({ feeRate: '0.01' })], { enterprise: { ...enterprise, dishonest: true, parkCode: 'zhangjiang' } }));
    expect(claim.reasons.map((r) => r.code)).toEqual(['subsidy.park_not_listed', 'subsidy.dishonest', 'subsidy.fee_rate_above_max']);
  });

  it('bounds the loan’s own rate by the LPR when the programme says so (LPR 3.10% + 100 bp)', () => {
    const p: Programme = { ...ZIZHU_GUARANTEE_FEE, loanRules: { ...ZIZHU_GUARANTEE_FEE.loanRules, maxRate: { base: 'lpr1y', plusBp: 100 } } };
    const claim = computeFeeSubsidy(input(p, [pay()]));
    expect(claim.reasons).toEqual([expect.objectContaining({ code: 'subsidy.rate_above_max', params: { rate: '0.052', max: '0.041' } })]);
    expect(claim.trail).toContainEqual(expect.objectContaining({ step: 'lpr', base: 'lpr1y', rate: '0.0310' }));
    expect(computeFeeSubsidy(input(p, [pay()], { loan: { ...loan, annualRate: '0.0410' } })).eligible).toBe(true);
  });

  it('meets the caps after the limit: Qingdao’s ¥500,000 a year less what the enterprise already received', () => {
    const premium = pay({ amountFen: 3_000_000n, feeRate: '0.012', contractNo: 'P-9' }); // 50%: 1,500,000, under 1%: 2,465,753
    const claim = computeFeeSubsidy(input(QINGDAO_PREMIUM, [premium], { enterprise: { ...enterprise, parkCode: 'qingdao' }, received: { loanFen: 0n, enterpriseYearFen: 49_000_000n } }));
    expect(claim).toMatchObject({ computedFen: 1_500_000n, capFen: 1_000_000n, subsidyFen: 1_000_000n });
    expect(claim.trail.at(-1)).toEqual({ step: 'cap', cap: 'per_enterprise_year', limitFen: 50_000_000n, alreadyFen: 49_000_000n, roomFen: 1_000_000n, beforeFen: 1_500_000n, afterFen: 1_000_000n });
  });
});

describe('coverage days (actual/365, both ends included)', () => {
  it.each([
    [days180, 180],
    [{ from: '2025-03-10', to: '2025-03-10' }, 1],
    [{ from: '2025-01-01', to: '2025-12-31' }, 365],
    [{ from: '2028-01-01', to: '2028-12-31' }, 366], // a leap day is a day; the year stays 365
    [{ from: '2025-03-10', to: '2025-03-09' }, null],
    [{ from: '2025-02-29', to: '2025-03-09' }, null],
  ])('%o → %s', (coverage, days) => {
    expect(coverageDays(coverage)).toBe(days);
  });

  it('a leap-year coverage of 366 days allows 366/365 of a year', () => {
    const p: Programme = { ...ZIZHU_GUARANTEE_FEE, formula: { ...ZIZHU_GUARANTEE_FEE.formula, maxSubsidyRateOfAmount: '0.01' } };
    const claim = computeFeeSubsidy(input(p, [pay({ amountFen: 10_000_000n, coverage: { from: '2028-01-01', to: '2028-12-31' } })]));
    expect(claim.subsidyFen).toBe(5_013_698n); // 500,000,000 × 0.01 × 366 / 365 = 5,013,698.6…
  });
});

describe('refusals', () => {
  it('computes only fee and premium programmes, and the interest engine only interest', () => {
    expect(codeOf(() => computeFeeSubsidy(input(BEIJING_IP_PLEDGE, [pay()])))).toEqual({ code: 'programme.not_fee_subsidy', params: { id: 'beijing-ip-pledge', kind: 'interest_subsidy' } });
    const interestInput = { programme: ZIZHU_GUARANTEE_FEE, enterprise, loan, repayments: [], period: { from: '2025-01-01', to: '2025-12-31' }, lprFixings, calendar };
    expect(codeOf(() => computeInterestSubsidy(interestInput))).toMatchObject({ code: 'programme.not_interest_subsidy' });
  });

  it.each<[string, Partial<FeePayment>, string]>([
    ['a negative amount', { amountFen: -1n }, 'subsidy.payment_invalid'],
    ['a covered amount of 0', { coveredAmountFen: 0n }, 'subsidy.payment_invalid'],
    ['a percentage for a rate', { feeRate: '0.8%' }, 'subsidy.payment_invalid'],
    ['an impossible date', { date: '2025-02-30' }, 'subsidy.payment_invalid'],
    ['coverage ending before it starts', { coverage: { from: '2025-09-05', to: '2025-03-10' } }, 'subsidy.coverage_invalid'],
  ])('refuses a payment with %s', (_, change, code) => {
    expect(codeOf(() => computeFeeSubsidy(input(ZIZHU_GUARANTEE_FEE, [pay(change)])))).toMatchObject({ code, params: expect.objectContaining({ contractNo: 'G-1' }) });
  });

  it('refuses a claim period over two years when the programme caps each enterprise per year', () => {
    expect(codeOf(() => computeFeeSubsidy(input(ZIZHU_GUARANTEE_FEE, [pay()], { period: { from: '2025-07-01', to: '2026-06-30' } })))).toMatchObject({ code: 'subsidy.period_spans_years' });
  });
});
