// Loans, their instalments, repayments, recoveries and status history.
import { and, asc, eq, lt, or } from 'drizzle-orm';
import type { Executor, Tx } from '../client.ts';
import { loanInstalments, loans, loanStatusHistory, recoveries, repayments } from '../schema/index.ts';

export type LoanRow = typeof loans.$inferSelect;
export type NewLoan = typeof loans.$inferInsert;
export type InstalmentRow = typeof loanInstalments.$inferSelect;

export async function insertLoan(tx: Tx, loan: NewLoan, instalments: (typeof loanInstalments.$inferInsert)[]): Promise<LoanRow> {
  const [row] = await tx.insert(loans).values(loan).returning();
  await tx.insert(loanInstalments).values(instalments);
  return row!;
}

export async function instalmentsOf(db: Executor, loanId: string): Promise<InstalmentRow[]> {
  return db.select().from(loanInstalments).where(eq(loanInstalments.loanId, loanId)).orderBy(asc(loanInstalments.period));
}

/** The loan row locked for this transaction: changes to one loan are made one at a time. */
export async function lockLoan(tx: Tx, loanId: string): Promise<LoanRow | undefined> {
  const [row] = await tx.select().from(loans).where(eq(loans.id, loanId)).for('update');
  return row;
}

export async function loanIdOfApplication(db: Executor, applicationId: string): Promise<string | undefined> {
  const [row] = await db.select({ id: loans.id }).from(loans).where(eq(loans.applicationId, applicationId));
  return row?.id;
}

/** Writes the changes and steps the version (the caller holds the row lock). */
export async function updateLoan(tx: Tx, loan: LoanRow, changes: Partial<NewLoan>): Promise<void> {
  await tx.update(loans).set({ ...changes, version: loan.version + 1 }).where(eq(loans.id, loan.id));
}

export async function insertLoanStatusChange(tx: Tx, row: typeof loanStatusHistory.$inferInsert): Promise<void> {
  await tx.insert(loanStatusHistory).values(row);
}

export async function loanStatusHistoryOf(db: Executor, loanId: string) {
  return db.select().from(loanStatusHistory).where(eq(loanStatusHistory.loanId, loanId)).orderBy(asc(loanStatusHistory.id));
}

/** Live loans with an instalment due before `asOf` still unpaid: the ones the sweep must look at. */
export async function liveLoansDueBefore(db: Executor, asOf: string): Promise<string[]> {
  const unpaid = or(lt(loanInstalments.paidPrincipalFen, loanInstalments.principalFen), lt(loanInstalments.paidInterestFen, loanInstalments.interestFen));
  const rows = await db
    .selectDistinct({ id: loans.id })
    .from(loans)
    .innerJoin(loanInstalments, eq(loanInstalments.loanId, loans.id))
    .where(and(eq(loans.status, 'live'), lt(loanInstalments.dueOn, asOf), unpaid));
  return rows.map((r) => r.id);
}

export async function updateInstalmentPaid(tx: Tx, loanId: string, period: number, paid: { paidPrincipalFen: bigint; paidInterestFen: bigint; paidOn: string | null }): Promise<void> {
  await tx.update(loanInstalments).set(paid).where(and(eq(loanInstalments.loanId, loanId), eq(loanInstalments.period, period)));
}

export async function insertRepayment(tx: Tx, row: typeof repayments.$inferInsert): Promise<void> {
  await tx.insert(repayments).values(row);
}

export async function insertRecovery(tx: Tx, row: typeof recoveries.$inferInsert): Promise<void> {
  await tx.insert(recoveries).values(row);
}

export async function repaymentsOf(db: Executor, loanId: string) {
  return db.select().from(repayments).where(eq(repayments.loanId, loanId)).orderBy(asc(repayments.paidOn), asc(repayments.recordedAt));
}

export async function recoveriesOf(db: Executor, loanId: string) {
  return db.select().from(recoveries).where(eq(recoveries.loanId, loanId)).orderBy(asc(recoveries.recoveredOn));
}
