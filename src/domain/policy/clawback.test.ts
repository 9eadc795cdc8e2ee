import { describe, expect, it } from 'vitest';
import { workingCalendar } from '../calendar/calendar.ts';
import { packageCalendarYears } from '../calendar/package-data.ts';
import { builtInLprFixings } from '../loans/lpr-history.ts';
import { DomainError } from '../shared/errors.ts';
import { computeClawback, type ClawbackInput } from './clawback.ts';
import { computeFeeSubsidy, type FeePayment } from './fee-subsidy.ts';
import { BEIJING_IP_PLEDGE, QINGDAO_PREMIUM, SHANGHAI_GUARANTEE_INSURANCE_PREMIUM, ZIZHU_GUARANTEE_FEE } from './fixtures.ts';
import type { EnterpriseFacts, SubsidisedLoan } from './interest-subsidy.ts';
import type { Programme } from './programme.ts';

const calendar = workingCalendar(packageCalendarYears());
const lprFixings = builtInLprFixings(calendar);
/** 365 days, both ends included. */
const policyYear = { from: '2025-03-10', to: '2026-03-09' };
const shanghai = (over: Partial<ClawbackInput> = {}): ClawbackInput => ({
  programme: SHANGHAI_GUARANTEE_INSURANCE_PREMIUM,
  contractNo: 'P-2025-001',
  granted: { amountFen: 617_283n, coverage: policyYear },
  surrenderedOn: '2025-09-05',
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

describe('a surrendered policy claws back its subsidy by the programme’s rule', () => {
  it('Shanghai, pro rata to the unexpired term: 617,283 × 185 / 365 = 312,869 fen', () => {
    // surrendered on 2025-09-05, the last day covered: 2025-09-06 … 2026-03-09 is 25 + 31 + 30 + 31 + 31 + 28 + 9 = 185 days
    const clawback = computeClawback(shanghai());
    expect(clawback).toEqual({
      programmeId: 'shanghai-guarantee-insurance-premium',
      contractNo: 'P-2025-001',
      rule: 'pro_rata_unexpired',
      grantedFen: 617_283n,
      clawbackFen: 312_869n, // 312,869.46… down
      keptFen: 304_414n,
      trail: [
        {
          step: 'clawback',
          rule: 'pro_rata_unexpired',
          contractNo: 'P-2025-001',
          coverageFrom: '2025-03-10',
          coverageTo: '2026-03-09',
          surrenderedOn: '2025-09-05',
          coveredDays: 365,
          unexpiredDays: 185,
          dayCount: 'actual_365_inclusive',
          grantedFen: 617_283n,
          clawbackFen: 312_869n,
          rounding: 'down',
        },
      ],
    });
  });

  it('Qingdao, in full', () => {
    const clawback = computeClawback(shanghai({ programme: QINGDAO_PREMIUM, granted: { amountFen: 1_000_001n, coverage: policyYear } }));
    expect(clawback).toMatchObject({ rule: 'full', grantedFen: 1_000_001n, clawbackFen: 1_000_001n, keptFen: 0n });
  });

  it('nothing when the programme has no clawback rule or says none', () => {
    const { clawback: _, ...silent } = SHANGHAI_GUARANTEE_INSURANCE_PREMIUM;
    for (const programme of [silent as Programme, { ...SHANGHAI_GUARANTEE_INSURANCE_PREMIUM, clawback: { onSurrender: 'none' as const } }]) {
      expect(computeClawback(shanghai({ programme }))).toMatchObject({ rule: 'none', clawbackFen: 0n, keptFen: 617_283n });
    }
  });

  it.each([
    ['on the last day covered: no day unexpired', '2026-03-09', 'pro_rata_unexpired', 0n],
    ['on the last day covered, under full', '2026-03-09', 'full', 0n],
    ['the day before the coverage starts: every day unexpired', '2025-03-09', 'pro_rata_unexpired', 617_283n],
    ['long before the coverage starts', '2024-01-01', 'pro_rata_unexpired', 617_283n],
    ['on the first day: 364 days unexpired', '2025-03-10', 'pro_rata_unexpired', 615_591n], // 617,283 × 364 / 365 = 615,591.8…
  ] as const)('surrendered %s', (_, surrenderedOn, onSurrender, fen) => {
    const programme: Programme = { ...SHANGHAI_GUARANTEE_INSURANCE_PREMIUM, clawback: { onSurrender } };
    expect(computeClawback(shanghai({ programme, surrenderedOn })).clawbackFen).toBe(fen);
  });
});

describe('clawback from a claim cut by its caps', () => {
  const enterprise: EnterpriseFacts = { enterpriseId: 'ent-q', gradeAtLoanDate: null, hasValidReportOnLoanDate: false, industryCode: 'C3491', parkCode: 'qingdao', dishonest: false };
  const loan: SubsidisedLoan = { id: 'loan-q', amountFen: 500_000_000n, annualRate: '0.0450', disbursedOn: '2025-03-10', termMonths: 12, loanType: 'credit', institutionId: 'bank-1' };
  const days180 = { from: '2025-03-10', to: '2025-09-05' };
  const policy = (contractNo: string, amountFen: bigint): FeePayment => ({ date: '2025-03-10', amountFen, contractNo, coverage: days180, coveredAmountFen: 500_000_000n, feeRate: '0.012' });
  const programme: Programme = { ...QINGDAO_PREMIUM, clawback: { onSurrender: 'pro_rata_unexpired' } };
  // A: 3,000,001 × 0.5 → 1,500,000; B: 999,999 × 0.5 → 499,999; computed 1,999,999, cut to the 1,000,000 of room left
  const claim = computeFeeSubsidy({ programme, enterprise, loan, payments: [policy('A', 3_000_001n), policy('B', 999_999n)], period: { from: '2025-01-01', to: '2025-12-31' }, lprFixings, calendar, received: { loanFen: 0n, enterpriseYearFen: 49_000_000n } });

  it('claws back the policy’s part of the grant, pro rata to its unexpired days', () => {
    expect(claim).toMatchObject({ computedFen: 1_999_999n, subsidyFen: 1_000_000n });
    const clawback = computeClawback({ programme, contractNo: 'A', granted: { claim }, surrenderedOn: '2025-06-06' });
    // A's grant: 1,500,000 × 1,000,000 / 1,999,999 = 750,000.37… → 750,000; unexpired 2025-06-07 … 2025-09-05 = 24 + 31 + 31 + 5 = 91 days
    expect(clawback.trail).toEqual([
      { step: 'clawback_attribution', contractNo: 'A', date: '2025-03-10', paymentSubsidyFen: 1_500_000n, claimComputedFen: 1_999_999n, claimGrantedFen: 1_000_000n, grantedFen: 750_000n, rounding: 'down' },
      expect.objectContaining({ step: 'clawback', coveredDays: 180, unexpiredDays: 91, grantedFen: 750_000n, clawbackFen: 379_166n }), // 750,000 × 91 / 180 = 379,166.6…
    ]);
    expect(clawback).toMatchObject({ grantedFen: 750_000n, clawbackFen: 379_166n, keptFen: 370_834n });
  });

  it('refuses a contract the claim does not hold, or a claim that granted nothing', () => {
    expect(codeOf(() => computeClawback({ programme, contractNo: 'C', granted: { claim }, surrenderedOn: '2025-06-06' }))).toEqual({ code: 'subsidy.clawback_contract_unknown', params: { contractNo: 'C' } });
    const ineligible = { ...claim, eligible: false, payments: undefined, subsidyFen: 0n };
    expect(codeOf(() => computeClawback({ programme, contractNo: 'A', granted: { claim: ineligible }, surrenderedOn: '2025-06-06' }))).toMatchObject({ code: 'subsidy.clawback_contract_unknown' });
  });
});

describe('clawback refusals', () => {
  it.each<[string, Partial<ClawbackInput>, object]>([
    ['a surrender after the coverage ended', { surrenderedOn: '2026-03-10' }, { code: 'subsidy.clawback_after_coverage', params: { contractNo: 'P-2025-001', surrenderedOn: '2026-03-10', to: '2026-03-09' } }],
    ['a surrender date that is no date', { surrenderedOn: '2025-02-29' }, { code: 'subsidy.clawback_date_invalid', params: { contractNo: 'P-2025-001', date: '2025-02-29' } }],
    ['a coverage ending before it starts', { granted: { amountFen: 1n, coverage: { from: '2025-03-10', to: '2025-03-01' } } }, { code: 'subsidy.coverage_invalid' }],
    ['a negative grant', { granted: { amountFen: -1n, coverage: policyYear } }, { code: 'subsidy.clawback_granted_invalid', params: { value: '-1' } }],
    ['an interest programme', { programme: BEIJING_IP_PLEDGE }, { code: 'programme.not_fee_subsidy' }],
  ])('refuses %s', (_, over, expected) => {
    expect(codeOf(() => computeClawback(shanghai(over)))).toMatchObject(expected);
  });

  it('a guarantee-fee programme claws back by its rule too (Zizhu, pro rata)', () => {
    expect(computeClawback(shanghai({ programme: ZIZHU_GUARANTEE_FEE, contractNo: 'G-1' })).clawbackFen).toBe(312_869n);
  });
});
