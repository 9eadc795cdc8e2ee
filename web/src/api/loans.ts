// Loans: the book (or the enterprise's own), one loan with its schedule, repayments and recoveries,
// and recording repayments (one, or a CSV file of them) and recoveries.
import { api } from './client';
import type { LOAN_CLASSIFICATIONS, LOAN_STATUSES, RECOVERY_SOURCES } from '../../../shared/workflow.ts';
import type { LprTenor, RepaymentMethod } from './marketplace';
import type { Page } from './types';

export { LOAN_STATUSES } from '../../../shared/workflow.ts';
export type LoanStatus = (typeof LOAN_STATUSES)[number];

/** The five-category loan classification. */
export { LOAN_CLASSIFICATIONS } from '../../../shared/workflow.ts';
export type LoanClassification = (typeof LOAN_CLASSIFICATIONS)[number];

export { RECOVERY_SOURCES } from '../../../shared/workflow.ts';
export type RecoverySource = (typeof RECOVERY_SOURCES)[number];

export interface Loan {
  id: string;
  applicationId: string;
  enterprise: { id: string; creditCode: string; name: string };
  institution: { id: string; name: string };
  productName: string;
  amountFen: number;
  lprTenor: LprTenor;
  /** Decimal strings, e.g. "0.030000". */
  lprRate: string;
  spreadBp: number;
  annualRate: string;
  termMonths: number;
  method: RepaymentMethod;
  disbursedOn: string;
  maturityOn: string;
  status: LoanStatus;
  outstandingPrincipalFen: number;
  daysOverdue: number;
  maxDaysOverdue: number;
  classification: LoanClassification;
  positionOn: string;
  defaultedOn: string | null;
  defaultExposureFen: number | null;
  recoveredFen: number;
  writtenOffFen: number | null;
  closedOn: string | null;
}

export interface Instalment {
  period: number;
  dueOn: string;
  principalFen: number;
  interestFen: number;
  paidPrincipalFen: number;
  paidInterestFen: number;
  paidOn: string | null;
}

export interface Repayment {
  id: string;
  paidOn: string;
  amountFen: number;
  principalFen: number;
  interestFen: number;
  reference: string | null;
  source: string;
  recordedAt: string;
}

export interface Recovery {
  id: string;
  recoveredOn: string;
  amountFen: number;
  source: RecoverySource;
  note: string;
  recordedAt: string;
}

export interface LoanDetail extends Loan {
  asOf: string;
  position: {
    outstandingPrincipalFen: number;
    outstandingInterestFen: number;
    overdueFen: number;
    daysOverdue: number;
    classification: LoanClassification;
    paidOff: boolean;
  };
  instalments: Instalment[];
  repayments: Repayment[];
  recoveries: Recovery[];
}

export interface LoanQuery {
  status?: LoanStatus;
  classification?: LoanClassification;
  page?: number;
  pageSize?: number;
  lang?: string;
}

export interface RepaymentInput {
  amountFen: number;
  paidOn: string;
  reference?: string;
}

export interface RecoveryInput {
  amountFen: number;
  recoveredOn: string;
  source: RecoverySource;
  note?: string;
}

const loanPath = (id: string) => `/loans/${encodeURIComponent(id)}`;

export const listLoans = (query: LoanQuery = {}, signal?: AbortSignal) => api.get<Page<Loan>>('/loans', { ...query }, signal);
export const getLoan = (id: string, lang: string, signal?: AbortSignal) => api.get<LoanDetail>(loanPath(id), { lang }, signal);
export const recordRepayment = (id: string, input: RepaymentInput) => api.post<unknown>(`${loanPath(id)}/repayments`, input);
export const recordRecovery = (id: string, input: RecoveryInput) => api.post<unknown>(`${loanPath(id)}/recoveries`, input);
/** CSV with the header loan_id,paid_on,amount_fen,reference; all rows are recorded or none (400 names each bad line). */
export const uploadRepaymentFile = (csv: string) => api.post<{ recorded: number; totalFen: number }>('/loans/repayment-files', { csv });
