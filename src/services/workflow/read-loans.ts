// Reading loans: the enterprise its own, the institution its loan book, the park those in its parks.
// A loan's detail computes its position as of today from the instalments (the stored columns are as
// of the last repayment or sweep).
import { and, asc, count, desc, eq } from 'drizzle-orm';
import type { PageRequest } from '../../db/paging.ts';
import { offsetOf } from '../../db/paging.ts';
import { enterprises, loans, organisations, products } from '../../db/schema/index.ts';
import { partyScope } from '../../domain/access/workflow-access.ts';
import { scopeWhere } from '../../db/repositories/workflow-scope.ts';
import { authorize, mayAttempt } from '../../domain/access/policy.ts';
import { loanPosition } from '../../domain/loans/repayments.ts';
import { forbidden, notFound } from '../../domain/shared/errors.ts';
import { todayOf, type ServiceContext } from '../shared/context.ts';
import { asInstalment, instalmentsOf } from './loan-book.ts';
import { recoveriesOf, repaymentsOf } from '../../db/repositories/loans.ts';

export interface LoanQuery extends PageRequest {
  status?: string;
  classification?: string;
}

const listed = {
  loan: loans,
  enterpriseName: enterprises.name,
  creditCode: enterprises.creditCode,
  institutionName: organisations.name,
  productName: products.name,
  productNameEn: products.nameEn,
};

/** Loans joined to the names every view shows. */
const selectListed = (db: ServiceContext['database']['db']) =>
  db
    .select(listed)
    .from(loans)
    .innerJoin(enterprises, eq(enterprises.organisationId, loans.enterpriseId))
    .innerJoin(organisations, eq(organisations.id, loans.institutionId))
    .innerJoin(products, eq(products.id, loans.productId));

export async function readLoans(ctx: ServiceContext, query: LoanQuery) {
  const decision = mayAttempt(ctx.actor, 'loan.read');
  if (!decision.allowed) throw forbidden(decision.reason);
  const db = ctx.database.db;
  const where = and(scopeWhere(partyScope(ctx.actor), { institution: loans.institutionId, enterprise: loans.enterpriseId, park: loans.parkId }), query.status ? eq(loans.status, query.status) : undefined, query.classification ? eq(loans.classification, query.classification) : undefined);
  const [rows, [total]] = await Promise.all([
    selectListed(db)
      .where(where)
      .orderBy(desc(loans.daysOverdue), desc(loans.disbursedOn), asc(loans.id))
      .limit(query.pageSize)
      .offset(offsetOf(query)),
    db.select({ n: count() }).from(loans).where(where),
  ]);
  return { items: rows.map(({ loan, ...names }) => ({ ...loan, ...names })), total: total?.n ?? 0, page: query.page, pageSize: query.pageSize };
}

export async function readLoan(ctx: ServiceContext, id: string) {
  const db = ctx.database.db;
  const [row] = await selectListed(db).where(eq(loans.id, id));
  if (!row) throw notFound('Loan');
  authorize(ctx.actor, 'loan.read', { parkId: row.loan.parkId, parties: [row.loan.enterpriseId, row.loan.institutionId] });
  const [instalments, paid, recovered] = await Promise.all([instalmentsOf(db, id), repaymentsOf(db, id), recoveriesOf(db, id)]);
  const today = todayOf(ctx);
  const position = loanPosition({ instalments: instalments.map(asInstalment) }, today);
  const { loan, ...names } = row;
  return { ...loan, ...names, position, instalments, repayments: paid, recoveries: recovered, asOf: today };
}
