import { describe, expect, it } from 'vitest';
import { workingCalendar } from '../calendar/calendar.ts';
import { packageCalendarYears } from '../calendar/package-data.ts';
import { builtInLprFixings } from '../loans/lpr-history.ts';
import { BEIJING_IP_PLEDGE, ZHANGJIANG_RATED } from './fixtures.ts';
import type { EnterpriseFacts, SubsidisedLoan } from './interest-subsidy.ts';
import { runInterestSubsidy, type RunLoan } from './run.ts';

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
