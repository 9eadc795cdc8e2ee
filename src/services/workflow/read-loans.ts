// Reading loans: the enterprise its own, the institution its loan book, the park those in its parks.
// A loan's detail computes its position as of today from the instalments (the stored columns are as
// of the last repayment or sweep).
import { fail } from '../../domain/shared/errors.ts';
import type { PageRequest } from '../../db/paging.ts';
import { findLoanListed, listLoans, type LoanFilter } from '../../db/repositories/loan-lists.ts';
import { recoveriesOf, repaymentsOf } from '../../db/repositories/loans.ts';
import { partyScope } from '../../domain/access/workflow-access.ts';
import { authorize, mayAttempt, refusalOf } from '../../domain/access/policy.ts';
import { loanPosition } from '../../domain/loans/repayments.ts';
import { todayOf, type ServiceContext } from '../shared/context.ts';
import { asInstalment, instalmentsOf } from './loan-book.ts';

export interface LoanQuery extends PageRequest {
  status?: string;
  classification?: string;
  overdue?: boolean;
  disbursedFrom?: string;
  disbursedTo?: string;
  /** Part of the enterprise's name or credit code, or the start of the loan's id. */
  q?: string;
}

/** The loans an actor may list, narrowed by the query's filters. */
export function loanFilterOf(ctx: ServiceContext, query: Omit<LoanQuery, 'page' | 'pageSize'>): LoanFilter {
  const decision = mayAttempt(ctx.actor, 'loan.read');
  if (!decision.allowed) throw refusalOf(decision);
  return { scope: partyScope(ctx.actor), status: query.status, classification: query.classification, overdue: query.overdue, disbursedFrom: query.disbursedFrom, disbursedTo: query.disbursedTo, q: query.q };
}

export async function readLoans(ctx: ServiceContext, query: LoanQuery) {
  return listLoans(ctx.database.db, loanFilterOf(ctx, query), { page: query.page, pageSize: query.pageSize });
}

export async function readLoan(ctx: ServiceContext, id: string) {
  const db = ctx.database.db;
  const loan = await findLoanListed(db, id);
  if (!loan) throw fail('loan.not_found');
  authorize(ctx.actor, 'loan.read', { parkId: loan.parkId, parties: [loan.enterpriseId, loan.institutionId] });
  const [instalments, paid, recovered] = await Promise.all([instalmentsOf(db, id), repaymentsOf(db, id), recoveriesOf(db, id)]);
  const today = todayOf(ctx);
  const position = loanPosition({ instalments: instalments.map(asInstalment) }, today);
  return { ...loan, position, instalments, repayments: paid, recoveries: recovered, asOf: today };
}
