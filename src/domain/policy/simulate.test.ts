import { describe, expect, it } from 'vitest';
import { workingCalendar } from '../calendar/calendar.ts';
import { packageCalendarYears } from '../calendar/package-data.ts';
import { builtInLprFixings } from '../loans/lpr-history.ts';
import { DomainError } from '../shared/errors.ts';
import { BEIJING_IP_PLEDGE, ZHANGJIANG_RATED } from './fixtures.ts';
import type { EnterpriseFacts, SubsidisedLoan } from './interest-subsidy.ts';
import type { Programme } from './programme.ts';
import type { RunLoan } from './run.ts';
import { compareProgrammes } from './simulate-compare.ts';
import { industryDivisionOf } from './simulate-breakdown.ts';
import { simPortfolioOf } from './simulate-portfolio.ts';
import { simulateProgramme, type SimulationInput } from './simulate.ts';

const calendar = workingCalendar(packageCalendarYears());
const lprFixings = builtInLprFixings(calendar); // 2025-02 fixing: 1y 3.10% → cap 1.4 × 3.10% = 4.34%
const period = { from: '2025-01-01', to: '2025-12-31' };
const facts = (enterpriseId: string, over: Partial<EnterpriseFacts> = {}): EnterpriseFacts => ({ enterpriseId, gradeAtLoanDate: 'AA', hasValidReportOnLoanDate: true, industryCode: 'I6513', parkCode: 'zhangjiang', dishonest: false, ...over });
const loan = (id: string, over: Partial<SubsidisedLoan> = {}): SubsidisedLoan => ({ id, amountFen: 5_000_000_000n, annualRate: '0.0520', disbursedOn: '2025-03-10', termMonths: 12, loanType: 'ip_pledge', institutionId: 'bank-1', ...over });
const runLoan = (enterpriseId: string, id: string, date: string, interestFen: bigint, over: { facts?: Partial<EnterpriseFacts>; loan?: Partial<SubsidisedLoan> } = {}): RunLoan => ({ enterprise: facts(enterpriseId, over.facts), loan: loan(id, over.loan), repayments: [{ date, interestFen }] });
const simulate = (programme: Programme, loans: RunLoan[], over: Partial<SimulationInput> = {}) => simulateProgramme({ programme, portfolio: simPortfolioOf(loans), period, lprFixings, calendar, ...over });
const row = (key: string, loans: number, eligibleLoans: number, interestPaidFen: bigint, requestedFen: bigint, grantedFen: bigint) => ({ key, loans, eligibleLoans, interestPaidFen, requestedFen, grantedFen });

// Beijing (50%, at most at 4.34%, ¥300,000 a year): 260,000,000 × 434/520 = 217,000,000 → × 0.5 =
// 108,500,000, capped to 30,000,000; 1,000,000 × 434/520 = 834,615 → 417,307; ent-1's second loan finds no room
const beijingLoans = [runLoan('ent-1', 'loan-late', '2025-09-10', 260_000_000n), runLoan('ent-1', 'loan-early', '2025-04-10', 260_000_000n), runLoan('ent-2', 'loan-small', '2025-05-10', 1_000_000n)];

