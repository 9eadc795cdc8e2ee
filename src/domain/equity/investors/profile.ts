// An investor's profile as the investor keeps it, and the one check it passes before it is saved.
// Every problem is named by its field path ("fundRecordCodes.1", "portfolio.0.enterpriseId") and
// all are reported together, so a form shows them at once and nothing partial is ever written.
import { isValidIndustryCode } from '../../../../shared/codes/industries.ts';
import { isValidRegionCode } from '../../../../shared/codes/regions.ts';
import {
  INVESTMENT_STAGES,
  INVESTOR_LIMITS,
  isFundRecordCode,
  isManagerRegistrationNo,
  type InvestmentStage,
  type InvestorKind,
} from '../../../../shared/investors.ts';
import { invalidFields, problem, type FieldProblem } from '../../shared/errors.ts';

export interface TeamMemberInput {
  name: string;
  title: string;
  bio: string | null;
  email: string | null;
}

export interface PortfolioCompanyInput {
  /** The enterprise's organisation id when the company is on the platform. */
  enterpriseId: string | null;
  companyName: string;
  industryCode: string | null;
  round: InvestmentStage | null;
  investedOn: string | null;
  amountFen: bigint | null;
}

export interface InvestorProfileInput {
  thesis: string;
  stages: string[];
  industryCodes: string[];
  regionCodes: string[];
  parkIds: string[];
  ticketMinFen: bigint;
  ticketMaxFen: bigint;
  fundSizeFen: bigint | null;
  managerRegistrationNo: string | null;
  fundRecordCodes: string[];
  website: string | null;
  team: TeamMemberInput[];
  portfolio: PortfolioCompanyInput[];
}

/** What the check needs to know of the world: the parks and enterprises that exist, and today. */
export interface InvestorProfileFacts {
  kind: InvestorKind;
  today: string;
  knownParkIds: ReadonlySet<string>;
  knownEnterpriseIds: ReadonlySet<string>;
}

const STAGE_SET: ReadonlySet<string> = new Set(INVESTMENT_STAGES);

/** Throws `invalidFields` with every problem of the profile; returns quietly when it may be saved. */
export function validateInvestorProfile(input: InvestorProfileInput, facts: InvestorProfileFacts): void {
  const problems = [
    ...checkVocabularies(input, facts),
    ...checkMoney(input),
    ...checkRegistration(input, facts.kind),
    ...checkPortfolio(input.portfolio, facts),
    ...checkLength('team', input.team, INVESTOR_LIMITS.team),
  ];
  if (problems.length > 0) throw invalidFields(problems);
}

function checkVocabularies(input: InvestorProfileInput, facts: InvestorProfileFacts): FieldProblem[] {
  return [
    ...(input.stages.length === 0 ? [problem('stages', 'investor.stages_empty')] : []),
    ...checkList('stages', input.stages, INVESTOR_LIMITS.stages, (v) => STAGE_SET.has(v), 'investor.stage_unknown', 'investor.stage_repeated'),
    ...(input.industryCodes.length === 0 ? [problem('industryCodes', 'investor.industries_empty')] : []),
    ...checkList('industryCodes', input.industryCodes, INVESTOR_LIMITS.industries, isValidIndustryCode, 'investor.industry_unknown', 'investor.industry_repeated'),
    ...checkList('regionCodes', input.regionCodes, INVESTOR_LIMITS.regions, isValidRegionCode, 'investor.region_unknown', 'investor.region_repeated'),
    ...checkList('parkIds', input.parkIds, INVESTOR_LIMITS.parks, (v) => facts.knownParkIds.has(v), 'investor.park_unknown', 'investor.park_repeated'),
  ];
}

type UnknownCode = 'investor.stage_unknown' | 'investor.industry_unknown' | 'investor.region_unknown' | 'investor.park_unknown' | 'investor.fund_record_code_format';
type RepeatedCode = 'investor.stage_repeated' | 'investor.industry_repeated' | 'investor.region_repeated' | 'investor.park_repeated' | 'investor.fund_record_code_repeated';

