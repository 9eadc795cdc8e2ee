// One programme over a run of loans for one claim period (`kejin subsidy run`): each loan's claim,
// the per-enterprise yearly cap carried from one loan of an enterprise to the next, then the
// budget. Loans are taken in first_come order (first counted repayment, then loan id) for both,
// so an enterprise's cap is used by its earliest repaid loans and the result never depends on the
// order the loans were given in.
import type { WorkingCalendar } from '../calendar/calendar.ts';
import type { LprFixing } from '../loans/lpr.ts';
import { allocateBudget } from './budget.ts';
import { computeInterestSubsidy, firstCountedRepaymentOn, type EnterpriseFacts, type InterestRepayment, type SubsidisedLoan, type SubsidyClaim } from './interest-subsidy.ts';
import type { Programme } from './programme.ts';

export interface RunLoan {
  enterprise: EnterpriseFacts;
  loan: SubsidisedLoan;
  repayments: readonly InterestRepayment[];
  /** Subsidy this loan already received under the programme (earlier periods). */
  receivedLoanFen?: bigint;
}

export interface InterestSubsidyRun {
  programme: Programme;
  loans: readonly RunLoan[];
  period: { from: string; to: string };
  lprFixings: Iterable<LprFixing>;
  calendar: WorkingCalendar;
  /** What each enterprise (by id) already received under the programme in the period's year. */
  receivedByEnterpriseFen?: ReadonlyMap<string, bigint>;
  /** The programme's budget not yet granted. */
  budgetLeftFen: bigint;
}

export interface InterestSubsidyRunResult {
  programmeId: string;
  programmeVersion: number;
  /** One claim per loan, in first_come order. */
  claims: SubsidyClaim[];
  totalFen: bigint;
  budgetFen: bigint;
  budgetLeftFen: bigint;
}

export function runInterestSubsidy(run: InterestSubsidyRun): InterestSubsidyRunResult {
  const { programme, period, lprFixings, calendar } = run;
  const lpr = [...lprFixings]; // read once, whatever iterable was given
  const order = run.loans
    .map((l) => ({ l, on: firstCountedRepaymentOn(l.loan, l.repayments, period) ?? '' }))
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : a.l.loan.id < b.l.loan.id ? -1 : a.l.loan.id > b.l.loan.id ? 1 : 0));
  const received = new Map(run.receivedByEnterpriseFen ?? []);
  const claims = order.map(({ l }) => {
    const enterpriseYearFen = received.get(l.enterprise.enterpriseId) ?? 0n;
    const claim = computeInterestSubsidy({ programme, ...l, period, lprFixings: lpr, calendar, received: { loanFen: l.receivedLoanFen ?? 0n, enterpriseYearFen } });
    received.set(l.enterprise.enterpriseId, enterpriseYearFen + claim.subsidyFen);
    return claim;
  });
  const allocation = allocateBudget(claims, programme.budgetRule, run.budgetLeftFen);
  return { programmeId: programme.id, programmeVersion: programme.version, claims: allocation.claims, totalFen: allocation.totalFen, budgetFen: programme.caps.budgetFen, budgetLeftFen: allocation.budgetLeftFen };
}
