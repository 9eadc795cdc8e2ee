// Loans: the book (or the enterprise's own), one loan with its schedule, repayments and recoveries,
// and recording repayments (one, or a CSV file of them) and recoveries.
import { client, ok } from './client';
import { flagged, langOf, withLang, type Answer, type Body, type Flags, type ItemOf, type QueryOf, type WithLang } from './types';

export { LOAN_CLASSIFICATIONS, LOAN_STATUSES, RECOVERY_SOURCES } from '../../../shared/workflow.ts';
/** The five-category loan classification. */
export type { LoanClassification, LoanStatus, RecoverySource } from '../../../shared/workflow.ts';

export type Loan = ItemOf<Answer<'/api/v1/loans', 'get'>>;
export type LoanDetail = Answer<'/api/v1/loans/{id}', 'get'>;
export type Instalment = LoanDetail['instalments'][number];
export type Repayment = LoanDetail['repayments'][number];
export type Recovery = LoanDetail['recoveries'][number];
type ServerLoanQuery = QueryOf<'/api/v1/loans', 'get'>;
export type LoanQuery = WithLang<Flags<ServerLoanQuery>>;
export type RepaymentInput = Body<'/api/v1/loans/{id}/repayments', 'post'>;
export type RecoveryInput = Body<'/api/v1/loans/{id}/recoveries', 'post'>;

export const listLoans = (query: LoanQuery = {}, signal?: AbortSignal) => ok(client.GET('/api/v1/loans', { params: { query: flagged<ServerLoanQuery>(withLang(query)) }, signal }));
export const getLoan = (id: string, lang: string, signal?: AbortSignal) =>
  ok(client.GET('/api/v1/loans/{id}', { params: { path: { id }, query: { lang: langOf(lang) } }, signal }));
export const recordRepayment = (id: string, input: RepaymentInput) =>
  ok(client.POST('/api/v1/loans/{id}/repayments', { params: { path: { id } }, body: input }));
export const recordRecovery = (id: string, input: RecoveryInput) =>
  ok(client.POST('/api/v1/loans/{id}/recoveries', { params: { path: { id } }, body: input }));
/** CSV with the header loan_id,paid_on,amount_fen,reference; all rows are recorded or none (400 names each bad line). */
export const uploadRepaymentFile = (csv: string) => ok(client.POST('/api/v1/loans/repayment-files', { body: { csv } }));
