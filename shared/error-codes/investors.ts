// Equity investors' profiles: the form of the association's numbers, ticket ranges and the
// vocabularies a profile draws on.
import { invalid, notFound } from './entry.ts';

export const INVESTOR_ERRORS = {
  'investor.not_found': notFound('no such investor'),
  'investor.no_own_profile': notFound('you do not act for an investor: your organisation is not a fund, and you have no angel profile'),
  'investor.registration_no_format': invalid('a private fund manager’s registration number is P and seven digits, such as P1001234; got "{value}"', { value: 'text' }),
  'investor.fund_record_code_format': invalid('a fund’s record code is S and five capital letters or digits, such as SX1234; got "{value}"', { value: 'text' }),
  'investor.fund_record_code_repeated': invalid('fund record code {value} is listed twice', { value: 'text' }),
  'investor.ticket_min_above_max': invalid('the smallest ticket ({minFen} fen) is larger than the largest ({maxFen} fen)', { minFen: 'text', maxFen: 'text' }),
  'investor.amount_invalid': invalid('an amount is a whole, non-negative number of fen, got {value}', { value: 'text' }),
  'investor.stage_unknown': invalid('{value} is not an investment stage', { value: 'text' }),
  'investor.stage_repeated': invalid('stage {value} is listed twice', { value: 'text' }),
  'investor.stages_empty': invalid('name at least one stage the investor invests in'),
  'investor.industry_unknown': invalid('{value} is not an industry code of GB/T 4754-2017', { value: 'text' }),
  'investor.industries_empty': invalid('name at least one industry the investor invests in'),
  'investor.industry_repeated': invalid('industry {value} is listed twice', { value: 'text' }),
  'investor.region_unknown': invalid('{value} is not a region code of GB/T 2260', { value: 'text' }),
  'investor.region_repeated': invalid('region {value} is listed twice', { value: 'text' }),
  'investor.park_unknown': invalid('there is no park {value}', { value: 'text' }),
  'investor.park_repeated': invalid('park {value} is listed twice', { value: 'text' }),
  'investor.list_too_long': invalid('at most {max} entries', { max: 'number' }),
  'investor.angel_has_no_registration': invalid('an individual angel is not a fund manager, so has no registration number or fund record codes'),
  'investor.portfolio_enterprise_unknown': invalid('there is no enterprise {value} on the platform', { value: 'text' }),
  'investor.portfolio_enterprise_repeated': invalid('enterprise {value} is in the portfolio twice', { value: 'text' }),
  'investor.invested_on_future': invalid('the investment date {date} is after today ({today})', { date: 'text', today: 'text' }),
} as const;
