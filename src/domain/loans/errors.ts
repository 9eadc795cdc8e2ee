// Loan input problems are ordinary invalid_input DomainErrors (HTTP 400 with details.fields),
// subclassed only so callers can tell which input was wrong without parsing messages.
import { DomainError } from '../shared/errors.ts';

export class LoanInputError<Field extends string = string> extends DomainError {
  constructor(
    readonly field: Field,
    message: string,
  ) {
    super('invalid_input', message, { fields: [{ field, message }] });
    this.name = new.target.name;
  }
}

export type RateField = 'annualRate' | 'lpr' | 'spreadBp';
export class RateError extends LoanInputError<RateField> {}

export type ScheduleField = 'amountFen' | 'annualRate' | 'months' | 'method' | 'start';
export class ScheduleError extends LoanInputError<ScheduleField> {}

export type RepaymentField = 'amountFen' | 'asOf' | 'instalments';
export class RepaymentError extends LoanInputError<RepaymentField> {}
