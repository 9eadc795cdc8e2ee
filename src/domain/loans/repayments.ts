// Repayments against a schedule. Money goes to the oldest instalment first, interest before
// principal (the order lenders apply under PBoC practice), and may run on into instalments not
// yet due. The state is plain rows so a service can load it from and write it back to a table.
import { classifyByDaysOverdue, type LoanClassification } from './classification.ts';
import { civilDate } from './due-dates.ts';
import { RepaymentError } from './errors.ts';
import type { Schedule } from './schedule.ts';

export interface Instalment {
  period: number;
  date: string; // YYYY-MM-DD, when it falls due
  principalFen: bigint;
  interestFen: bigint;
  paidPrincipalFen: bigint;
  paidInterestFen: bigint;
}

export interface LoanState {
  instalments: Instalment[];
}

/** What one repayment paid on one instalment. */
export interface Allocation {
  period: number;
  interestFen: bigint;
  principalFen: bigint;
}

export interface LoanPosition {
  outstandingPrincipalFen: bigint;
  outstandingInterestFen: bigint; // scheduled interest not yet paid, due or not
  overdueFen: bigint; // principal and interest of instalments past their due date
  daysOverdue: number; // since the oldest instalment past due with something unpaid
  classification: LoanClassification;
  paidOff: boolean;
}

/** A freshly drawn loan: its schedule with nothing paid. */
export function loanStateOf(schedule: Schedule): LoanState {
  return {
    instalments: schedule.payments.map((p) => ({ period: p.period, date: p.date, principalFen: p.principalFen, interestFen: p.interestFen, paidPrincipalFen: 0n, paidInterestFen: 0n })),
  };
}

/** Applies one repayment; returns the new state (the given one is left as it was) and where the money went. */
export function allocateRepayment(state: LoanState, amountFen: bigint): { state: LoanState; allocations: Allocation[] } {
  const instalments = inDueOrder(state);
  if (typeof amountFen !== 'bigint' || amountFen <= 0n) throw new RepaymentError('amountFen', 'loan.repayment_not_positive', { value: String(amountFen) });
  const owed = instalments.reduce((sum, i) => sum + unpaidFen(i), 0n);
  if (amountFen > owed) throw new RepaymentError('amountFen', 'loan.repayment_above_outstanding', { amount: String(amountFen), owed: String(owed) });
  let left = amountFen;
  const allocations: Allocation[] = [];
  const next = instalments.map((instalment) => {
    if (left === 0n || unpaidFen(instalment) === 0n) return instalment;
    const interestFen = min(left, instalment.interestFen - instalment.paidInterestFen);
    const principalFen = min(left - interestFen, instalment.principalFen - instalment.paidPrincipalFen);
    left -= interestFen + principalFen;
    allocations.push({ period: instalment.period, interestFen, principalFen });
    return { ...instalment, paidInterestFen: instalment.paidInterestFen + interestFen, paidPrincipalFen: instalment.paidPrincipalFen + principalFen };
  });
  return { state: { instalments: next }, allocations };
}

/** Where the loan stands at the end of `asOf`: an instalment due that day is not yet overdue. */
export function loanPosition(state: LoanState, asOf: string): LoanPosition {
  const instalments = inDueOrder(state);
  const today = civilDate(asOf);
  if (today === null) throw new RepaymentError('asOf', 'loan.position_date', { value: asOf });
  let outstandingPrincipalFen = 0n;
  let outstandingInterestFen = 0n;
  let overdueFen = 0n;
  let daysOverdue = 0;
  for (const instalment of instalments) {
    outstandingPrincipalFen += instalment.principalFen - instalment.paidPrincipalFen;
    outstandingInterestFen += instalment.interestFen - instalment.paidInterestFen;
    const late = today.dayNumber - civilDate(instalment.date)!.dayNumber;
    if (late <= 0 || unpaidFen(instalment) === 0n) continue;
    overdueFen += unpaidFen(instalment);
    if (late > daysOverdue) daysOverdue = late;
  }
  return {
    outstandingPrincipalFen,
    outstandingInterestFen,
    overdueFen,
    daysOverdue,
    classification: classifyByDaysOverdue(daysOverdue),
    paidOff: outstandingPrincipalFen === 0n && outstandingInterestFen === 0n,
  };
}

const unpaidFen = (i: Instalment) => i.principalFen - i.paidPrincipalFen + i.interestFen - i.paidInterestFen;
const min = (a: bigint, b: bigint) => (a < b ? a : b);

/** The instalments oldest first, after checking that each row makes sense. */
function inDueOrder(state: LoanState): Instalment[] {
  for (const i of state.instalments) {
    const problem = instalmentProblem(i);
    if (problem !== null) throw problem;
  }
  return [...state.instalments].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.period - b.period));
}

function instalmentProblem(i: Instalment): RepaymentError | null {
  const { period } = i;
  if (civilDate(i.date) === null) return new RepaymentError('instalments', 'loan.instalment_date_invalid', { period, date: i.date });
  if (i.principalFen < 0n || i.interestFen < 0n) return new RepaymentError('instalments', 'loan.instalment_negative_due', { period });
  if (i.paidPrincipalFen < 0n || i.paidInterestFen < 0n) return new RepaymentError('instalments', 'loan.instalment_negative_paid', { period });
  if (i.paidPrincipalFen > i.principalFen || i.paidInterestFen > i.interestFen) return new RepaymentError('instalments', 'loan.instalment_overpaid', { period });
  return null;
}
