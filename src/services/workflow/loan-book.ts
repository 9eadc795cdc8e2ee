// A loan's position kept in step with its instalments: after each repayment and in the daily sweep
// the platform recomputes what is outstanding and overdue, classifies the loan (five categories by
// days overdue) and moves its application between repaying, overdue and closed.
import { and, asc, eq, lt, or } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { findApplication } from '../../db/repositories/applications.ts';
import { loanInstalments, loans } from '../../db/schema/index.ts';
import { loanPosition, type Instalment, type LoanPosition } from '../../domain/loans/repayments.ts';
import type { ApplicationState } from '../../domain/workflow/states.ts';
import type { ServiceContext } from '../shared/context.ts';
import { overdueNotice } from '../../domain/workflow/notices.ts';
import { sendNotice } from './move-notices.ts';
import { movePlatform } from './moves.ts';
import { raiseSignal } from './signals.ts';
import { overdueSignal } from '../../domain/warning/signals.ts';

export type LoanRow = typeof loans.$inferSelect;
export type InstalmentRow = typeof loanInstalments.$inferSelect;

export const asInstalment = (r: InstalmentRow): Instalment => ({ period: r.period, date: r.dueOn, principalFen: r.principalFen, interestFen: r.interestFen, paidPrincipalFen: r.paidPrincipalFen, paidInterestFen: r.paidInterestFen });

export async function instalmentsOf(tx: Tx | ServiceContext['database']['db'], loanId: string): Promise<InstalmentRow[]> {
  return tx.select().from(loanInstalments).where(eq(loanInstalments.loanId, loanId)).orderBy(asc(loanInstalments.period));
}

/** The loan row locked for this transaction: repayments to one loan are recorded one at a time. */
export async function lockLoan(tx: Tx, loanId: string): Promise<LoanRow | undefined> {
  const [row] = await tx.select().from(loans).where(eq(loans.id, loanId)).for('update');
  return row;
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
  await tx
    .update(loans)
    .set({
      outstandingPrincipalFen: position.outstandingPrincipalFen,
      daysOverdue: position.daysOverdue,
      maxDaysOverdue: Math.max(loan.maxDaysOverdue, position.daysOverdue),
      classification: position.classification,
      positionOn: asOf,
      ...(live && position.paidOff ? { status: 'closed', closedOn: asOf } : {}),
      updatedAt: ctx.now(),
      version: loan.version + 1,
    })
    .where(eq(loans.id, loan.id));
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
    if (target === 'overdue') await notifyOverdue(tx, ctx, loan, position);
  }
  return position;
}

async function notifyOverdue(tx: Tx, ctx: ServiceContext, loan: LoanRow, position: LoanPosition) {
  const where = { link: `/loans/${loan.id}`, details: { loanId: loan.id, daysOverdue: position.daysOverdue, overdueFen: String(position.overdueFen) }, at: ctx.now() };
  for (const organisationId of [loan.institutionId, loan.enterpriseId]) await sendNotice(tx, organisationId, overdueNotice(loan.id, position.daysOverdue), where);
}

/** Live loans with an instalment due before `asOf` still unpaid: the ones the sweep must look at. */
export async function loansToSweep(db: ServiceContext['database']['db'], asOf: string): Promise<string[]> {
  const unpaid = or(lt(loanInstalments.paidPrincipalFen, loanInstalments.principalFen), lt(loanInstalments.paidInterestFen, loanInstalments.interestFen));
  const rows = await db
    .selectDistinct({ id: loans.id })
    .from(loans)
    .innerJoin(loanInstalments, eq(loanInstalments.loanId, loans.id))
    .where(and(eq(loans.status, 'live'), lt(loanInstalments.dueOn, asOf), unpaid));
  return rows.map((r) => r.id);
}

/** Default declared: the exposure is what is still owed (principal and the interest fallen due). */
export async function markDefaulted(tx: Tx, ctx: ServiceContext, applicationId: string, on: string): Promise<void> {
  const [row] = await tx.select({ id: loans.id }).from(loans).where(eq(loans.applicationId, applicationId));
  const loan = row && (await lockLoan(tx, row.id));
  if (!loan) return;
  const instalments = (await instalmentsOf(tx, loan.id)).map(asInstalment);
  const position = loanPosition({ instalments }, on);
  const exposure = position.outstandingPrincipalFen + position.overdueFen - overduePrincipal(instalments, on);
  await tx.update(loans).set({ status: 'defaulted', defaultedOn: on, defaultExposureFen: exposure, classification: position.classification, daysOverdue: position.daysOverdue, updatedAt: ctx.now(), version: loan.version + 1 }).where(eq(loans.id, loan.id));
}

/** Principal of instalments already due and unpaid (counted once: it is in the outstanding principal). */
function overduePrincipal(instalments: Instalment[], on: string): bigint {
  return instalments.filter((i) => i.date < on).reduce((s, i) => s + i.principalFen - i.paidPrincipalFen, 0n);
}

/** Written off: what was not recovered is the loss. */
export async function markWrittenOff(tx: Tx, ctx: ServiceContext, applicationId: string, on: string): Promise<void> {
  const [row] = await tx.select({ id: loans.id }).from(loans).where(eq(loans.applicationId, applicationId));
  const loan = row && (await lockLoan(tx, row.id));
  if (!loan) return;
  const loss = (loan.defaultExposureFen ?? loan.outstandingPrincipalFen) - loan.recoveredFen;
  await tx.update(loans).set({ status: 'written_off', writtenOffFen: loss, closedOn: on, classification: 'loss', updatedAt: ctx.now(), version: loan.version + 1 }).where(eq(loans.id, loan.id));
}
