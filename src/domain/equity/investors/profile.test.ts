import { describe, expect, it } from 'vitest';
import { DomainError } from '../../shared/errors.ts';
import { industryCodesCovering, ticketCovers } from './matching.ts';
import { validateInvestorProfile, type InvestorProfileFacts, type InvestorProfileInput } from './profile.ts';

const facts: InvestorProfileFacts = { kind: 'vc_fund', today: '2026-12-08', knownParkIds: new Set(['park-zj']), knownEnterpriseIds: new Set(['ent-1', 'ent-2']) };

const valid: InvestorProfileInput = {
  thesis: '专注集成电路设计与人工智能早期项目',
  stages: ['angel', 'pre_a', 'series_a'],
  industryCodes: ['I6520', 'C27'],
  regionCodes: ['310115'],
  parkIds: ['park-zj'],
  ticketMinFen: 500_000_00n,
  ticketMaxFen: 3_000_000_00n,
  fundSizeFen: 1_000_000_000_00n,
  managerRegistrationNo: 'P1001234',
  fundRecordCodes: ['SX1234', 'S00A9Z'],
  website: null,
  team: [{ name: '周文', title: '合伙人', bio: null, email: null }],
  portfolio: [{ enterpriseId: 'ent-1', companyName: '上海芯源微电子有限公司', industryCode: 'I6520', round: 'series_a', investedOn: '2024-03-01', amountFen: 2_000_000_00n }],
};

/** The field paths and codes of the refusal, or [] when the profile passes. */
function problemsOf(changes: Partial<InvestorProfileInput>, over: Partial<InvestorProfileFacts> = {}) {
  try {
    validateInvestorProfile({ ...valid, ...changes }, { ...facts, ...over });
    return [];
  } catch (err) {
    if (!(err instanceof DomainError)) throw err;
    return err.fields.map((f) => `${f.field} ${f.code}`);
  }
}

describe('validateInvestorProfile', () => {
  it('accepts a well-formed fund profile', () => {
    expect(problemsOf({})).toEqual([]);
  });

  it.each([
    ['P100123', 'managerRegistrationNo investor.registration_no_format'],
    ['P10012345', 'managerRegistrationNo investor.registration_no_format'],
    ['p1001234', 'managerRegistrationNo investor.registration_no_format'],
    ['Q1001234', 'managerRegistrationNo investor.registration_no_format'],
    ['P１００１２３４', 'managerRegistrationNo investor.registration_no_format'],
    [' P1001234', 'managerRegistrationNo investor.registration_no_format'],
  ])('refuses the registration number %j', (managerRegistrationNo, expected) => {
    expect(problemsOf({ managerRegistrationNo })).toEqual([expected]);
  });

  it.each([
    [['SX123'], ['fundRecordCodes.0 investor.fund_record_code_format']],
    [['sx1234'], ['fundRecordCodes.0 investor.fund_record_code_format']],
    [['SX12345'], ['fundRecordCodes.0 investor.fund_record_code_format']],
    [['SX12-4'], ['fundRecordCodes.0 investor.fund_record_code_format']],
    [['SX1234', 'SX1234'], ['fundRecordCodes.1 investor.fund_record_code_repeated']],
    [['S12345', 'SABCDE'], []],
  ])('checks the fund record codes %j', (fundRecordCodes, expected) => {
    expect(problemsOf({ fundRecordCodes })).toEqual(expected);
  });

  it.each([
    [{ ticketMinFen: 3_000_000_01n }, ['ticketMaxFen investor.ticket_min_above_max']],
    [{ ticketMinFen: 3_000_000_00n }, []],
    [{ ticketMinFen: -1n }, ['ticketMinFen investor.amount_invalid']],
    [{ fundSizeFen: -5n }, ['fundSizeFen investor.amount_invalid']],
  ] as const)('checks the money, case %#', (changes, expected) => {
    expect(problemsOf(changes)).toEqual(expected);
  });

  it.each([
    [{ stages: [] }, ['stages investor.stages_empty']],
    [{ stages: ['seed', 'series_d'] }, ['stages.1 investor.stage_unknown']],
    [{ stages: ['seed', 'seed'] }, ['stages.1 investor.stage_repeated']],
    [{ industryCodes: [] }, ['industryCodes investor.industries_empty']],
    [{ industryCodes: ['I6520', 'Z9999'] }, ['industryCodes.1 investor.industry_unknown']],
    [{ industryCodes: ['I6520', 'I6520'] }, ['industryCodes.1 investor.industry_repeated']],
    [{ regionCodes: ['999999'] }, ['regionCodes.0 investor.region_unknown']],
    [{ parkIds: ['park-elsewhere'] }, ['parkIds.0 investor.park_unknown']],
    [{ industryCodes: Array.from({ length: 31 }, () => 'I6520') }, ['industryCodes investor.list_too_long', ...Array.from({ length: 30 }, (_, i) => `industryCodes.${i + 1} investor.industry_repeated`)]],
  ] as const)('checks the vocabularies %j', (changes, expected) => {
    expect(problemsOf(changes as Partial<InvestorProfileInput>)).toEqual(expected);
  });

  it('checks each portfolio company by its path', () => {
    const company = valid.portfolio[0]!;
    const portfolio = [
      company,
      { ...company, companyName: '重复', investedOn: '2027-01-01' },
      { ...company, enterpriseId: 'ent-9', industryCode: 'X1', round: 'series_z' as 'seed', amountFen: -1n },
      { ...company, enterpriseId: null },
    ];
    expect(problemsOf({ portfolio })).toEqual([
      'portfolio.1.enterpriseId investor.portfolio_enterprise_repeated',
      'portfolio.1.investedOn investor.invested_on_future',
      'portfolio.2.enterpriseId investor.portfolio_enterprise_unknown',
      'portfolio.2.industryCode investor.industry_unknown',
      'portfolio.2.round investor.stage_unknown',
      'portfolio.2.amountFen investor.amount_invalid',
    ]);
  });

  it('gives an individual angel no association numbers', () => {
    const angel = { kind: 'individual_angel' as const };
    expect(problemsOf({ managerRegistrationNo: null, fundRecordCodes: [] }, angel)).toEqual([]);
    expect(problemsOf({}, angel)).toEqual(['managerRegistrationNo investor.angel_has_no_registration']);
    expect(problemsOf({ managerRegistrationNo: null }, angel)).toEqual(['fundRecordCodes investor.angel_has_no_registration']);
  });

  it('reports every problem at once', () => {
    expect(problemsOf({ managerRegistrationNo: 'P12', fundRecordCodes: ['X'], ticketMinFen: 9_000_000_00n })).toHaveLength(3);
  });
});

describe('directory matching', () => {
  it('lets a higher-level industry cover the classes below it', () => {
    expect(industryCodesCovering('C2761')).toEqual(['C', 'C27', 'C276', 'C2761']);
    expect(industryCodesCovering('nonsense')).toEqual(['nonsense']);
  });

  it.each([
    [100n, false],
    [500_000_00n, true],
    [3_000_000_00n, true],
    [3_000_000_01n, false],
  ])('a ticket range meets %s fen: %s', (amount, expected) => {
    expect(ticketCovers(valid, amount)).toBe(expected);
  });
});
