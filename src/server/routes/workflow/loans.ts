// Loans: the loan book, one loan with its schedule and repayments, recording repayments (one, or a
// CSV file of them, all or nothing) and recoveries, and the operator's on-demand daily sweep.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { LOAN_CLASSIFICATIONS } from '../../../domain/loans/classification.ts';
import { quotedRate } from '../../../domain/loans/lpr.ts';
import type { LOAN_STATUSES } from '../../../domain/loans/status.ts';
import { sweepWorkflow } from '../../../services/workflow/daily-sweep.ts';
import { SWEEP_HOOKS } from '../../sweep-hooks.ts';
import { readLoan, readLoans } from '../../../services/workflow/read-loans.ts';
import { recordRecovery, recordRepayment, recordRepaymentFile } from '../../../services/workflow/repayments.ts';
import { contextOf } from '../../app.ts';
import { Lang } from '../marketplace/product-schemas.ts';
import { errorResponses, fenToJson, IdParams, IsoDate, iso, pageOf, PageQuery, multilineText } from '../common.ts';
import { LoanClassificationEnum, LoanStatusEnum, RecoverySourceEnum } from '../vocabulary.ts';

const tags = ['workflow'];
const AmountFen = z.number().int('must be a whole number of fen').positive('must be more than zero').max(Number.MAX_SAFE_INTEGER).transform(BigInt);

const LoanSchema = z.object({
  id: z.string(),
  applicationId: z.string(),
  enterprise: z.object({ id: z.string(), creditCode: z.string(), name: z.string() }),
  institution: z.object({ id: z.string(), name: z.string() }),
  productName: z.string(),
  amountFen: z.number().int(),
  lprTenor: z.string(),
  lprRate: z.string(),
  /** The LPR fixing the loan was priced on (null on loans made before fixings were data). */
  lprFixing: z.object({ date: z.string(), oneYear: z.string(), fiveYear: z.string() }).nullable(),
  spreadBp: z.number().int(),
  annualRate: z.string(),
  termMonths: z.number().int(),
  method: z.string(),
  disbursedOn: z.string(),
  maturityOn: z.string(),
  status: LoanStatusEnum,
  outstandingPrincipalFen: z.number().int(),
  daysOverdue: z.number().int(),
  maxDaysOverdue: z.number().int(),
  classification: LoanClassificationEnum,
  positionOn: z.string(),
  defaultedOn: z.string().nullable(),
  defaultExposureFen: z.number().int().nullable(),
  recoveredFen: z.number().int(),
  writtenOffFen: z.number().int().nullable(),
  closedOn: z.string().nullable(),
});
const Money = z.number().int();
const LoanDetailSchema = LoanSchema.extend({
  asOf: z.string(),
  position: z.object({ outstandingPrincipalFen: Money, outstandingInterestFen: Money, overdueFen: Money, daysOverdue: z.number().int(), classification: LoanClassificationEnum, paidOff: z.boolean() }),
  instalments: z.array(z.object({ period: z.number().int(), dueOn: z.string(), principalFen: Money, interestFen: Money, paidPrincipalFen: Money, paidInterestFen: Money, paidOn: z.string().nullable() })),
  repayments: z.array(z.object({ id: z.string(), paidOn: z.string(), amountFen: Money, principalFen: Money, interestFen: Money, reference: z.string().nullable(), source: z.string(), recordedAt: z.string() })),
  recoveries: z.array(z.object({ id: z.string(), recoveredOn: z.string(), amountFen: Money, source: z.string(), note: z.string(), recordedAt: z.string() })),
});

type LoanListed = Awaited<ReturnType<typeof readLoans>>['items'][number];
const nullableFen = (v: bigint | null) => (v === null ? null : fenToJson(v));

export function presentLoan(l: LoanListed, lang: 'zh-CN' | 'en'): z.infer<typeof LoanSchema> {
  return {
    id: l.id,
    applicationId: l.applicationId,
    enterprise: { id: l.enterpriseId, creditCode: l.creditCode, name: l.enterpriseName },
    institution: { id: l.institutionId, name: l.institutionName },
    productName: lang === 'en' && l.productNameEn ? l.productNameEn : l.productName,
    amountFen: fenToJson(l.amountFen),
    lprTenor: l.lprTenor,
    lprRate: l.lprRate,
    lprFixing: l.lprFixingOn && l.lprOneYear && l.lprFiveYear ? { date: l.lprFixingOn, oneYear: quotedRate(l.lprOneYear), fiveYear: quotedRate(l.lprFiveYear) } : null,
    spreadBp: l.spreadBp,
    annualRate: l.annualRate,
    termMonths: l.termMonths,
    method: l.method,
    disbursedOn: l.disbursedOn,
    maturityOn: l.maturityOn,
    status: l.status as (typeof LOAN_STATUSES)[number],
    outstandingPrincipalFen: fenToJson(l.outstandingPrincipalFen),
    daysOverdue: l.daysOverdue,
    maxDaysOverdue: l.maxDaysOverdue,
    classification: l.classification as (typeof LOAN_CLASSIFICATIONS)[number],
    positionOn: l.positionOn,
    defaultedOn: l.defaultedOn,
    defaultExposureFen: nullableFen(l.defaultExposureFen),
    recoveredFen: fenToJson(l.recoveredFen),
    writtenOffFen: nullableFen(l.writtenOffFen),
    closedOn: l.closedOn,
  };
}

