// Guarantee-fee and premium payments (免申即享): the lender, guarantor or insurer submits them by
// API or as a CSV file, reads them back, and records a policy's surrender (which claws back the
// subsidies paid on it by the programme's rule).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { PolicyPaymentListed } from '../../../db/repositories/policy-payments.ts';
import { POLICY_PAYMENT_KINDS } from '../../../domain/policy/payment-file.ts';
import { readPolicyPayments, submitPolicyPayments, surrenderPolicy, type PaymentSubmission } from '../../../services/policy/payments.ts';
import { contextOf } from '../../app.ts';
import { errorResponses, fenToJson, IsoDate, iso, multilineText, pageOf, PageQuery } from '../common.ts';

const tags = ['policy'];
const Money = z.number().int();

const PaymentRowBody = z.object({
  loanId: z.string().max(64),
  kind: z.string().max(32).describe('guarantee_fee or premium'),
  contractNo: z.string().max(64),
  paidOn: z.string().max(10),
  amountFen: z.number().or(z.string().max(20)),
  coverageFrom: z.string().max(10),
  coverageTo: z.string().max(10),
  coveredAmountFen: z.number().or(z.string().max(20)),
  feeRate: z.string().max(12).describe('the annual rate as a decimal fraction, e.g. "0.0080"'),
});
const PaymentSchema = z.object({
  id: z.string(),
  loanId: z.string(),
  enterprise: z.object({ id: z.string(), creditCode: z.string(), name: z.string() }),
  kind: z.enum(POLICY_PAYMENT_KINDS),
  contractNo: z.string(),
  paidOn: z.string(),
  amountFen: Money,
  coverageFrom: z.string(),
  coverageTo: z.string(),
  coveredAmountFen: Money,
  feeRate: z.string(),
  surrenderedOn: z.string().nullable(),
  submittedBy: z.object({ id: z.string(), name: z.string() }),
  source: z.string(),
  submittedAt: z.string(),
});
const presentPayment = (p: PolicyPaymentListed): z.infer<typeof PaymentSchema> => ({
  id: p.id,
  loanId: p.loanId,
  enterprise: { id: p.enterpriseId, creditCode: p.creditCode, name: p.enterpriseName },
  kind: p.kind as (typeof POLICY_PAYMENT_KINDS)[number],
  contractNo: p.contractNo,
  paidOn: p.paidOn,
  amountFen: fenToJson(p.amountFen),
  coverageFrom: p.coverageFrom,
  coverageTo: p.coverageTo,
  coveredAmountFen: fenToJson(p.coveredAmountFen),
  feeRate: p.feeRate,
  surrenderedOn: p.surrenderedOn,
  submittedBy: { id: p.submittedBy, name: p.submitterName },
  source: p.source,
  submittedAt: iso(p.submittedAt)!,
});

export const policyPaymentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/policy-payments',
    {
      config: { access: 'policy_payment.submit' },
      schema: {
        tags,
        summary: 'Submit guarantee-fee or premium payments (免申即享: the lender, guarantor or insurer sends them; the enterprise applies for nothing): JSON rows or a CSV file (header loan_id,kind,contract_no,paid_on,amount_fen,coverage_from,coverage_to,covered_amount_fen,fee_rate); all rows or none, each problem named by row and field; a row already submitted is left as it was',
        body: z.union([z.object({ payments: z.array(PaymentRowBody).min(1).max(10_000) }), z.object({ format: z.literal('csv'), content: multilineText().min(1).max(5_000_000) })]),
        response: { 201: z.object({ received: z.number().int(), written: z.number().int(), duplicates: z.number().int() }), ...errorResponses },
      },
    },
    async (request, reply) => reply.code(201).send(await submitPolicyPayments(contextOf(request), request.body as PaymentSubmission)),
  );
  app.get(
    '/policy-payments',
    { config: { access: 'policy_payment.read' }, schema: { tags, summary: 'Fee and premium payments you may see (those you submitted, your loans’, your parks’)', querystring: PageQuery.omit({ q: true }).extend({ loanId: z.uuid().optional() }), response: { 200: pageOf(PaymentSchema), ...errorResponses } } },
    async (request) => {
      const { page, pageSize, loanId } = request.query;
      const found = await readPolicyPayments(contextOf(request), loanId ? { loanId } : {}, { page, pageSize });
      return { ...found, items: found.items.map(presentPayment) };
    },
  );
  app.post(
    '/policy-payments/surrender',
    {
      config: { access: 'policy_payment.submit' },
      schema: { tags, summary: 'A policy (or guarantee) was surrendered: its payments are marked and the subsidies paid on it clawed back as the programme’s rule says', body: z.object({ loanId: z.uuid(), contractNo: z.string().trim().min(1).max(64), surrenderedOn: IsoDate }), response: { 200: z.object({ clawedBack: z.array(z.object({ claimId: z.string(), clawbackFen: Money })) }), ...errorResponses } },
    },
    async (request) => {
      const done = await surrenderPolicy(contextOf(request), request.body);
      return { clawedBack: done.clawedBack.map((c) => ({ claimId: c.claimId, clawbackFen: fenToJson(c.clawbackFen) })) };
    },
  );
};
