// One programme over a run of loans for one claim period (`kejin subsidy run`): each loan's claim,
// the per-enterprise yearly cap carried from one loan of an enterprise to the next, then the
// budget. Loans are taken in first_come order (first counted repayment or payment, then loan id)
// for both, so an enterprise's cap is used by its earliest paid loans and the result never depends
// on the order the loans were given in. `runSubsidy` runs any kind: interest from the loans'
// repayments, guarantee fees and premiums from their fee or premium payments.
import type { WorkingCalendar } from '../calendar/calendar.ts';
import { fixingsInForce, type LprFixing } from '../loans/lpr.ts';
import { fail } from '../shared/errors.ts';
import { allocateBudget } from './budget.ts';
import type { SubsidyClaim } from './claim.ts';
import { computeFeeSubsidy, type FeePayment } from './fee-subsidy.ts';
import { computeInterestSubsidy, firstCountedRepaymentOn, type EnterpriseFacts, type InterestRepayment, type SubsidisedLoan } from './interest-subsidy.ts';
import { basisOf, type Programme, type ProgrammeKind } from './programme.ts';

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

/** A loan of a run of any kind: interest programmes read its repayments, fee and premium programmes its payments. */
export interface SubsidyRunLoan {
  enterprise: EnterpriseFacts;
  loan: SubsidisedLoan;
  repayments?: readonly InterestRepayment[];
  payments?: readonly FeePayment[];
  receivedLoanFen?: bigint;
}

export interface SubsidyRun extends Omit<InterestSubsidyRun, 'loans'> {
  loans: readonly SubsidyRunLoan[];
}

export interface SubsidyRunResult extends InterestSubsidyRunResult {
  kind: ProgrammeKind;
}

type Received = { loanFen: bigint; enterpriseYearFen: bigint };
interface Common {
  programme: Programme;
  receivedByEnterpriseFen?: ReadonlyMap<string, bigint>;
  budgetLeftFen: bigint;
}

/** Claims in first_come order, each enterprise's yearly cap carried forward, then the budget. */
function runClaims<L extends { enterprise: EnterpriseFacts; loan: SubsidisedLoan; receivedLoanFen?: bigint }>(
  run: Common,
  loans: readonly L[],
  firstOn: (l: L) => string | null,
  compute: (l: L, received: Received) => SubsidyClaim,
): InterestSubsidyRunResult {
  const { programme } = run;
  const order = loans
    .map((l) => ({ l, on: firstOn(l) ?? '' }))
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : a.l.loan.id < b.l.loan.id ? -1 : a.l.loan.id > b.l.loan.id ? 1 : 0));
  const received = new Map(run.receivedByEnterpriseFen ?? []);
  const claims = order.map(({ l }) => {
    const enterpriseYearFen = received.get(l.enterprise.enterpriseId) ?? 0n;
    const claim = compute(l, { loanFen: l.receivedLoanFen ?? 0n, enterpriseYearFen });
    received.set(l.enterprise.enterpriseId, enterpriseYearFen + claim.subsidyFen);
    return claim;
  });
  const allocation = allocateBudget(claims, programme.budgetRule, run.budgetLeftFen);
  return { programmeId: programme.id, programmeVersion: programme.version, claims: allocation.claims, totalFen: allocation.totalFen, budgetFen: programme.caps.budgetFen, budgetLeftFen: allocation.budgetLeftFen };
}

export function runInterestSubsidy(run: InterestSubsidyRun): InterestSubsidyRunResult {
  const { programme, period, calendar } = run;
  const lprFixings = [...run.lprFixings]; // read once, whatever iterable was given
  const lprInForce = fixingsInForce(lprFixings, calendar);
  return runClaims(
    run,
    run.loans,
    (l) => firstCountedRepaymentOn(l.loan, l.repayments, period),
    (l, received) => computeInterestSubsidy({ programme, enterprise: l.enterprise, loan: l.loan, repayments: l.repayments, period, lprFixings, lprInForce, calendar, received }),
  );
}

/** The first payment paid in the period, or null: the order of first_come budgets. */
export function firstCountedPaymentOn(payments: readonly FeePayment[], period: { from: string; to: string }): string | null {
  let first: string | null = null;
  for (const p of payments) if (p.date >= period.from && p.date <= period.to && (first === null || p.date < first)) first = p.date;
  return first;
}

/** Runs a programme of any kind; a loan that brings only the other kind's payments is refused. */
export function runSubsidy(run: SubsidyRun): SubsidyRunResult {
  const { programme, period, calendar } = run;
  const interest = basisOf(programme.kind) === 'interest';
  for (const { loan, repayments, payments } of run.loans) {
    if (interest ? repayments === undefined && payments !== undefined : payments === undefined && repayments !== undefined) {
      throw fail('subsidy.run_basis_mismatch', { loanId: loan.id, kind: programme.kind });
    }
  }
  if (interest) {
    const loans = run.loans.map((l) => ({ ...l, repayments: l.repayments ?? [] }));
    return { ...runInterestSubsidy({ ...run, loans }), kind: programme.kind };
  }
  const lprFixings = [...run.lprFixings];
  const lprInForce = fixingsInForce(lprFixings, calendar);
  const result = runClaims(
    run,
    run.loans,
    (l) => firstCountedPaymentOn(l.payments ?? [], period),
    (l, received) => computeFeeSubsidy({ programme, enterprise: l.enterprise, loan: l.loan, payments: l.payments ?? [], period, lprFixings, lprInForce, calendar, received }),
  );
  return { ...result, kind: programme.kind };
}
