import { describe, expect, it } from 'vitest';
import { makeFullStatement, makeProfile, yuan } from '../fixtures.ts';
import type { EnterpriseProfile, FinancialStatement } from '../types.ts';
import { evaluateCriteria } from './evaluate.ts';
import { HNTE_2016 } from './hnte-2016.ts';

const TODAY = '2025-06-30';
const evaluate = (profile: EnterpriseProfile) => evaluateCriteria(HNTE_2016, profile, TODAY);
const rule = (profile: EnterpriseProfile, id: string) => evaluate(profile).rules.find((r) => r.id === id)!;

/** Revenue 6m, 8m, 10m: revenue growth ((8/6) + (10/8)) / 2 − 1 = 29.2%. */
const growing = (): FinancialStatement[] => [
  makeFullStatement(2022, { revenueFen: yuan(6_000_000) }),
  makeFullStatement(2023, { revenueFen: yuan(8_000_000) }),
  makeFullStatement(2024),
];

describe('HNTE 2016', () => {
  it('passes a growing fixture firm with an innovation score of 72', () => {
    const result = evaluate(makeProfile({ financials: growing() }));
    // IP 24 (one Class-I item) + commercialisation 22 (70% high-tech revenue) + R&D staff 8 (25%)
    // + R&D intensity 10 (2.4m / 24m = 10%) + net-asset growth 0 (flat) + revenue growth 8 (≥ 25%)
    expect(result.rules.filter((r) => r.role === 'score').map((r) => [r.id, r.points])).toEqual([
      ['innovation_ip', 24],
      ['innovation_commercialisation', 22],
      ['innovation_rd_staff', 8],
      ['innovation_rd_intensity', 10],
      ['innovation_net_asset_growth', 0],
      ['innovation_revenue_growth', 8],
    ]);
    expect(result).toMatchObject({ passed: true, score: 72, maxScore: 100 });
    expect(result.rules.every((r) => r.role !== 'gate' || r.passed)).toBe(true);
  });

  it('fails below 70 even when every condition holds', () => {
    // flat revenue: growth 0, R&D 8% → 8: 24 + 22 + 8 + 8 + 0 + 0 = 62
    expect(evaluate(makeProfile())).toMatchObject({ passed: false, score: 62 });
  });

  it.each([
    // [revenue each year, R&D each year, required ratio, passes]
    [40_000_000, 1_800_000, 0.05, false], // 4.5% < 5% (revenue ≤ ¥50m)
    [50_000_000, 2_500_000, 0.05, true], // ¥50m is still the first band (含)
    [60_000_000, 2_700_000, 0.04, true], // 4.5% ≥ 4%
    [200_000_000, 7_900_000, 0.04, false], // 3.95% < 4%
    [300_000_000, 9_600_000, 0.03, true], // 3.2% ≥ 3%
  ])('revenue %i with R&D %i needs %f → %s', (revenue, rd, required, passed) => {
    const financials = [2022, 2023, 2024].map((year) =>
      makeFullStatement(year, { revenueFen: yuan(revenue), rdExpenseFen: yuan(rd), rdExpenseDomesticFen: yuan(rd), highTechRevenueFen: yuan(revenue) }),
    );
    expect(rule(makeProfile({ financials }), 'rd_ratio_3y')).toMatchObject({ passed, required });
  });

  it.each([
    ['I6513', true],
    ['C3973', true], // under C39
    ['M7340', true],
    ['R8626', true], // digital publishing, listed at class level
    ['R8625', false],
    ['F5179', false],
  ])('industry %s supported: %s', (industryCode, passed) => {
    const profile = makeProfile();
    expect(rule({ ...profile, registration: { ...profile.registration, industryCode } }, 'supported_field').passed).toBe(passed);
  });

  it('names the matching field prefix, or lists them all when none matches', () => {
    const profile = makeProfile();
    expect(rule(profile, 'supported_field').message).toBe('In a supported high-tech field: I6513, required is under one of I65; met. Judged by registered industry code.');
    const other = { ...profile, registration: { ...profile.registration, industryCode: 'F5179' } };
    expect(rule(other, 'supported_field').message).toContain('required is under one of C26, C27, C34');
  });

  it('needs a year of registration, core IP, 10% S&T staff, 60% domestic R&D and 60% high-tech revenue', () => {
    const base = makeProfile({ financials: growing() });
    const young = { ...base, registration: { ...base.registration, foundedOn: '2024-07-01' } };
    expect(rule(young, 'registered_one_year')).toMatchObject({ passed: false, message: 'Registered at least one year: 0.99 years, required ≥ 1 year; not met.' });
    expect(rule({ ...base, registration: { ...base.registration, foundedOn: '2024-06-30' } }, 'registered_one_year').passed).toBe(true);
    expect(rule({ ...base, ip: [] }, 'core_ip').passed).toBe(false);
    const foreign = growing().map((s) => ({ ...s, rdExpenseDomesticFen: yuan(400_000) })); // 50%
    expect(rule({ ...base, financials: foreign }, 'rd_domestic_share')).toMatchObject({ passed: false, actual: 0.5 });
    const lowTech = growing().map((s) => ({ ...s, highTechRevenueFen: yuan(5_900_000) }));
    expect(rule({ ...base, financials: lowTech }, 'high_tech_revenue')).toMatchObject({ passed: false, actual: 0.59 });
  });

  it('says the innovation score is approximated', () => {
    expect(rule(makeProfile(), 'innovation_ip').message).toContain('Approximated from the profile');
    expect(rule(makeProfile(), 'innovation_ip').note).toMatch(/^Approximated from the profile/);
  });

  it('says why a threshold chosen by revenue cannot be chosen', () => {
    const noRevenue = [2022, 2023, 2024].map((year) => makeFullStatement(year, { revenueFen: null }));
    expect(rule(makeProfile({ financials: noRevenue }), 'rd_ratio_3y')).toMatchObject({
      passed: false,
      required: null,
      missing: [
        { code: 'threshold_unknown', params: { measure: 'revenue_yuan' } },
        { code: 'figure_missing', params: { figure: 'revenue', year: 2024 } },
      ],
    });
  });
});