export const LoanListQuery = PageQuery.extend({
  status: LoanStatusEnum.optional(),
  classification: LoanClassificationEnum.optional(),
  overdue: z.enum(['true', 'false']).transform((v) => v === 'true').optional().describe('live loans with days overdue'),
  disbursedFrom: IsoDate.optional(),
  disbursedTo: IsoDate.optional(),
  lang: Lang,
}).describe('q: part of the enterprise’s name or credit code, or the start of the loan’s id');
const ListQuery = LoanListQuery;
const RepaymentBody = z.object({ amountFen: AmountFen, paidOn: IsoDate, reference: z.string().trim().min(1).max(100).nullable().optional() });
const RecoveryBody = z.object({ amountFen: AmountFen, recoveredOn: IsoDate, source: RecoverySourceEnum, note: multilineText().trim().max(1000).optional() });
const FileBody = z.object({ csv: multilineText().min(1).max(5_000_000) });

export const loanRoutes: FastifyPluginAsyncZod = async (app) => {
  const { calendar } = app.kejin;

  app.get(
    '/loans',
    { config: { access: 'loan.read' }, schema: { tags, summary: 'Loans you may see: your enterprise’s, your institution’s loan book, or those in your parks (most overdue first)', querystring: ListQuery, response: { 200: pageOf(LoanSchema), ...errorResponses } } },
    async (request) => {
      const found = await readLoans(contextOf(request), request.query);
      return { ...found, items: found.items.map((l) => presentLoan(l, request.query.lang)) };
    },
  );

  app.get(
    '/loans/:id',
    { config: { access: 'loan.read' }, schema: { tags, summary: 'One loan with its schedule, repayments, recoveries and its position today', params: IdParams, querystring: z.object({ lang: Lang }), response: { 200: LoanDetailSchema, ...errorResponses } } },
    async (request) => {
      const l = await readLoan(contextOf(request), request.params.id);
      const p = l.position;
      return {
        ...presentLoan(l, request.query.lang),
        asOf: l.asOf,
        position: { ...p, outstandingPrincipalFen: fenToJson(p.outstandingPrincipalFen), outstandingInterestFen: fenToJson(p.outstandingInterestFen), overdueFen: fenToJson(p.overdueFen) },
        instalments: l.instalments.map((i) => ({ period: i.period, dueOn: i.dueOn, principalFen: fenToJson(i.principalFen), interestFen: fenToJson(i.interestFen), paidPrincipalFen: fenToJson(i.paidPrincipalFen), paidInterestFen: fenToJson(i.paidInterestFen), paidOn: i.paidOn })),
        repayments: l.repayments.map((r) => ({ id: r.id, paidOn: r.paidOn, amountFen: fenToJson(r.amountFen), principalFen: fenToJson(r.principalFen), interestFen: fenToJson(r.interestFen), reference: r.reference, source: r.source, recordedAt: iso(r.recordedAt)! })),
        recoveries: l.recoveries.map((r) => ({ id: r.id, recoveredOn: r.recoveredOn, amountFen: fenToJson(r.amountFen), source: r.source, note: r.note, recordedAt: iso(r.recordedAt)! })),
      };
    },
  );

  const Recorded = z.object({ principalFen: Money, interestFen: Money, outstandingPrincipalFen: Money, daysOverdue: z.number().int(), classification: z.string(), paidOff: z.boolean() });
  app.post(
    '/loans/:id/repayments',
    { config: { access: 'loan.manage' }, schema: { tags, summary: 'Record a repayment (oldest instalment first, interest before principal); more than is owed is refused', params: IdParams, body: RepaymentBody, response: { 201: Recorded, ...errorResponses } } },
    async (request, reply) => {
      const r = await recordRepayment(contextOf(request), request.params.id, request.body);
      return reply.status(201).send({ principalFen: fenToJson(r.principalFen), interestFen: fenToJson(r.interestFen), outstandingPrincipalFen: fenToJson(r.position.outstandingPrincipalFen), daysOverdue: r.position.daysOverdue, classification: r.position.classification, paidOff: r.position.paidOff });
    },
  );

  app.post(
    '/loans/repayment-files',
    { config: { access: 'loan.manage' }, schema: { tags, summary: 'Record a file of repayments: CSV with the header loan_id,paid_on,amount_fen,reference; all rows or none', body: FileBody, response: { 201: z.object({ recorded: z.number().int(), totalFen: Money }), ...errorResponses } } },
    async (request, reply) => {
      const r = await recordRepaymentFile(contextOf(request), request.body.csv);
      return reply.status(201).send({ recorded: r.recorded, totalFen: fenToJson(r.totalFen) });
    },
  );

  app.post(
    '/loans/:id/recoveries',
    { config: { access: 'loan.manage' }, schema: { tags, summary: 'Record money recovered on a defaulted loan; recovering all of it closes the loan', params: IdParams, body: RecoveryBody, response: { 201: z.object({ recoveredFen: Money, closed: z.boolean() }), ...errorResponses } } },
    async (request, reply) => {
      const r = await recordRecovery(contextOf(request), request.params.id, request.body);
      return reply.status(201).send({ recoveredFen: fenToJson(r.recoveredFen), closed: r.closed });
    },
  );

  app.post(
    '/workflow/sweep',
    { config: { access: 'workflow.sweep' }, schema: { tags, summary: 'Run the daily pass now: overdue loans and decision deadlines (operator)', response: { 200: z.object({ loansChecked: z.number().int(), deadlinesNear: z.number().int(), deadlinesMissed: z.number().int(), claimsForfeited: z.number().int() }), ...errorResponses } } },
    async () => sweepWorkflow(app.kejin.database, calendar, app.kejin.now(), app.kejin.config.timezone, SWEEP_HOOKS),
  );
};
