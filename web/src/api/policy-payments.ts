// Guarantee-fee and premium payments an institution submits (免申即享): the list (with the programme
// each loan's claim is under), a submission (JSON rows or a CSV file, previewed first with dryRun),
// and a policy's surrender, which claws back the subsidies paid on it.
import { client, ok } from './client';
import type { Answer, Body, ItemOf, QueryOf } from './types';

export { PAYMENT_COLUMNS, POLICY_PAYMENT_KINDS } from '../../../shared/policy.ts';
export type { PaymentColumn, PolicyPaymentKind } from '../../../shared/policy.ts';

export type PolicyPayment = ItemOf<Answer<'/api/v1/policy-payments', 'get'>>;
export type PolicyPaymentQuery = QueryOf<'/api/v1/policy-payments', 'get'>;
export type PaymentSubmission = Body<'/api/v1/policy-payments', 'post'>;
export type SubmissionResult = Answer<'/api/v1/policy-payments', 'post'>;
export type PaymentPreviewRow = NonNullable<SubmissionResult['preview']>[number];
export type SurrenderInput = Body<'/api/v1/policy-payments/surrender', 'post'>;
export type SurrenderResult = Answer<'/api/v1/policy-payments/surrender', 'post'>;

export const listPolicyPayments = (query: PolicyPaymentQuery = {}, signal?: AbortSignal) => ok(client.GET('/api/v1/policy-payments', { params: { query }, signal }));
export const submitPolicyPayments = (body: PaymentSubmission) => ok(client.POST('/api/v1/policy-payments', { body }));
export const surrenderPolicy = (body: SurrenderInput) => ok(client.POST('/api/v1/policy-payments/surrender', { body }));
export type PaymentLoan = ItemOf<Answer<'/api/v1/policy-payments/loans', 'get'>>;
export type PaymentLoanQuery = QueryOf<'/api/v1/policy-payments/loans', 'get'>;
/** The loans the officer may record a payment on by hand, by borrower, credit code or loan id. */
export const searchPaymentLoans = (query: PaymentLoanQuery, signal?: AbortSignal) => ok(client.GET('/api/v1/policy-payments/loans', { params: { query }, signal }));
