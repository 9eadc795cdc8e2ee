// A run over loans whose programme version depends on each loan's disbursement date (the version
// in force that day decides), with claims already decided left as they are: they count against the
// caps and the budget but are never recomputed, so a later version never changes a decided claim.
// Loans whose interest (fee, premium) another programme already subsidises exclusively are
// ineligible with the reason `subsidy.already_subsidised`. Otherwise as runSubsidy, for any kind:
// first_come order for the per-enterprise yearly cap, then the budget of the newest version.
import type { WorkingCalendar } from '../calendar/calendar.ts';
import { fixingsInForce, type LprFixing } from '../loans/lpr.ts';
import { renderMessage } from '../shared/errors.ts';
import { allocateBudget } from './budget.ts';
import { computeFeeSubsidy, type FeePayment } from './fee-subsidy.ts';
import { computeInterestSubsidy, firstCountedRepaymentOn, type SubsidyClaim } from './interest-subsidy.ts';
import { basisOf, versionInForce, type Programme } from './programme.ts';
import { firstCountedPaymentOn, type SubsidyRunLoan } from './run.ts';

export interface StackingConflict {
  other: string;
  from: string;
  to: string;
}

/** A loan of a run: interest programmes read its repayments, fee and premium programmes its payments. */
export interface VersionedRunLoan extends SubsidyRunLoan {
  /** Another programme's claim on the same interest that excludes this one, or undefined. */
  conflict?: StackingConflict;
}

export interface VersionedRun {
  /** The programme's versions (any order); at least one. */
  versions: readonly Programme[];
  loans: readonly VersionedRunLoan[];
  period: { from: string; to: string };
  lprFixings: Iterable<LprFixing>;
  calendar: WorkingCalendar;
  /** What each enterprise already received under the programme in the period's year (earlier periods and decided claims). */
  receivedByEnterpriseFen?: ReadonlyMap<string, bigint>;
  budgetLeftFen: bigint;
}

export interface VersionedRunResult {
  programmeId: string;
  /** The newest version (its budget and budget rule apply). */
  programmeVersion: number;
  claims: SubsidyClaim[];
  totalFen: bigint;
  budgetFen: bigint;
  budgetLeftFen: bigint;
}

export function newestVersion(versions: readonly Programme[]): Programme {
  if (!versions.length) throw new RangeError('a run needs at least one programme version');
  return versions.reduce((a, b) => (b.version > a.version ? b : a));
}

export function runProgrammeVersions(run: VersionedRun): VersionedRunResult {
  const newest = newestVersion(run.versions);
  const lpr = [...run.lprFixings];
  const lprInForce = fixingsInForce(lpr, run.calendar);
  const interest = basisOf(newest.kind) === 'interest';
  const firstOn = (l: VersionedRunLoan) => (interest ? firstCountedRepaymentOn(l.loan, l.repayments ?? [], run.period) : firstCountedPaymentOn(l.payments ?? [], run.period));
  const order = run.loans
    .map((l) => ({ l, on: firstOn(l) ?? '' }))
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : a.l.loan.id < b.l.loan.id ? -1 : a.l.loan.id > b.l.loan.id ? 1 : 0));
  const received = new Map(run.receivedByEnterpriseFen ?? []);
  const claims = order.map(({ l }) => {
    const programme = versionInForce(run.versions, l.loan.disbursedOn) ?? newest;
    const enterpriseYearFen = received.get(l.enterprise.enterpriseId) ?? 0n;
    const common = { programme, enterprise: l.enterprise, loan: l.loan, period: run.period, lprFixings: lpr, lprInForce, calendar: run.calendar, received: { loanFen: l.receivedLoanFen ?? 0n, enterpriseYearFen } };
    const claim = interest ? computeInterestSubsidy({ ...common, repayments: l.repayments ?? [] }) : computeFeeSubsidy({ ...common, payments: l.payments ?? ([] as FeePayment[]) });
    const checked = l.conflict && claim.eligible ? excluded(claim, l.conflict) : claim;
    received.set(l.enterprise.enterpriseId, enterpriseYearFen + checked.subsidyFen);
    return checked;
  });
  const allocation = allocateBudget(claims, newest.budgetRule, run.budgetLeftFen);
  return { programmeId: newest.id, programmeVersion: newest.version, claims: allocation.claims, totalFen: allocation.totalFen, budgetFen: newest.caps.budgetFen, budgetLeftFen: allocation.budgetLeftFen };
}

function excluded(claim: SubsidyClaim, conflict: StackingConflict): SubsidyClaim {
  const params = { other: conflict.other, from: conflict.from, to: conflict.to };
  const reason = { code: 'subsidy.already_subsidised' as const, params, message: renderMessage('subsidy.already_subsidised', params) };
  return { ...claim, eligible: false, reasons: [reason], eligibleInterestFen: 0n, computedFen: 0n, capFen: null, subsidyFen: 0n, trail: [...claim.trail, { step: 'ineligible', reasons: [reason.code] }] };
}