/** Each entry known and listed once, the list no longer than its limit. */
function checkList(field: string, values: readonly string[], max: number, known: (v: string) => boolean, unknown: UnknownCode, repeated: RepeatedCode): FieldProblem[] {
  const problems: FieldProblem[] = [...checkLength(field, values, max)];
  const seen = new Set<string>();
  values.forEach((value, i) => {
    if (!known(value)) problems.push(problem(`${field}.${i}`, unknown, { value }));
    else if (seen.has(value)) problems.push(problem(`${field}.${i}`, repeated, { value }));
    seen.add(value);
  });
  return problems;
}

function checkLength(field: string, values: readonly unknown[], max: number): FieldProblem[] {
  return values.length > max ? [problem(field, 'investor.list_too_long', { max })] : [];
}

function checkMoney(input: InvestorProfileInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const amounts: [string, bigint | null][] = [['ticketMinFen', input.ticketMinFen], ['ticketMaxFen', input.ticketMaxFen], ['fundSizeFen', input.fundSizeFen]];
  for (const [field, value] of amounts) {
    if (value !== null && value < 0n) problems.push(problem(field, 'investor.amount_invalid', { value: String(value) }));
  }
  if (input.ticketMinFen > input.ticketMaxFen) {
    problems.push(problem('ticketMaxFen', 'investor.ticket_min_above_max', { minFen: String(input.ticketMinFen), maxFen: String(input.ticketMaxFen) }));
  }
  return problems;
}

/** The association's numbers: well formed for a fund manager, absent for an individual angel. */
function checkRegistration(input: InvestorProfileInput, kind: InvestorKind): FieldProblem[] {
  if (kind === 'individual_angel') {
    const any = input.managerRegistrationNo !== null || input.fundRecordCodes.length > 0;
    return any ? [problem(input.managerRegistrationNo !== null ? 'managerRegistrationNo' : 'fundRecordCodes', 'investor.angel_has_no_registration')] : [];
  }
  const problems: FieldProblem[] = [];
  const number = input.managerRegistrationNo;
  if (number !== null && !isManagerRegistrationNo(number)) problems.push(problem('managerRegistrationNo', 'investor.registration_no_format', { value: number }));
  problems.push(...checkList('fundRecordCodes', input.fundRecordCodes, INVESTOR_LIMITS.fundRecords, isFundRecordCode, 'investor.fund_record_code_format', 'investor.fund_record_code_repeated'));
  return problems;
}

function checkPortfolio(portfolio: readonly PortfolioCompanyInput[], facts: InvestorProfileFacts): FieldProblem[] {
  const problems: FieldProblem[] = [...checkLength('portfolio', portfolio, INVESTOR_LIMITS.portfolio)];
  const linked = new Set<string>();
  portfolio.forEach((company, i) => {
    const at = (field: string) => `portfolio.${i}.${field}`;
    const id = company.enterpriseId;
    if (id !== null && !facts.knownEnterpriseIds.has(id)) problems.push(problem(at('enterpriseId'), 'investor.portfolio_enterprise_unknown', { value: id }));
    else if (id !== null && linked.has(id)) problems.push(problem(at('enterpriseId'), 'investor.portfolio_enterprise_repeated', { value: id }));
    if (id !== null) linked.add(id);
    if (company.industryCode !== null && !isValidIndustryCode(company.industryCode)) problems.push(problem(at('industryCode'), 'investor.industry_unknown', { value: company.industryCode }));
    if (company.round !== null && !STAGE_SET.has(company.round)) problems.push(problem(at('round'), 'investor.stage_unknown', { value: company.round }));
    if (company.investedOn !== null && company.investedOn > facts.today) problems.push(problem(at('investedOn'), 'investor.invested_on_future', { date: company.investedOn, today: facts.today }));
    if (company.amountFen !== null && company.amountFen < 0n) problems.push(problem(at('amountFen'), 'investor.amount_invalid', { value: String(company.amountFen) }));
  });
  return problems;
}