describe('simulating a programme over a portfolio', () => {
  it('gives each claim after the capped rate, the share and the yearly cap, with totals and breakdowns', () => {
    const result = simulate(BEIJING_IP_PLEDGE, beijingLoans, { detail: true });
    expect(result).toMatchObject({
      programmeId: 'beijing-ip-pledge',
      loansConsidered: 3,
      loansRepaying: 3,
      eligibleLoans: 3,
      ineligibleLoans: 0,
      ineligibleByReason: {},
      enterprises: 2,
      enterprisesEligible: 2,
      enterprisesReached: 2,
      interestPaidFen: 521_000_000n,
      eligibleInterestFen: 434_834_615n,
      computedFen: 217_417_307n,
      requestedFen: 30_417_307n,
      totalFen: 30_417_307n,
      budgetLeftBeforeFen: 50_000_000_000n,
      budgetLeftAfterFen: 50_000_000_000n - 30_417_307n,
      budgetShort: false,
      budgetExhaustedMonth: null,
    });
    expect([...result.detail!.loanGrantedFen]).toEqual([30_000_000, 0, 417_307]); // by loan id: early, late, small
    expect(result.detail!.enterpriseGrantedFen).toEqual(new Map([['ent-1', 30_000_000n], ['ent-2', 417_307n]]));
    expect(result.byPark).toEqual([row('zhangjiang', 3, 3, 521_000_000n, 30_417_307n, 30_417_307n)]);
    expect(result.byIndustry).toEqual([row('I65', 3, 3, 521_000_000n, 30_417_307n, 30_417_307n)]);
    expect(result.byGrade).toEqual([row('AA', 3, 3, 521_000_000n, 30_417_307n, 30_417_307n)]);
    expect(result.byMonth).toEqual([row('2025-04', 1, 1, 260_000_000n, 30_000_000n, 30_000_000n), row('2025-05', 1, 1, 1_000_000n, 417_307n, 417_307n), row('2025-09', 1, 1, 260_000_000n, 0n, 0n)]);
  });

  it('first_come: the claim that crosses the budget gets the remainder, later ones nothing, and names the month', () => {
    const short = simulate(BEIJING_IP_PLEDGE, beijingLoans, { budgetLeftFen: 20_000_000n, detail: true });
    expect([...short.detail!.loanGrantedFen]).toEqual([20_000_000, 0, 0]);
    expect(short).toMatchObject({ requestedFen: 30_417_307n, totalFen: 20_000_000n, budgetLeftAfterFen: 0n, budgetShort: true, budgetExhaustedMonth: '2025-04', enterprisesReached: 1, enterprisesEligible: 2 });
    // exactly enough: everyone in full, and the budget is used up by the May claim
    const exact = simulate(BEIJING_IP_PLEDGE, beijingLoans, { budgetLeftFen: 30_417_307n });
    expect(exact).toMatchObject({ totalFen: 30_417_307n, budgetLeftAfterFen: 0n, budgetShort: false, budgetExhaustedMonth: '2025-05' });
  });

  it('starts each enterprise from what it already received this year', () => {
    const result = simulate(BEIJING_IP_PLEDGE, beijingLoans, { receivedByEnterpriseFen: new Map([['ent-1', 29_999_990n], ['ent-9', 1n]]), detail: true });
    expect([...result.detail!.loanGrantedFen]).toEqual([10, 0, 417_307]);
  });

  it('pro_rata (Zhangjiang): floors of the ratio, the last fen to the largest remainder', () => {
    const loans = [runLoan('ent-1', 'a', '2025-04-10', 40_000_000n), runLoan('ent-2', 'b', '2025-04-10', 20_000_000n), runLoan('ent-3', 'c', '2025-04-10', 20_000_000n)];
    const result = simulate(ZHANGJIANG_RATED, loans, { budgetLeftFen: 10_000_001n, detail: true });
    // asked 16,692,307 + 8,346,153 + 8,346,153 = 33,384,613: floors 5,000,000 + 2,500,000 + 2,500,000 and a's remainder is the largest
    expect([...result.detail!.loanGrantedFen]).toEqual([5_000_001, 2_500_000, 2_500_000]);
    expect(result).toMatchObject({ requestedFen: 33_384_613n, totalFen: 10_000_001n, budgetLeftAfterFen: 0n, budgetShort: true, budgetExhaustedMonth: '2025-04', enterprisesReached: 3 });
  });

  it('counts the refused loans under every rule they fail, and still shows them in the breakdowns', () => {
    const loans = [
      runLoan('ent-x', 'x', '2025-04-10', 1_000_000n, { facts: { gradeAtLoanDate: 'BB', hasValidReportOnLoanDate: false } }),
      runLoan('ent-y', 'y', '2025-04-10', 1_000_000n, { facts: { gradeAtLoanDate: null, parkCode: 'qingdao', industryCode: 'C3491' } }),
      runLoan('ent-z', 'z', '2025-04-10', 1_000_000n, { facts: { dishonest: true }, loan: { termMonths: 60 } }),
      runLoan('ent-w', 'w', '2025-04-10', 1_000_000n, { loan: { disbursedOn: '2024-12-10' } }),
      runLoan('ent-v', 'v', '2025-04-10', 1_000_000n, { loan: { annualRate: '0.0400' } }),
    ];
    const result = simulate(ZHANGJIANG_RATED, loans);
    expect(result.ineligibleByReason).toEqual({
      'subsidy.grade_below': 1,
      'subsidy.no_valid_report': 1,
      'subsidy.not_rated': 1,
      'subsidy.park_not_listed': 1,
      'subsidy.dishonest': 1,
      'subsidy.term_above_max': 1,
      'subsidy.loan_outside_period': 1,
    });
    // v at 4.00% is below the 4.34% cap: 1,000,000 × 0.5
    expect(result).toMatchObject({ eligibleLoans: 1, ineligibleLoans: 4, enterprises: 5, enterprisesEligible: 1, enterprisesReached: 1, totalFen: 500_000n });
    expect(result.byPark).toEqual([row('qingdao', 1, 0, 0n, 0n, 0n), row('zhangjiang', 4, 1, 1_000_000n, 500_000n, 500_000n)]);
    expect(result.byIndustry.map((r) => r.key)).toEqual(['C34', 'I65']);
    expect(result.byGrade.map((r) => [r.key, r.loans])).toEqual([['AA', 3], ['BB', 1], ['unrated', 1]]);
  });

  it('refuses what the engine refuses: another kind, a bad period, a capped period across years, a missing LPR', () => {
    const code = (fn: () => unknown): [string, unknown] => {
      try {
        fn();
      } catch (e) {
        return e instanceof DomainError ? [e.code, e.params] : ['not a DomainError', e];
      }
      return ['no error', null];
    };
    expect(code(() => simulate({ ...BEIJING_IP_PLEDGE, kind: 'premium_subsidy' }, beijingLoans))).toEqual(['programme.not_interest_subsidy', { id: 'beijing-ip-pledge', kind: 'premium_subsidy' }]);
    expect(code(() => simulate(BEIJING_IP_PLEDGE, beijingLoans, { period: { from: '2025-12-31', to: '2025-01-01' } }))[0]).toBe('subsidy.period_invalid');
    expect(code(() => simulate(BEIJING_IP_PLEDGE, beijingLoans, { period: { from: '2024-07-01', to: '2025-06-30' } }))[0]).toBe('subsidy.period_spans_years');
    // 2025-07-10 is before July's fixing is due (21st), and June's is not loaded
    const july = [runLoan('ent-1', 'j', '2025-08-10', 1_000_000n, { loan: { disbursedOn: '2025-07-10' } })];
    expect(code(() => simulate(BEIJING_IP_PLEDGE, july))).toEqual(['subsidy.lpr_missing', { month: '2025-06', dueOn: '2025-06-20' }]);
    // an ineligible loan needs no rate cap, so no LPR (the engine does the same)
    const julyCredit = [runLoan('ent-1', 'j', '2025-08-10', 1_000_000n, { loan: { disbursedOn: '2025-07-10', loanType: 'credit' } })];
    expect(simulate(BEIJING_IP_PLEDGE, julyCredit).ineligibleByReason).toEqual({ 'subsidy.loan_type_not_listed': 1 });
    expect(() => simulate(BEIJING_IP_PLEDGE, beijingLoans, { budgetLeftFen: -1n })).toThrow(RangeError);
  });
});

