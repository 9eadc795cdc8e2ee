// A loan's position kept in step with its instalments: after each repayment and in the daily sweep
// the platform recomputes what is outstanding and overdue, classifies the loan (five categories by
// days overdue) and moves its application between repaying, overdue and closed. Every change of
// the loan's status goes through its table (src/domain/loans/status.ts): refused with the reason
// otherwise, written to loan_status_history and audited (the platform's own as the system).
import type { Tx } from '../../db/client.ts';
import { findApplication } from '../../db/repositories/applications.ts';
import { insertLoanStatusChange, instalmentsOf, liveLoansDueBefore, loanIdOfApplication, lockLoan, updateLoan, type InstalmentRow, type LoanRow, type NewLoan } from '../../db/repositories/loans.ts';
import { systemActor } from '../../domain/access/actor.ts';
import { loanPosition, type Instalment, type LoanPosition } from '../../domain/loans/repayments.ts';
import { checkLoanMove, type LoanMoveRequest, type LoanStatus } from '../../domain/loans/status.ts';
import type { ApplicationState } from '../../domain/workflow/states.ts';
import { recordAudit, type ServiceContext } from '../shared/context.ts';
import { overdueNotice, type NoticeSubject } from '../../domain/workflow/notices.ts';
import { namesOf, sendNotice } from './move-notices.ts';
import { movePlatform } from './moves.ts';
import { raiseSignal } from './signals.ts';
import { overdueSignal } from '../../domain/warning/signals.ts';

export type { InstalmentRow, LoanRow };
export { instalmentsOf, lockLoan };
export const loansToSweep = liveLoansDueBefore;

export const asInstalment = (r: InstalmentRow): Instalment => ({ period: r.period, date: r.dueOn, principalFen: r.principalFen, interestFen: r.interestFen, paidPrincipalFen: r.paidPrincipalFen, paidInterestFen: r.paidInterestFen });

type StatusFacts = Omit<LoanMoveRequest, 'from' | 'to' | 'by'>;
type Mover = LoanMoveRequest['by'];

function checked(from: LoanStatus | null, to: LoanStatus, by: Mover, facts: StatusFacts): void {
  const result = checkLoanMove({ from, to, by, ...facts });
  if (!result.ok) throw result.refusal;
}

/** The history row and the audit event of a change (the platform's own as the system actor). */
async function recordChange(tx: Tx, ctx: ServiceContext, loan: Pick<LoanRow, 'id' | 'parkId'>, from: LoanStatus | null, to: LoanStatus, by: Mover, facts: StatusFacts, on: string) {
  const as = by === 'platform' ? { ...ctx, actor: systemActor() } : ctx;
  const reason = facts.reason ?? facts.comment ?? null;
  await insertLoanStatusChange(tx, { loanId: loan.id, fromStatus: from, toStatus: to, mover: by, actorId: as.actor.userId, reason, on, at: ctx.now() });
  await recordAudit(tx, as, { action: `loan.${to === 'live' ? 'disbursed' : to}`, targetType: 'loan', targetId: loan.id, parkId: loan.parkId, details: { from, to, by, on, reason } });
}

/** A loan made by disbursement (nothing → live), checked against the table and recorded. */
export async function recordLoanMade(tx: Tx, ctx: ServiceContext, loan: LoanRow): Promise<void> {
  checked(null, 'live', 'institution', { hasTerms: true });
  await recordChange(tx, ctx, loan, null, 'live', 'institution', { hasTerms: true }, loan.disbursedOn);
}

/**
 * The one way a loan's status changes: the table decides (409 with its reason), the loan row is
 * written with `changes` (the caller holds its lock), the change is recorded and audited.
 */
export async function changeLoanStatus(tx: Tx, ctx: ServiceContext, loan: LoanRow, to: LoanStatus, by: Mover, facts: StatusFacts, on: string, changes: Partial<NewLoan> = {}): Promise<void> {
  const from = loan.status as LoanStatus;
  checked(from, to, by, facts);
  await updateLoan(tx, loan, { ...changes, status: to, updatedAt: ctx.now() });
  await recordChange(tx, ctx, loan, from, to, by, facts, on);
}

/** Where the application should be for a live loan in this position. */
function stateFor(position: LoanPosition, current: ApplicationState, repaid: boolean): ApplicationState {
  if (position.paidOff) return 'closed';
  if (position.daysOverdue > 0) return 'overdue';
  return current === 'disbursed' && !repaid ? 'disbursed' : 'repaying';
}

