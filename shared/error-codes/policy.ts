// Policy instruments: programmes (validated on save) and why a loan's interest is not subsidised.
import { conflict, invalid } from './entry.ts';

export const POLICY_ERRORS = {
  'programme.valid_from_after_to': invalid('the programme starts on {from}, after it ends on {to}', { from: 'text', to: 'text' }),
  'programme.amount_min_above_max': invalid('minimum loan amount {min} fen is greater than maximum {max} fen', { min: 'text', max: 'text' }),
  'programme.decimal_format': invalid('a decimal such as 0.5, got "{value}"', { value: 'text' }),
  'programme.share_range': invalid('a share above 0 and at most 1, got {value}', { value: 'text' }),
  'programme.times_range': invalid('a multiple of the LPR above 0 and at most 10, got {value}', { value: 'text' }),
  'programme.rate_bound_empty': invalid('say how far above the LPR: a multiple (times), basis points (plusBp), or both'),
  'programme.cap_above_budget': invalid('a cap of {cap} fen is above the programme budget of {budget} fen', { cap: 'text', budget: 'text' }),
  'programme.overlap': conflict('overlaps programme {other} from {from} to {to}: the same interest could be subsidised twice; make both stackable or separate them', { other: 'text', from: 'text', to: 'text' }),
  'programme.not_interest_subsidy': invalid('programme {id} is a {kind} programme, not an interest subsidy', { id: 'text', kind: 'text' }),
  'subsidy.loan_outside_period': conflict('the loan was disbursed on {date}, outside the programme ({from} to {to})', { date: 'text', from: 'text', to: 'text' }),
  'subsidy.not_rated': conflict('the enterprise had no rating on the loan date; the programme asks for {minGrade} or better', { minGrade: 'text' }),
  'subsidy.grade_below': conflict('the enterprise was rated {grade} on the loan date; the programme asks for {minGrade} or better', { grade: 'text', minGrade: 'text' }),
  'subsidy.no_valid_report': conflict('the enterprise had no valid credit evaluation report on {date}', { date: 'text' }),
  'subsidy.industry_not_listed': conflict('industry {industry} is not among the programme’s industries ({prefixes})', { industry: 'text', prefixes: 'list' }),
  'subsidy.park_not_listed': conflict('park {park} is not among the programme’s parks ({parks})', { park: 'text', parks: 'list' }),
  'subsidy.dishonest': conflict('the enterprise is on the serious-dishonesty list'),
  'subsidy.loan_type_not_listed': conflict('a {loanType} loan is not among the programme’s loan types ({loanTypes})', { loanType: 'text', loanTypes: 'list' }),
  'subsidy.institution_not_listed': conflict('the lending institution is not one of the programme’s partners'),
  'subsidy.amount_below_min': conflict('the loan of {amount} fen is below the programme’s minimum of {min} fen', { amount: 'text', min: 'text' }),
  'subsidy.amount_above_max': conflict('the loan of {amount} fen is above the programme’s maximum of {max} fen', { amount: 'text', max: 'text' }),
  'subsidy.term_above_max': conflict('the loan’s term of {months} months is longer than the programme’s {max}', { months: 'number', max: 'number' }),
  'subsidy.rate_above_max': conflict('the loan’s rate {rate} is above the programme’s maximum {max}', { rate: 'text', max: 'text' }),
  'subsidy.lpr_missing': conflict('the LPR for {month} (due {dueOn}) is not loaded: the rate cap cannot be computed', { month: 'text', dueOn: 'text' }),
  'subsidy.repayment_invalid': invalid('the repayment on {date} has an invalid date or a negative interest amount', { date: 'text' }),
} as const;
