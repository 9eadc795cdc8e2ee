// Guarantee-fee and premium payments submitted by institutions, read by subsidy runs.
import { and, asc, count, desc, eq, ilike, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { WorkflowScope } from '../../domain/access/workflow-access.ts';
import type { FeePayment } from '../../domain/policy/fee-subsidy.ts';
import type { Executor, Tx } from '../client.ts';
import { likePattern, offsetOf, type Page, type PageRequest } from '../paging.ts';
import { enterprises, loans, organisations, policyPayments, products, programmes, subsidyClaims } from '../schema/index.ts';
import { scopeWhere } from './workflow-scope.ts';

export type PolicyPaymentRow = typeof policyPayments.$inferSelect;
export type NewPolicyPayment = typeof policyPayments.$inferInsert;
/** A claim on the payment's loan under a programme of the payment's kind: which programme the loan is in, and how far. */
export interface PaymentProgramme {
  code: string;
  nameZh: string;
  nameEn: string;
  claimState: string;
  subsidyFen: bigint;
  clawbackFen: bigint | null;
}
/** What a payment's loan is called (its product and amount) and who borrowed it. */
export interface PaymentLoanLabel {
  creditCode: string;
  enterpriseName: string;
  productName: string;
  productNameEn: string | null;
  loanAmountFen: bigint;
}
export type PolicyPaymentListed = PolicyPaymentRow & PaymentLoanLabel & { submitterName: string; programmes: PaymentProgramme[] };
export interface PaymentListFilter {
  scope: WorkflowScope;
  submitterIds?: string[];
  loanId?: string;
  kind?: string;
  surrendered?: boolean;
  /** Only payments whose loan has a claim under this programme (its code). */
  programmeCode?: string;
  /** Part of the enterprise's name or credit code, or of the contract number. */
  q?: string;
}

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

const paymentWhere = (f: PaymentListFilter): SQL | undefined => {
  const scoped = scopeWhere(f.scope, { institution: loans.institutionId, enterprise: policyPayments.enterpriseId, park: policyPayments.parkId });
  const pattern = f.q ? likePattern(f.q) : undefined;
  return and(
    f.submitterIds?.length ? sql`(${scoped ?? sql`true`} OR ${inArray(policyPayments.submittedBy, f.submitterIds)})` : scoped,
    f.loanId ? eq(policyPayments.loanId, f.loanId) : undefined,
    f.kind ? eq(policyPayments.kind, f.kind) : undefined,
    f.surrendered === undefined ? undefined : f.surrendered ? isNotNull(policyPayments.surrenderedOn) : isNull(policyPayments.surrenderedOn),
    f.programmeCode ? sql`EXISTS (SELECT 1 FROM ${subsidyClaims} c WHERE c.loan_id = ${policyPayments.loanId} AND c.basis = ${policyPayments.kind} AND c.programme_code = ${f.programmeCode})` : undefined,
    pattern ? or(ilike(enterprises.name, pattern), ilike(enterprises.creditCode, pattern), ilike(policyPayments.contractNo, pattern)) : undefined,
  );
};

export async function listPolicyPayments(db: Executor, filter: PaymentListFilter, page: PageRequest): Promise<Page<PolicyPaymentListed>> {
  const where = paymentWhere(filter);
  const columns = { payment: policyPayments, creditCode: enterprises.creditCode, enterpriseName: enterprises.name, submitterName: organisations.name, productName: products.name, productNameEn: products.nameEn, loanAmountFen: loans.amountFen };
  const [rows, [total]] = await Promise.all([
    db
      .select(columns)
      .from(policyPayments)
      .innerJoin(loans, eq(loans.id, policyPayments.loanId))
      .innerJoin(products, eq(products.id, loans.productId))
      .innerJoin(enterprises, eq(enterprises.organisationId, policyPayments.enterpriseId))
      .innerJoin(organisations, eq(organisations.id, policyPayments.submittedBy))
      .where(where)
      .orderBy(desc(policyPayments.paidOn), asc(policyPayments.id))
      .limit(page.pageSize)
      .offset(offsetOf(page)),
    db.select({ n: count() }).from(policyPayments).innerJoin(loans, eq(loans.id, policyPayments.loanId)).innerJoin(enterprises, eq(enterprises.organisationId, policyPayments.enterpriseId)).where(where),
  ]);
  const claims = await claimsOfPaymentLoans(db, [...new Set(rows.map((r) => r.payment.loanId))]);
  return {
    items: rows.map(({ payment, ...names }) => ({ ...payment, ...names, programmes: (claims.get(payment.loanId) ?? []).filter((c) => c.basis === payment.kind).map(({ basis: _, ...c }) => c) })),
    total: total?.n ?? 0,
    page: page.page,
    pageSize: page.pageSize,
  };
}

/** The fee and premium claims on the loans, each programme once (its latest period), by loan. */
async function claimsOfPaymentLoans(db: Executor, loanIds: string[]): Promise<Map<string, (PaymentProgramme & { basis: string })[]>> {
  const out = new Map<string, (PaymentProgramme & { basis: string })[]>();
  if (!loanIds.length) return out;
  const rows = await db
    .select({ loanId: subsidyClaims.loanId, basis: subsidyClaims.basis, code: subsidyClaims.programmeCode, nameZh: programmes.nameZh, nameEn: programmes.nameEn, claimState: subsidyClaims.state, subsidyFen: subsidyClaims.subsidyFen, clawbackFen: subsidyClaims.clawbackFen })
    .from(subsidyClaims)
    .innerJoin(programmes, eq(programmes.id, subsidyClaims.programmeId))
    .where(and(inArray(subsidyClaims.loanId, loanIds), inArray(subsidyClaims.basis, ['guarantee_fee', 'premium'])))
    .orderBy(asc(subsidyClaims.loanId), asc(subsidyClaims.programmeCode), desc(subsidyClaims.periodFrom));
  for (const { loanId, ...r } of rows) {
    const list = out.get(loanId) ?? [];
    if (!list.some((c) => c.code === r.code)) list.push(r);
    out.set(loanId, list);
  }
  return out;
}

/** The loans' borrowers and products, for a preview of a submission. */
export async function paymentLoanLabels(db: Executor, ids: string[]): Promise<Map<string, PaymentLoanLabel>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({ id: loans.id, creditCode: enterprises.creditCode, enterpriseName: enterprises.name, productName: products.name, productNameEn: products.nameEn, loanAmountFen: loans.amountFen })
    .from(loans)
    .innerJoin(products, eq(products.id, loans.productId))
    .innerJoin(enterprises, eq(enterprises.organisationId, loans.enterpriseId))
    .where(inArray(loans.id, ids));
  return new Map(rows.map(({ id, ...label }) => [id, label]));
}

/** Which of the rows are already stored (same loan, kind, contract and payment date), as `loan|kind|contract|date` keys. */
export async function storedPaymentKeys(db: Executor, rows: { loanId: string; kind: string; contractNo: string; paidOn: string }[]): Promise<Set<string>> {
  const out = new Set<string>();
  const loanIds = [...new Set(rows.map((r) => r.loanId))];
  for (let i = 0; i < loanIds.length; i += 5000) {
    const found = await db.select({ loanId: policyPayments.loanId, kind: policyPayments.kind, contractNo: policyPayments.contractNo, paidOn: policyPayments.paidOn }).from(policyPayments).where(inArray(policyPayments.loanId, loanIds.slice(i, i + 5000)));
    for (const f of found) out.add(paymentKey(f));
  }
  return out;
}

export const paymentKey = (r: { loanId: string; kind: string; contractNo: string; paidOn: string }) => `${r.loanId}|${r.kind}|${r.contractNo}|${r.paidOn}`;