/**
 * Writes the loan's position as of `asOf` and moves its application to match (disbursed → repaying
 * after the first repayment, → overdue when an instalment is late, → closed when paid off).
 */
export async function settlePosition(tx: Tx, ctx: ServiceContext, loan: LoanRow, instalments: Instalment[], asOf: string, repaid: boolean): Promise<LoanPosition> {
  const position = loanPosition({ instalments }, asOf);
  const live = loan.status === 'live';
  const changes = {
    outstandingPrincipalFen: position.outstandingPrincipalFen,
    daysOverdue: position.daysOverdue,
    maxDaysOverdue: Math.max(loan.maxDaysOverdue, position.daysOverdue),
    classification: position.classification,
    positionOn: asOf,
  };
  if (live && position.paidOff) await changeLoanStatus(tx, ctx, loan, 'closed', 'platform', { paidOff: true }, asOf, { ...changes, closedOn: asOf });
  else await updateLoan(tx, loan, { ...changes, updatedAt: ctx.now() });
  if (!live) return position;
  if (position.daysOverdue > 0) {
    const target = { enterpriseId: loan.enterpriseId, parkId: loan.parkId, institutionId: loan.institutionId, loanId: loan.id };
    await raiseSignal(tx, target, overdueSignal(loan.id, position.daysOverdue, position.overdueFen), ctx.now(), true);
  }
  const application = await findApplication(tx, loan.applicationId);
  if (!application) return position;
  const current = application.state as ApplicationState;
  const target = stateFor(position, current, repaid);
  if (target !== current && ['disbursed', 'repaying', 'overdue'].includes(current)) {
    const why = target === 'closed' ? 'Paid off' : target === 'overdue' ? `${position.daysOverdue} days overdue` : 'Repayment recorded';
    await movePlatform(tx, ctx, application, target, why);
    if (target === 'overdue') await notifyOverdue(tx, ctx, loan, position, await namesOf(tx, application.id));
  }
  return position;
}

async function notifyOverdue(tx: Tx, ctx: ServiceContext, loan: LoanRow, position: LoanPosition, names: NoticeSubject) {
  const where = { link: `/loans/${loan.id}`, details: { loanId: loan.id, daysOverdue: position.daysOverdue, overdueFen: String(position.overdueFen) }, at: ctx.now() };
  for (const organisationId of [loan.institutionId, loan.enterpriseId]) await sendNotice(tx, organisationId, overdueNotice(names, position.daysOverdue), where);
}

async function lockedLoanOf(tx: Tx, applicationId: string): Promise<LoanRow | undefined> {
  const id = await loanIdOfApplication(tx, applicationId);
  return id ? lockLoan(tx, id) : undefined;
}

/** Default declared: the exposure is what is still owed (principal and the interest fallen due). */
export async function markDefaulted(tx: Tx, ctx: ServiceContext, applicationId: string, on: string, reason: string | null): Promise<void> {
  const loan = await lockedLoanOf(tx, applicationId);
  if (!loan) return;
  const instalments = (await instalmentsOf(tx, loan.id)).map(asInstalment);
  const position = loanPosition({ instalments }, on);
  const exposure = position.outstandingPrincipalFen + position.overdueFen - overduePrincipal(instalments, on);
  await changeLoanStatus(tx, ctx, loan, 'defaulted', 'institution', { reason }, on, { defaultedOn: on, defaultExposureFen: exposure, classification: position.classification, daysOverdue: position.daysOverdue });
}

/** Principal of instalments already due and unpaid (counted once: it is in the outstanding principal). */
function overduePrincipal(instalments: Instalment[], on: string): bigint {
  return instalments.filter((i) => i.date < on).reduce((s, i) => s + i.principalFen - i.paidPrincipalFen, 0n);
}

/** Written off: what was not recovered is the loss. */
export async function markWrittenOff(tx: Tx, ctx: ServiceContext, applicationId: string, on: string, comment: string | null): Promise<void> {
  const loan = await lockedLoanOf(tx, applicationId);
  if (!loan) return;
  const loss = (loan.defaultExposureFen ?? loan.outstandingPrincipalFen) - loan.recoveredFen;
  await changeLoanStatus(tx, ctx, loan, 'written_off', 'institution', { comment }, on, { writtenOffFen: loss, closedOn: on, classification: 'loss' });
}
