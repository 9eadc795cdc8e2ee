// Loans as the lists and the detail page show them: joined to the enterprise, institution and product names.
import { and, asc, count, desc, eq, gt, gte, ilike, inArray, lte, or, sql, sum } from 'drizzle-orm';
import type { WorkflowScope } from '../../domain/access/workflow-access.ts';
import type { Executor } from '../client.ts';
import { likePattern, offsetOf, type Page, type PageRequest } from '../paging.ts';
import { enterprises, loans, organisations, policyPayments, products } from '../schema/index.ts';
import type { LoanRow } from './loans.ts';
import { scopeWhere } from './workflow-scope.ts';

/** A loan with the names every view shows. */
export type LoanListed = LoanRow & { enterpriseName: string; creditCode: string; institutionName: string; productName: string; productNameEn: string | null };

export interface LoanFilter {
  /** The rows the actor may see (src/domain/access/workflow-access.ts). */
  scope: WorkflowScope;
  status?: string;
  classification?: string;
  /** Live loans with days overdue. */
  overdue?: boolean;
  /** Disbursed within these business dates (inclusive). */
  disbursedFrom?: string;
  disbursedTo?: string;
  /** Part of the enterprise's name or credit code, or the start of the loan's id. */
  q?: string;
  /** Loans these institutions submitted fee or premium payments on are in scope too (a guarantor's, an insurer's). */
  paymentsSubmittedBy?: string[];
}

const listed = {
  loan: loans,
  enterpriseName: enterprises.name,
  creditCode: enterprises.creditCode,
  institutionName: organisations.name,
  productName: products.name,
  productNameEn: products.nameEn,
};

const selectListed = (db: Executor) =>
  db
    .select(listed)
    .from(loans)
    .innerJoin(enterprises, eq(enterprises.organisationId, loans.enterpriseId))
    .innerJoin(organisations, eq(organisations.id, loans.institutionId))
    .innerJoin(products, eq(products.id, loans.productId));

type Joined = Omit<LoanListed, keyof LoanRow> & { loan: LoanRow };
const flatten = ({ loan, ...names }: Joined): LoanListed => ({ ...loan, ...names });

const textWhere = (q: string) => {
  const pattern = likePattern(q);
  // The id is matched from its start (a pasted id, or its first characters as the pages show them).
  return or(ilike(enterprises.name, pattern), ilike(enterprises.creditCode, pattern), sql`${loans.id}::text ILIKE ${pattern.slice(1)}`);
};

const scopeOf = (filter: LoanFilter) => {
  const scoped = scopeWhere(filter.scope, { institution: loans.institutionId, enterprise: loans.enterpriseId, park: loans.parkId });
  if (!filter.paymentsSubmittedBy?.length) return scoped;
  const submitted = sql`EXISTS (SELECT 1 FROM ${policyPayments} WHERE ${policyPayments.loanId} = ${loans.id} AND ${inArray(policyPayments.submittedBy, filter.paymentsSubmittedBy)})`;
  return scoped === undefined ? undefined : or(scoped, submitted);
};

/** Loans in scope, the most days overdue first, then the latest disbursed. */
const whereOf = (filter: LoanFilter) =>
  and(
    scopeOf(filter),
    filter.q ? textWhere(filter.q) : undefined,
    filter.status ? eq(loans.status, filter.status) : undefined,
    filter.classification ? eq(loans.classification, filter.classification) : undefined,
    filter.overdue ? and(eq(loans.status, 'live'), gt(loans.daysOverdue, 0)) : undefined,
    filter.disbursedFrom ? gte(loans.disbursedOn, filter.disbursedFrom) : undefined,
    filter.disbursedTo ? lte(loans.disbursedOn, filter.disbursedTo) : undefined,
  );

/** How many loans the filter holds and their principal lent. */
export async function sumLoans(db: Executor, filter: LoanFilter): Promise<{ count: number; amountFen: bigint }> {
  const [row] = await db.select({ n: count(), amount: sum(loans.amountFen) }).from(loans).innerJoin(enterprises, eq(enterprises.organisationId, loans.enterpriseId)).where(whereOf(filter));
  return { count: Number(row?.n ?? 0), amountFen: BigInt(row?.amount ?? 0) };
}

export async function listLoans(db: Executor, filter: LoanFilter, page: PageRequest): Promise<Page<LoanListed>> {
  const where = whereOf(filter);
  const [rows, [total]] = await Promise.all([
    selectListed(db)
      .where(where)
      .orderBy(desc(loans.daysOverdue), desc(loans.disbursedOn), asc(loans.id))
      .limit(page.pageSize)
      .offset(offsetOf(page)),
    db.select({ n: count() }).from(loans).innerJoin(enterprises, eq(enterprises.organisationId, loans.enterpriseId)).where(where),
  ]);
  return { items: rows.map(flatten), total: total?.n ?? 0, page: page.page, pageSize: page.pageSize };
}

export async function findLoanListed(db: Executor, id: string): Promise<LoanListed | undefined> {
  const [row] = await selectListed(db).where(eq(loans.id, id));
  return row && flatten(row);
}

/** The loan made on an application, if any: its id and status. */
export async function findLoanOfApplication(db: Executor, applicationId: string): Promise<{ id: string; status: string } | undefined> {
  const [row] = await db.select({ id: loans.id, status: loans.status }).from(loans).where(eq(loans.applicationId, applicationId));
  return row;
}
