import { describe, expect, it } from 'vitest';
import { makePeopleMonth, makeProfile, makeStatement } from '../../profile/fixtures.ts';
import { evaluateStarReadiness, parseStarRuleSet, starFactsOf, starRuleSetInForce, STAR_2024, validateStarRuleSet } from './index.ts';

/** A copy loose enough to break on purpose. */
type Loose = { attributes: Record<string, unknown>; standards: { id: string; alternatives: unknown[][] }[]; extra?: boolean };
const copy = () => structuredClone(STAR_2024) as unknown as Loose;

describe('validateStarRuleSet', () => {
  it('accepts the built-in 2024 version', () => {
    expect(validateStarRuleSet(STAR_2024)).toEqual([]);
  });

  it('names each problem by its path', () => {
    const broken = copy();
    broken.attributes.rdShareOfRevenue = 0.05; // a float, not exact text
    broken.attributes.inventionPatents = -1;
    broken.standards[1]!.alternatives[0]![0] = { kind: 'market_cap', minFen: 1 };
    broken.standards[2]!.id = broken.standards[0]!.id;
    broken.extra = true;
    const problems = validateStarRuleSet(broken).map((p) => [p.field, p.code]);
    expect(problems).toEqual(
      expect.arrayContaining([
        ['attributes.rdShareOfRevenue', 'rule_set.not_decimal'],
        ['attributes.inventionPatents', 'rule_set.not_whole_number'],
        ['standards[1].alternatives[0][0].kind', 'rule_set.unknown_condition'],
        ['standards[2].id', 'rule_set.duplicate_id'],
        ['extra', 'rule_set.unknown_property'],
      ]),
    );
    expect(() => parseStarRuleSet(broken)).toThrow();
  });

  it('picks the version in force on a date', () => {
    const later = { ...STAR_2024, version: '2026-01', effectiveFrom: '2026-01-01' };
    expect(starRuleSetInForce([STAR_2024, later], '2025-06-30')?.version).toBe('2024-04');
    expect(starRuleSetInForce([STAR_2024, later], '2026-01-01')?.version).toBe('2026-01');
    expect(starRuleSetInForce([STAR_2024], '2024-01-01')).toBeUndefined();
  });
});

describe('facts from the profile', () => {
  it('counts granted invention patents only and takes the latest round’s valuation', () => {
    const profile = makeProfile();
    profile.ip = [
      { kind: 'invention_patent', number: 'ZL1', title: 'a', status: 'granted', appliedOn: '2022-01-01', grantedOn: '2024-03-01' },
      { kind: 'invention_patent', number: 'ZL2', title: 'b', status: 'pending', appliedOn: '2024-01-01', grantedOn: null },
      { kind: 'utility_model', number: 'ZL3', title: 'c', status: 'granted', appliedOn: '2022-01-01', grantedOn: '2023-01-01' },
      { kind: 'invention_patent', number: 'ZL4', title: 'd', status: 'granted', appliedOn: '2015-01-01', grantedOn: '2018-01-01' },
    ];
    profile.equityRounds = [
      { closedOn: '2023-05-01', round: 'A', amountFen: 1n, postMoneyValuationFen: 500n, investors: [] },
      { closedOn: '2025-05-01', round: 'B', amountFen: 1n, postMoneyValuationFen: 900n, investors: [] },
      { closedOn: '2025-09-01', round: 'B+', amountFen: 1n, investors: [] },
    ];
    const facts = starFactsOf(profile, '2025-12-01', 3);
    expect(facts).toMatchObject({ inventionPatents: 2, inventionPatentsRecent: 1 });
    const readiness = evaluateStarReadiness(STAR_2024, profile, '2025-12-01');
    expect(readiness).toMatchObject({ expectedMarketValueFen: 900n, marketValueSource: 'last_round' });
    expect(evaluateStarReadiness(STAR_2024, profile, '2025-12-01', 7n)).toMatchObject({ expectedMarketValueFen: 7n, marketValueSource: 'user' });
  });

  it('reads only consecutive years ending with the latest statement', () => {
    const profile = makeProfile({ financials: [2021, 2023, 2024].map((year) => makeStatement(year)) });
    expect(starFactsOf(profile, '2025-06-01', 3).years.map((y) => y.year)).toEqual([2023, 2024]);
  });

  it('reads staff growth across the month nearest a year back, at least six months', () => {
    const months = ['2025-05', '2025-01', '2024-11', '2024-06', '2021-01'].map((m) => makePeopleMonth(m, { employees: 100, rdStaff: 10 }));
    expect(starFactsOf(makeProfile({ people: months }), '2025-06-01', 3).staffBefore?.month).toBe('2024-06');
    const recent = ['2025-05', '2025-01'].map((m) => makePeopleMonth(m, { employees: 100, rdStaff: 10 }));
    expect(starFactsOf(makeProfile({ people: recent }), '2025-06-01', 3).staffBefore).toBeNull();
  });
});
