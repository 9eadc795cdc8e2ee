// Guarantee-fee and premium payments (免申即享): the lender, guarantor or insurer submits them by
// API or as a CSV file, reads them back, and records a policy's surrender (which claws back the
// subsidies paid on it by the programme's rule).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { PolicyPaymentListed } from '../../../db/repositories/policy-payments.ts';
import { POLICY_PAYMENT_KINDS } from '../../../domain/policy/payment-file.ts';
import { SUBSIDY_CLAIM_STATES } from '../../../../shared/policy.ts';
import { readPolicyPayments, searchPaymentLoans, submitPolicyPayments, surrenderPolicy, type PaymentPreviewRow, type PaymentSubmission } from '../../../services/policy/payments.ts';
import { contextOf } from '../../app.ts';
import type { LoanListed } from '../../../db/repositories/loan-lists.ts';
import { errorResponses, fenToJson, IsoDate, iso, multilineText, pageOf, PageQuery } from '../common.ts';
import { Lang } from '../marketplace/product-schemas.ts';

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
const LoanLabel = z.object({ productName: z.string(), productNameEn: z.string().nullable(), amountFen: Money }).describe('what the loan is called: its product and amount');
const EnterpriseName = z.object({ creditCode: z.string(), name: z.string() });
const PaymentProgrammeSchema = z
  .object({ code: z.string(), name: z.string(), nameEn: z.string(), claimState: z.enum(SUBSIDY_CLAIM_STATES), subsidyFen: Money, clawbackFen: Money.nullable() })
  .describe('a programme of the payment’s kind the loan has a claim under (its latest period): the programme the loan is in, and how far its claim went');