describe('comparing a draft with the current version', () => {
  it('gives both results and what the draft changes', () => {
    const draft: Programme = { ...BEIJING_IP_PLEDGE, version: 2, caps: { ...BEIJING_IP_PLEDGE.caps, perEnterprisePerYearFen: 50_000_000n } };
    const { current, draft: d, delta } = compareProgrammes(BEIJING_IP_PLEDGE, draft, { portfolio: simPortfolioOf(beijingLoans), period, lprFixings, calendar });
    expect([current.totalFen, d.totalFen]).toEqual([30_417_307n, 50_417_307n]);
    expect(delta).toMatchObject({ eligibleLoans: 0, enterprisesReached: 0, requestedFen: 20_000_000n, totalFen: 20_000_000n, budgetLeftAfterFen: -20_000_000n, budgetExhaustedMonth: { current: null, draft: null } });
    expect(delta.byPark).toEqual([{ key: 'zhangjiang', currentFen: 30_417_307n, draftFen: 50_417_307n, deltaFen: 20_000_000n, currentEligibleLoans: 3, draftEligibleLoans: 3 }]);
    expect(delta.byMonth.map((r) => [r.key, r.deltaFen])).toEqual([['2025-04', 20_000_000n], ['2025-05', 0n], ['2025-09', 0n]]);
  });

  it('takes each version’s own budget left when given', () => {
    const { current, draft } = compareProgrammes(BEIJING_IP_PLEDGE, BEIJING_IP_PLEDGE, { portfolio: simPortfolioOf(beijingLoans), period, lprFixings, calendar }, { draft: 1_000n });
    expect([current.totalFen, draft.totalFen, draft.budgetExhaustedMonth]).toEqual([30_417_307n, 1_000n, '2025-04']);
  });
});

describe('the columnar portfolio', () => {
  it('orders loans by id and keeps the facts per loan', () => {
    const p = simPortfolioOf(beijingLoans);
    expect(p.loanIds).toEqual(['loan-early', 'loan-late', 'loan-small']);
    expect(p.enterpriseIds).toEqual(['ent-1', 'ent-2']);
    expect([...p.enterprise]).toEqual([0, 0, 1]);
    expect([...p.repaymentStart]).toEqual([0, 1, 2, 3]);
    expect([...p.repaymentOn]).toEqual([20250410, 20250910, 20250510]);
  });

  it('refuses duplicate ids, malformed dates and negative interest', () => {
    expect(() => simPortfolioOf([beijingLoans[0]!, beijingLoans[0]!])).toThrow(/given twice/);
    expect(() => simPortfolioOf([runLoan('e', 'a', '2025-04-10', 1n, { loan: { disbursedOn: '2025/03/10' } })])).toThrow(RangeError);
    expect(() => simPortfolioOf([runLoan('e', 'a', '2025-04-10', -1n)])).toThrow(expect.objectContaining({ code: 'subsidy.repayment_invalid' }));
    expect(() => simPortfolioOf([runLoan('e', 'a', '10 April', 1n)])).toThrow(expect.objectContaining({ code: 'subsidy.repayment_invalid' }));
  });

  it('names industries by GB/T 4754 division', () => {
    expect(['I6513', 'C3973', 'I65', 'C', 'x1'].map(industryDivisionOf)).toEqual(['I65', 'C39', 'I65', 'C', 'x1']);
  });
});
