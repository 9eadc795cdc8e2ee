// Disbursement turns an approved, signed application into a loan on the approval's terms: at most the
// approved amount, at the approved spread over the approved LPR tenor and for the approved term. The
// rate is the LPR in force on the disbursement date plus that spread (both stored, so the rate can be
// explained later), and the repayment schedule is generated and stored instalment by instalment.
import type { Tx } from '../../db/client.ts';
import type { ApplicationRow } from '../../db/repositories/applications.ts';
import { insertLoan } from '../../db/repositories/loans.ts';
import type { LprTenor } from '../../domain/marketplace/products.ts';
import type { WorkingCalendar } from '../../domain/calendar/calendar.ts';
import { rateOfTenor } from '../../domain/loans/lpr.ts';
import { formatRate, rateFromLpr } from '../../domain/loans/rate.ts';
import { repaymentSchedule, REPAYMENT_METHODS, type RepaymentMethod } from '../../domain/loans/schedule.ts';
import { businessDateOf } from '../../domain/shared/business-time.ts';
import { LoanInputError } from '../../domain/loans/errors.ts';
import { fail, invalidFields, problem, type ArgsOf, type ErrorCode } from '../../domain/shared/errors.ts';
import { approvalOf, disbursementTerms, type ApprovalTerms } from '../../domain/workflow/approval.ts';
import { isIsoDate } from '../../domain/profile/dates.ts';
import { todayOf, type ServiceContext } from '../shared/context.ts';
import { newId } from '../shared/ids.ts';
import { recordLoanMade } from './loan-book.ts';
import { lprFixingFor } from './lpr.ts';

export interface LoanTermsInput {
  /** Defaults to the approved amount; never more than it. */
  amountFen?: bigint | null;
  /** Basis points over (or under, negative) the LPR; the approved spread when left out. */
  spreadBp?: number | null;
  /** Which LPR: the approved tenor (1-year by default, 5-year for terms over five years). */
  lprTenor?: LprTenor | null;
  /** The approved term when left out. */
  termMonths?: number | null;
  method: RepaymentMethod;
  disbursedOn: string;
}

const field = <C extends ErrorCode>(name: string, code: C, ...args: ArgsOf<C>) => invalidFields([problem(`loan.${name}`, code, ...args)]);

function checkTerms(a: ApplicationRow, t: LoanTermsInput, today: string, timezone: string): ApprovalTerms {
  const approved = approvalOf(a);
  const resolved = disbursementTerms(approved, t);
  if (!resolved.ok) {
    const r = resolved.refusal;
    if (r.kind === 'missing') throw invalidFields([problem(r.field, 'field.required')]);
    const code = r.kind === 'exceeds' ? 'loan.disbursement_exceeds_approval' : 'loan.disbursement_differs_from_approval';
    throw fail(code, {}, { fields: [problem(r.field, code)], details: { approved: approved && { ...approved, amountFen: Number(approved.amountFen) } } });
  }
  const terms = resolved.terms;
  if (terms.amountFen <= 0n) throw field('amountFen', 'field.not_positive');
  if (terms.amountFen > a.amountFen) throw field('amountFen', 'loan.amount_above_applied', { applied: String(a.amountFen) });
  if (!(REPAYMENT_METHODS as readonly string[]).includes(t.method)) throw field('method', 'field.invalid_enum', { values: REPAYMENT_METHODS });
  if (!isIsoDate(t.disbursedOn)) throw field('disbursedOn', 'field.invalid_date');
  const approvedOn = a.decidedAt ? businessDateOf(a.decidedAt, timezone) : null;
  if (approvedOn && t.disbursedOn < approvedOn) throw field('disbursedOn', 'loan.disbursed_before_approval', { approvedOn });
  if (t.disbursedOn > today) throw field('disbursedOn', 'field.in_future');
  if (!Number.isInteger(terms.spreadBp) || Math.abs(terms.spreadBp) > 2_000) throw field('spreadBp', 'loan.spread_range');
  return terms;
}


/** Names the loan's own field in an error from the schedule or rate arithmetic. */
function asLoanField(err: unknown): unknown {
  if (!(err instanceof LoanInputError)) return err;
  const name = err.field === 'months' ? 'termMonths' : err.field === 'start' ? 'disbursedOn' : err.field;
  return invalidFields([{ field: `loan.${name}`, code: err.code, params: err.params, message: err.message }]);
}

export async function disburseLoan(tx: Tx, ctx: ServiceContext, calendar: WorkingCalendar, a: ApplicationRow, t: LoanTermsInput) {
  const terms = checkTerms(a, t, todayOf(ctx), ctx.timezone);
  const tenor: LprTenor = terms.lprTenor;
  const fixing = await lprFixingFor(tx, t.disbursedOn, calendar);
  const lpr = rateOfTenor(fixing, tenor);
  let built;
  try {
    const annualRate = rateFromLpr(lpr, terms.spreadBp);
    built = { annualRate, schedule: repaymentSchedule({ amountFen: terms.amountFen, annualRate, months: terms.termMonths, method: t.method, start: t.disbursedOn }) };
  } catch (err) {
    throw asLoanField(err);
  }
  const { schedule, annualRate } = built;
  const now = ctx.now();
  const id = newId(now.getTime());
  const loan = await insertLoan(
    tx,
    {
      id,
      applicationId: a.id,
      parkId: a.parkId,
      enterpriseId: a.enterpriseId,
      institutionId: a.institutionId,
      productId: a.productId,
      amountFen: terms.amountFen,
      lprTenor: tenor,
      lprRate: lpr,
      lprFixingOn: fixing.date,
      lprOneYear: fixing.oneYear,
      lprFiveYear: fixing.fiveYear,
      spreadBp: terms.spreadBp,
      annualRate: formatRate(annualRate),
      termMonths: terms.termMonths,
      method: t.method,
      disbursedOn: t.disbursedOn,
      maturityOn: schedule.payments.at(-1)!.date,
      status: 'live',
      outstandingPrincipalFen: terms.amountFen,
      positionOn: t.disbursedOn,
      createdBy: ctx.actor.userId,
      createdAt: now,
      updatedAt: now,
    },
    schedule.payments.map((p) => ({ loanId: id, period: p.period, dueOn: p.date, principalFen: p.principalFen, interestFen: p.interestFen })),
  );
  await recordLoanMade(tx, ctx, loan);
  return loan;
}