/** What a fee or premium payment says, as submitted. */
const PaymentFigures = z.object({
  kind: z.enum(POLICY_PAYMENT_KINDS),
  contractNo: z.string(),
  paidOn: z.string(),
  amountFen: Money,
  coverageFrom: z.string(),
  coverageTo: z.string(),
  coveredAmountFen: Money,
  feeRate: z.string(),
});
const PaymentSchema = PaymentFigures.extend({
  id: z.string(),
  loanId: z.string(),
  loan: LoanLabel,
  enterprise: EnterpriseName.extend({ id: z.string() }),
  programmes: z.array(PaymentProgrammeSchema),
  surrenderedOn: z.string().nullable(),
  submittedBy: z.object({ id: z.string(), name: z.string() }),
  source: z.string(),
  submittedAt: z.string(),
});
const presentPayment = (p: PolicyPaymentListed): z.infer<typeof PaymentSchema> => ({
  id: p.id,
  loanId: p.loanId,
  loan: { productName: p.productName, productNameEn: p.productNameEn, amountFen: fenToJson(p.loanAmountFen) },
  enterprise: { id: p.enterpriseId, creditCode: p.creditCode, name: p.enterpriseName },
  programmes: p.programmes.map((c) => ({ code: c.code, name: c.nameZh, nameEn: c.nameEn, claimState: c.claimState as (typeof SUBSIDY_CLAIM_STATES)[number], subsidyFen: fenToJson(c.subsidyFen), clawbackFen: c.clawbackFen === null ? null : fenToJson(c.clawbackFen) })),
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

const PreviewRowSchema = PaymentFigures.extend({
  line: z.number().int().describe('the CSV line (the header is line 1), or the row’s position from 1 when sent as JSON'),
  loanId: z.string(),
  loan: LoanLabel,
  enterprise: EnterpriseName,
  duplicate: z.boolean().describe('already submitted (or earlier in this submission): it would be left as it is'),
});
const presentPreview = (r: PaymentPreviewRow): z.infer<typeof PreviewRowSchema> => ({
  line: r.line,
  loanId: r.loanId,
  loan: { productName: r.loan.productName, productNameEn: r.loan.productNameEn, amountFen: fenToJson(r.loan.loanAmountFen) },
  enterprise: { creditCode: r.loan.creditCode, name: r.loan.enterpriseName },
  kind: r.kind,
  contractNo: r.contractNo,
  paidOn: r.paidOn,
  amountFen: fenToJson(r.amountFen),
  coverageFrom: r.coverageFrom,
  coverageTo: r.coverageTo,
  coveredAmountFen: fenToJson(r.coveredAmountFen),
  feeRate: r.feeRate,
  duplicate: r.duplicate,
});
/** A loan offered for recording a payment on: whose, which product, how much, when. */
const PaymentLoanSchema = z.object({
  id: z.string(),
  enterprise: EnterpriseName.extend({ id: z.string() }),
  institution: z.object({ id: z.string(), name: z.string() }),
  productName: z.string(),
  amountFen: Money,
  disbursedOn: z.string(),
  maturityOn: z.string(),
  status: z.string(),
});
const presentPaymentLoan = (l: LoanListed, lang: 'zh-CN' | 'en'): z.infer<typeof PaymentLoanSchema> => ({
  id: l.id,
  enterprise: { id: l.enterpriseId, creditCode: l.creditCode, name: l.enterpriseName },
  institution: { id: l.institutionId, name: l.institutionName },
  productName: lang === 'en' && l.productNameEn ? l.productNameEn : l.productName,
  amountFen: fenToJson(l.amountFen),
  disbursedOn: l.disbursedOn,
  maturityOn: l.maturityOn,
  status: l.status,
});
const Flag = z.enum(['true', 'false']).transform((v) => v === 'true');

export const policyPaymentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/policy-payments',
    {
      config: { access: 'policy_payment.submit' },
      schema: {
        tags,
        summary: 'Submit guarantee-fee or premium payments (免申即享: the lender, guarantor or insurer sends them; the enterprise applies for nothing): JSON rows or a CSV file (header loan_id,kind,contract_no,paid_on,amount_fen,coverage_from,coverage_to,covered_amount_fen,fee_rate); all rows or none, each problem named by row and field; a row already submitted is left as it was',
        body: z.union([
          z.object({ payments: z.array(PaymentRowBody).min(1).max(10_000), dryRun: z.boolean().optional() }),
          z.object({ format: z.literal('csv'), content: multilineText().min(1).max(5_000_000), dryRun: z.boolean().optional().describe('check the rows and answer with a preview of them; nothing is written') }),
        ]),
        response: { 201: z.object({ received: z.number().int(), written: z.number().int(), duplicates: z.number().int(), preview: z.array(PreviewRowSchema).optional() }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { dryRun, ...submission } = request.body;
      const done = await submitPolicyPayments(contextOf(request), submission as PaymentSubmission, { dryRun: dryRun === true });
      return reply.code(201).send({ ...done, preview: done.preview?.map(presentPreview) });
    },
  );
  app.get(
    '/policy-payments',
    { config: { access: 'policy_payment.read' }, schema: { tags, summary: 'Fee and premium payments you may see (those you submitted, your loans’, your parks’)', querystring: PageQuery.extend({
          loanId: z.uuid().optional(),
          kind: z.enum(POLICY_PAYMENT_KINDS).optional(),
          surrendered: Flag.optional(),
          programme: z.string().trim().min(1).max(64).optional().describe('a programme’s code: payments whose loan has a claim under it'),
        }).describe('q: part of the enterprise’s name or credit code, or of the contract number'), response: { 200: pageOf(PaymentSchema), ...errorResponses } } },
    async (request) => {
      const { page, pageSize, loanId, kind, surrendered, programme, q } = request.query;
      const filter = { ...(loanId ? { loanId } : {}), ...(kind ? { kind } : {}), ...(surrendered === undefined ? {} : { surrendered }), ...(programme ? { programmeCode: programme } : {}), ...(q ? { q } : {}) };
      const found = await readPolicyPayments(contextOf(request), filter, { page, pageSize });
      return { ...found, items: found.items.map(presentPayment) };
    },
  );
  app.get(
    '/policy-payments/loans',
    {
      config: { access: 'policy_payment.submit' },
      schema: {
        tags,
        summary: 'Loans you may record a fee or premium payment on by hand: your institution’s loans, and a guarantor’s or insurer’s those it already submitted payments on',
        querystring: PageQuery.extend({ lang: Lang }).describe('q: part of the enterprise’s name or credit code, or the start of the loan’s id'),
        response: { 200: pageOf(PaymentLoanSchema), ...errorResponses },
      },
    },
    async (request) => {
      const { page, pageSize, q, lang } = request.query;
      const found = await searchPaymentLoans(contextOf(request), { page, pageSize, ...(q ? { q } : {}) });
      return { ...found, items: found.items.map((l) => presentPaymentLoan(l, lang)) };
    },
  );
  app.post(
    '/policy-payments/surrender',
    {
      config: { access: 'policy_payment.submit' },
      schema: { tags, summary: 'A policy (or guarantee) was surrendered: its payments are marked and the subsidies paid on it clawed back as the programme’s rule says', body: z.object({ loanId: z.uuid(), contractNo: z.string().trim().min(1).max(64), surrenderedOn: IsoDate }), response: { 200: z.object({ clawedBack: z.array(z.object({ claimId: z.string(), programmeCode: z.string(), clawbackFen: Money })) }), ...errorResponses } },
    },
    async (request) => {
      const done = await surrenderPolicy(contextOf(request), request.body);
      return { clawedBack: done.clawedBack.map((c) => ({ claimId: c.claimId, programmeCode: c.programmeCode, clawbackFen: fenToJson(c.clawbackFen) })) };
    },
  );
};
