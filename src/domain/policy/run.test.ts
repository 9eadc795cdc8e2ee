import { describe, expect, it } from 'vitest';
import { workingCalendar } from '../calendar/calendar.ts';
import { packageCalendarYears } from '../calendar/package-data.ts';
import { builtInLprFixings } from '../loans/lpr-history.ts';
import { DomainError } from '../shared/errors.ts';
import type { FeePayment } from './fee-subsidy.ts';
import { BEIJING_IP_PLEDGE, QINGDAO_PREMIUM, ZHANGJIANG_RATED, ZIZHU_GUARANTEE_FEE } from './fixtures.ts';
import type { EnterpriseFacts, SubsidisedLoan } from './interest-subsidy.ts';
import { runInterestSubsidy, runSubsidy, type RunLoan, type SubsidyRunLoan } from './run.ts';

const calendar = workingCalendar(packageCalendarYears());
const lprFixings = builtInLprFixings(calendar);
const facts = (enterpriseId: string): EnterpriseFacts => ({ enterpriseId, gradeAtLoanDate: 'AA', hasValidReportOnLoanDate: true, industryCode: 'I6513', parkCode: 'zhangjiang', dishonest: false });
const loan = (id: string): SubsidisedLoan => ({ id, amountFen: 5_000_000_000n, annualRate: '0.0520', disbursedOn: '2025-03-10', termMonths: 12, loanType: 'ip_pledge', institutionId: 'bank-1' });
const runLoan = (enterpriseId: string, id: string, date: string, interestFen: bigint): RunLoan => ({ enterprise: facts(enterpriseId), loan: loan(id), repayments: [{ date, interestFen }] });
const period = { from: '2025-01-01', to: '2025-12-31' };

describe('a run of one programme over many loans', () => {
  // 260,000,000 fen of interest → 108,500,000 fen before caps, far above ¥300,000
  const loans = [runLoan('ent-1', 'loan-late', '2025-09-10', 260_000_000n), runLoan('ent-1', 'loan-early', '2025-04-10', 260_000_000n), runLoan('ent-2', 'loan-small', '2025-05-10', 1_000_000n)];

  it('carries the ¥300,000 yearly cap from an enterprise’s earliest repaid loan to its next', () => {
    const result = runInterestSubsidy({ programme: BEIJING_IP_PLEDGE, loans, period, lprFixings, calendar, budgetLeftFen: 50_000_000_000n });
    expect(result.claims.map((c) => [c.loanId, c.subsidyFen])).toEqual([
      ['loan-early', 30_000_000n],
      ['loan-small', 417_307n], // 1,000,000 × 434/520 = 834,615 → × 0.5 = 417,307
      ['loan-late', 0n],
    ]);
    expect(result.claims[2]!.trail).toContainEqual(expect.objectContaining({ step: 'cap', cap: 'per_enterprise_year', alreadyFen: 30_000_000n, roomFen: 0n, afterFen: 0n }));
    expect(result).toMatchObject({ programmeId: 'beijing-ip-pledge', programmeVersion: 1, totalFen: 30_417_307n, budgetFen: 50_000_000_000n, budgetLeftFen: 50_000_000_000n - 30_417_307n });
  });

  it('starts from what each enterprise already received this year, and does not depend on the order given', () => {
    const run = (ls: RunLoan[]) => runInterestSubsidy({ programme: BEIJING_IP_PLEDGE, loans: ls, period, lprFixings, calendar, receivedByEnterpriseFen: new Map([['ent-1', 10_000_000n]]), budgetLeftFen: 50_000_000_000n });
    const result = run(loans);
    expect(result.claims.map((c) => c.subsidyFen)).toEqual([20_000_000n, 417_307n, 0n]);
    expect(run([...loans].reverse())).toEqual(result);
  });

  it('then shares a short budget by the programme’s rule (Zhangjiang: pro rata)', () => {
    const ls = [runLoan('ent-1', 'a', '2025-04-10', 40_000_000n), runLoan('ent-2', 'b', '2025-04-10', 20_000_000n), runLoan('ent-3', 'c', '2025-04-10', 20_000_000n)];
    const result = runInterestSubsidy({ programme: ZHANGJIANG_RATED, loans: ls, period, lprFixings, calendar, budgetLeftFen: 10_000_001n });
    // asked 16,692,307 + 8,346,153 + 8,346,153 = 33,384,613 for 10,000,001 left: floors 5,000,000 +
    // 2,500,000 + 2,500,000, and the last fen to a, whose remainder (21,692,307 / 33,384,613) is the largest
    expect(result.totalFen).toBe(10_000_001n);
    expect(result.budgetLeftFen).toBe(0n);
    expect(result.claims.every((c) => c.trail.at(-1)!.step === 'budget')).toBe(true);
    expect(result.claims.map((c) => c.subsidyFen)).toEqual([5_000_001n, 2_500_000n, 2_500_000n]);
  });
});

