// Guarantee-fee and premium payments submitted by institutions, read by subsidy runs.
import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { WorkflowScope } from '../../domain/access/workflow-access.ts';
import type { FeePayment } from '../../domain/policy/fee-subsidy.ts';
import type { Executor, Tx } from '../client.ts';
import { offsetOf, type Page, type PageRequest } from '../paging.ts';
import { enterprises, loans, organisations, policyPayments } from '../schema/index.ts';
import { scopeWhere } from './workflow-scope.ts';

export type PolicyPaymentRow = typeof policyPayments.$inferSelect;
export type NewPolicyPayment = typeof policyPayments.$inferInsert;
export type PolicyPaymentListed = PolicyPaymentRow & { creditCode: string; enterpriseName: string; submitterName: string };

/** The loans' enterprises, parks and lenders, for checking submissions. */
export async function loansByIds(db: Executor, ids: string[]): Promise<Map<string, { id: string; enterpriseId: string; parkId: string; institutionId: string; disbursedOn: string }>> {
  if (!ids.length) return new Map();
  const rows = await db.select({ id: loans.id, enterpriseId: loans.enterpriseId, parkId: loans.parkId, institutionId: loans.institutionId, disbursedOn: loans.disbursedOn }).from(loans).where(inArray(loans.id, ids));
  return new Map(rows.map((r) => [r.id, r]));
}

/** Inserts the payments; one already submitted (same loan, kind, contract and date) is left as it is. The rows written. */
export async function insertPolicyPayments(tx: Tx, rows: NewPolicyPayment[]): Promise<number> {
  let written = 0;
  for (let i = 0; i < rows.length; i += 500) {
    const done = await tx.insert(policyPayments).values(rows.slice(i, i + 500)).onConflictDoNothing({ target: [policyPayments.loanId, policyPayments.kind, policyPayments.contractNo, policyPayments.paidOn] }).returning({ id: policyPayments.id });
    written += done.length;
  }
  return written;
}

/** Each loan's payments of a kind, as the engine reads them. */
export async function paymentsOfLoans(db: Executor, loanIds: string[], kind: string): Promise<Map<string, FeePayment[]>> {
  const out = new Map<string, FeePayment[]>();
  for (let i = 0; i < loanIds.length; i += 5000) {
    const rows = await db
      .select()
      .from(policyPayments)
      .where(and(inArray(policyPayments.loanId, loanIds.slice(i, i + 5000)), eq(policyPayments.kind, kind)))
      .orderBy(asc(policyPayments.paidOn), asc(policyPayments.contractNo));
    for (const r of rows) {
      const list = out.get(r.loanId) ?? [];
      list.push({ date: r.paidOn, amountFen: r.amountFen, contractNo: r.contractNo, coverage: { from: r.coverageFrom, to: r.coverageTo }, coveredAmountFen: r.coveredAmountFen, feeRate: r.feeRate });
      out.set(r.loanId, list);
    }
  }
  return out;
}

/** The payments of one guarantee or policy on a loan, locked for this transaction. */
export async function lockContractPayments(tx: Tx, loanId: string, contractNo: string): Promise<PolicyPaymentRow[]> {
  return tx.select().from(policyPayments).where(and(eq(policyPayments.loanId, loanId), eq(policyPayments.contractNo, contractNo))).orderBy(asc(policyPayments.paidOn)).for('update');
}

export async function setSurrendered(tx: Tx, ids: string[], surrenderedOn: string): Promise<void> {
  await tx.update(policyPayments).set({ surrenderedOn }).where(inArray(policyPayments.id, ids));
}

export async function listPolicyPayments(db: Executor, filter: { scope: WorkflowScope; submitterIds?: string[]; loanId?: string }, page: PageRequest): Promise<Page<PolicyPaymentListed>> {
  const scoped = scopeWhere(filter.scope, { institution: loans.institutionId, enterprise: policyPayments.enterpriseId, park: policyPayments.parkId });
  const where = and(filter.submitterIds?.length ? sql`(${scoped ?? sql`true`} OR ${inArray(policyPayments.submittedBy, filter.submitterIds)})` : scoped, filter.loanId ? eq(policyPayments.loanId, filter.loanId) : undefined);
  const base = () => db.select({ payment: policyPayments, creditCode: enterprises.creditCode, enterpriseName: enterprises.name, submitterName: organisations.name }).from(policyPayments).innerJoin(loans, eq(loans.id, policyPayments.loanId)).innerJoin(enterprises, eq(enterprises.organisationId, policyPayments.enterpriseId)).innerJoin(organisations, eq(organisations.id, policyPayments.submittedBy));
  const [rows, [total]] = await Promise.all([
    base().where(where).orderBy(desc(policyPayments.paidOn), asc(policyPayments.id)).limit(page.pageSize).offset(offsetOf(page)),
    db.select({ n: count() }).from(policyPayments).innerJoin(loans, eq(loans.id, policyPayments.loanId)).where(where),
  ]);
  return { items: rows.map(({ payment, ...names }) => ({ ...payment, ...names })), total: total?.n ?? 0, page: page.page, pageSize: page.pageSize };
}
