// Disbursement turns an approved, signed application into a loan: the rate is the LPR in force on
// the disbursement date plus the agreed spread (both stored, so the rate can be explained later), and
// the repayment schedule is generated and stored instalment by instalment.
import { LoanInputError } from '../../domain/loans/errors.ts';
import type { Tx } from '../../db/client.ts';
import type { ApplicationRow } from '../../db/repositories/applications.ts';
import { insertLoan } from '../../db/repositories/loans.ts';
import type { LprTenor } from '../../domain/marketplace/products.ts';
import type { WorkingCalendar } from '../../domain/calendar/calendar.ts';
import { rateOfTenor } from '../../domain/loans/lpr.ts';
import { formatRate, rateFromLpr } from '../../domain/loans/rate.ts';
import { repaymentSchedule, REPAYMENT_METHODS, type RepaymentMethod } from '../../domain/loans/schedule.ts';
import { businessDateOf } from '../../domain/shared/business-time.ts';
import { invalidFields, problem, type ArgsOf, type ErrorCode } from '../../domain/shared/errors.ts';
import { isIsoDate } from '../../domain/profile/dates.ts';
import { todayOf, type ServiceContext } from '../shared/context.ts';
import { newId } from '../shared/ids.ts';
import { recordLoanMade } from './loan-book.ts';
import { lprFixingFor } from './lpr.ts';

export interface LoanTermsInput {
  amountFen: bigint;
  /** Basis points over (or under, negative) the LPR. */
  spreadBp: number;
  /** Which LPR: 1-year by default, 5-year for terms over five years unless given. */
  lprTenor?: LprTenor | null;
  termMonths: number;
  method: RepaymentMethod;
  disbursedOn: string;
}

const field = <C extends ErrorCode>(name: string, code: C, ...args: ArgsOf<C>) => invalidFields([problem(`loan.${name}`, code, ...args)]);

function checkTerms(a: ApplicationRow, t: LoanTermsInput, today: string, timezone: string): void {
  if (t.amountFen <= 0n) throw field('amountFen', 'field.not_positive');
  if (t.amountFen > a.amountFen) throw field('amountFen', 'loan.amount_above_applied', { applied: String(a.amountFen) });
  if (!(REPAYMENT_METHODS as readonly string[]).includes(t.method)) throw field('method', 'field.invalid_enum', { values: REPAYMENT_METHODS });
  if (!isIsoDate(t.disbursedOn)) throw field('disbursedOn', 'field.invalid_date');
  const approvedOn = a.decidedAt ? businessDateOf(a.decidedAt, timezone) : null;
  if (approvedOn && t.disbursedOn < approvedOn) throw field('disbursedOn', 'loan.disbursed_before_approval', { approvedOn });
  if (t.disbursedOn > today) throw field('disbursedOn', 'field.in_future');
  if (!Number.isInteger(t.spreadBp) || Math.abs(t.spreadBp) > 2_000) throw field('spreadBp', 'loan.spread_range');
}

/** Names the loan's own field in an error from the schedule or rate arithmetic. */
function asLoanField(err: unknown): unknown {
  if (!(err instanceof LoanInputError)) return err;
  const name = err.field === 'months' ? 'termMonths' : err.field === 'start' ? 'disbursedOn' : err.field;
  return invalidFields([{ field: `loan.${name}`, code: err.code, params: err.params, message: err.message }]);
}

export async function disburseLoan(tx: Tx, ctx: ServiceContext, calendar: WorkingCalendar, a: ApplicationRow, t: LoanTermsInput) {
  checkTerms(a, t, todayOf(ctx), ctx.timezone);
  const tenor: LprTenor = t.lprTenor ?? (t.termMonths > 60 ? '5y' : '1y');
  const fixing = await lprFixingFor(tx, t.disbursedOn, calendar);
  const lpr = rateOfTenor(fixing, tenor);
  let built;
  try {
    const annualRate = rateFromLpr(lpr, t.spreadBp);
    built = { annualRate, schedule: repaymentSchedule({ amountFen: t.amountFen, annualRate, months: t.termMonths, method: t.method, start: t.disbursedOn }) };
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
      amountFen: t.amountFen,
      lprTenor: tenor,
      lprRate: lpr,
      lprFixingOn: fixing.date,
      lprOneYear: fixing.oneYear,
      lprFiveYear: fixing.fiveYear,
      spreadBp: t.spreadBp,
      annualRate: formatRate(annualRate),
      termMonths: t.termMonths,
      method: t.method,
      disbursedOn: t.disbursedOn,
      maturityOn: schedule.payments.at(-1)!.date,
      status: 'live',
      outstandingPrincipalFen: t.amountFen,
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
