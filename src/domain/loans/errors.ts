// Loan input problems are ordinary invalid_input DomainErrors (HTTP 400 with details.fields),
// subclassed only so callers can tell which input was wrong without parsing messages.
import { DomainError, renderMessage, type ErrorCode, type ParamValues } from '../shared/errors.ts';

export class LoanInputError<Field extends string = string> extends DomainError {
  constructor(
    readonly field: Field,
    code: ErrorCode,
    params: ParamValues,
    /** A more precise English message than the code's, where the arithmetic knows more. */
    message: string = renderMessage(code, params),
  ) {
    super(code, params, { fields: [{ field, code, params, message }] }, message);
    this.name = new.target.name;
  }
}

export type RateField = 'annualRate' | 'lpr' | 'spreadBp';
export class RateError extends LoanInputError<RateField> {}

export type ScheduleField = 'amountFen' | 'annualRate' | 'months' | 'method' | 'start';
export class ScheduleError extends LoanInputError<ScheduleField> {}

export type RepaymentField = 'amountFen' | 'asOf' | 'instalments';
export class RepaymentError extends LoanInputError<RepaymentField> {}