describe('runSubsidy: any kind of programme', () => {
  const feeFacts = (enterpriseId: string, parkCode: string): EnterpriseFacts => ({ ...facts(enterpriseId), parkCode });
  const feeLoan = (id: string, amountFen: bigint): SubsidisedLoan => ({ ...loan(id), amountFen, loanType: 'credit' });
  const payment = (date: string, amountFen: bigint, coveredAmountFen: bigint, coverage: { from: string; to: string }, contractNo: string): FeePayment => ({ date, amountFen, contractNo, coverage, coveredAmountFen, feeRate: '0.008' });
  const year = (from: string, to: string) => ({ from, to });

  it('runs an interest programme exactly as runInterestSubsidy, saying its kind', () => {
    const loans = [runLoan('ent-1', 'loan-early', '2025-04-10', 260_000_000n), runLoan('ent-2', 'loan-small', '2025-05-10', 1_000_000n)];
    const run = { programme: BEIJING_IP_PLEDGE, loans, period, lprFixings, calendar, budgetLeftFen: 50_000_000_000n };
    expect(runSubsidy(run)).toEqual({ ...runInterestSubsidy(run), kind: 'interest_subsidy' });
  });

  it('Zizhu guarantee fees: the ¥200,000 yearly cap carried across an enterprise’s loans, then a short budget first come', () => {
    // ¥50,000,000 guaranteed a year at 0.8%: fee ¥400,000; at most 0.5% a year → 25,000,000 fen, cut to the 20,000,000 cap
    const big = (id: string, date: string, to: string): SubsidyRunLoan => ({ enterprise: feeFacts('ent-1', 'zizhu'), loan: feeLoan(id, 5_000_000_000n), payments: [payment(date, 40_000_000n, 5_000_000_000n, year(date, to), `G-${id}`)] });
    // ¥5,000,000 for 180 days at 0.8%: fee 1,972,602 → at most 0.5% a year: 1,232,876
    const small: SubsidyRunLoan = { enterprise: feeFacts('ent-2', 'zizhu'), loan: feeLoan('loan-small', 500_000_000n), payments: [payment('2025-05-01', 1_972_602n, 500_000_000n, year('2025-03-10', '2025-09-05'), 'G-small')] };
    // loan-late's guarantee runs 2025-06-01 … 2025-12-01: 30 + 31 + 31 + 30 + 31 + 30 + 1 = 184 days
    const loans = [big('loan-late', '2025-06-01', '2025-12-01'), small, big('loan-early', '2025-04-01', '2026-03-31')];
    const result = runSubsidy({ programme: ZIZHU_GUARANTEE_FEE, loans, period, lprFixings, calendar, budgetLeftFen: 20_500_000n });
    expect(result.claims.map((c) => [c.loanId, c.computedFen, c.subsidyFen])).toEqual([
      ['loan-early', 25_000_000n, 20_000_000n], // first paid: the cap, and the budget in full
      ['loan-small', 1_232_876n, 500_000n], // the budget's remainder
      ['loan-late', 12_602_739n, 0n], // ent-1's cap is used up (limit 5,000,000,000 × 0.005 × 184 / 365 = 12,602,739.7…)
    ]);
    expect(result.claims[1]!.trail.at(-1)).toMatchObject({ step: 'budget', rule: 'first_come', outcome: 'remainder', requestedFen: 1_232_876n, grantedFen: 500_000n });
    expect(result).toMatchObject({ kind: 'guarantee_fee_subsidy', programmeId: 'zizhu-guarantee-fee', totalFen: 20_500_000n, budgetLeftFen: 0n, budgetFen: 500_000_000n });
    expect(runSubsidy({ programme: ZIZHU_GUARANTEE_FEE, loans: [...loans].reverse(), period, lprFixings, calendar, budgetLeftFen: 20_500_000n })).toEqual(result);
  });

  it('Qingdao premiums: a short budget pro rata, the total equal to the budget', () => {
    const premium = (enterpriseId: string, id: string, amountFen: bigint): SubsidyRunLoan => ({
      enterprise: feeFacts(enterpriseId, 'qingdao'),
      loan: feeLoan(id, 500_000_000n),
      payments: [payment('2025-03-10', amountFen, 500_000_000n, year('2025-03-10', '2026-03-09'), `P-${id}`)],
    });
    // 50% of 2,000,000 / 1,000,001 / 1,000,001 → 1,000,000 + 500,000 + 500,000 = 2,000,000 asked for 1,000,001 left:
    // floors 500,000 + 250,000 + 250,000, the last fen to a (remainder 1,000,000 × 1,000,001 mod 2,000,000 = 1,000,000, the largest)
    const result = runSubsidy({ programme: QINGDAO_PREMIUM, loans: [premium('ent-1', 'a', 2_000_000n), premium('ent-2', 'b', 1_000_001n), premium('ent-3', 'c', 1_000_001n)], period, lprFixings, calendar, budgetLeftFen: 1_000_001n });
    expect(result.claims.map((c) => c.subsidyFen)).toEqual([500_001n, 250_000n, 250_000n]);
    expect(result).toMatchObject({ kind: 'premium_subsidy', totalFen: 1_000_001n, budgetLeftFen: 0n });
  });

  it('a fee loan that brings no payments is ineligible for want of them', () => {
    const result = runSubsidy({ programme: ZIZHU_GUARANTEE_FEE, loans: [{ enterprise: feeFacts('ent-1', 'zizhu'), loan: feeLoan('x', 500_000_000n) }], period, lprFixings, calendar, budgetLeftFen: 1_000n });
    expect(result.claims[0]!.reasons.map((r) => r.code)).toEqual(['subsidy.no_payments']);
    expect(result.totalFen).toBe(0n);
  });

  it('refuses a loan that brings the other kind’s payments', () => {
    const codeOf = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e instanceof DomainError ? { code: e.code, params: e.params } : e;
      }
      return null;
    };
    const withPayments: SubsidyRunLoan = { enterprise: facts('ent-1'), loan: loan('p'), payments: [] };
    const withRepayments: SubsidyRunLoan = { enterprise: facts('ent-1'), loan: loan('r'), repayments: [] };
    expect(codeOf(() => runSubsidy({ programme: BEIJING_IP_PLEDGE, loans: [withPayments], period, lprFixings, calendar, budgetLeftFen: 0n }))).toEqual({ code: 'subsidy.run_basis_mismatch', params: { loanId: 'p', kind: 'interest_subsidy' } });
    expect(codeOf(() => runSubsidy({ programme: QINGDAO_PREMIUM, loans: [withRepayments], period, lprFixings, calendar, budgetLeftFen: 0n }))).toEqual({ code: 'subsidy.run_basis_mismatch', params: { loanId: 'r', kind: 'premium_subsidy' } });
  });
});
