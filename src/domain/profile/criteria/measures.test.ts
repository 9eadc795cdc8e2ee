import { describe, expect, it } from 'vitest';
import { makeFullStatement, makePeopleMonth, makeProfile, makeStatement, yuan } from '../fixtures.ts';
import { measure, MEASURES } from './measures.ts';
import { MEASURE_NAMES, type MeasureName } from './types.ts';

const TODAY = '2025-06-30';

describe('measures on the fixture profile (statements 2022–2024, headcount 2025-05)', () => {
  const profile = makeProfile();
  it.each([
    ['employees', 100],
    ['revenue_yuan', 10_000_000],
    ['total_assets_yuan', 20_000_000],
    ['st_staff_share', 0.35], // 35 / 100
    ['rd_staff_share', 0.25], // 25 / 100
    ['rd_revenue_ratio', 0.08], // 0.8m / 10m
    ['rd_cost_ratio', 0.8 / 8.5], // 0.8m / (10m − 1.5m)
    ['rd_revenue_ratio_3y', 0.08], // 2.4m / 30m
    ['rd_domestic_share_3y', 1],
    ['high_tech_revenue_share', 0.7],
    ['class1_ip_count', 1], // the granted invention patent
    ['class2_ip_count', 0],
    ['core_ip_count', 1],
    ['registered_years', 7 + 107 / 365], // 2018-03-15 → 2025-06-30
    ['industry_code', 'I6513'],
    ['revenue_growth_avg', 0],
    ['net_asset_growth_avg', 0],
    ['open_abnormal_operations', 0],
    ['valid_hnte', 0],
    ['valid_rd_platform', 0],
  ] as const)('%s = %s', (name, expected) => {
    const { value } = measure(profile, name, TODAY);
    if (typeof expected === 'number') expect(value as number).toBeCloseTo(expected, 12);
    else expect(value).toBe(expected);
  });

  it('defines every measure name once', () => {
    expect([...MEASURES.keys()].sort()).toEqual([...MEASURE_NAMES].sort());
  });
});

describe('measures: which statements and months count', () => {
  it('uses the latest completed year no older than two years', () => {
    const profile = makeProfile({ financials: [makeFullStatement(2023, { revenueFen: yuan(7_000_000) }), makeFullStatement(2025)] });
    expect(measure(profile, 'revenue_yuan', TODAY).value).toBe(7_000_000); // 2025 is not complete yet
    const stale = makeProfile({ financials: [makeFullStatement(2022)] });
    expect(measure(stale, 'revenue_yuan', TODAY)).toEqual({ value: null, missing: 'no financial statement for 2024 or 2023', reason: { code: 'no_statement', params: { years: [2024, 2023] } } });
  });

  it('falls back to registered employees without recent headcounts', () => {
    const profile = makeProfile({ people: [makePeopleMonth('2024-05', { employees: 80 })] });
    expect(measure(profile, 'employees', TODAY).value).toBe(100);
    expect(measure(profile, 'st_staff_share', TODAY)).toEqual({ value: null, missing: 'no headcount in the 12 months to 2025-06', reason: { code: 'no_headcount', params: { month: '2025-06' } } });
  });

  it('takes the latest month and ignores future months', () => {
    const profile = makeProfile({ people: [makePeopleMonth('2025-05', { stStaff: 40 }), makePeopleMonth('2025-03', { stStaff: 10 }), makePeopleMonth('2025-07', { stStaff: 90 })] });
    expect(measure(profile, 'st_staff_share', TODAY).value).toBe(0.4);
  });

  it('names the missing figure', () => {
    const profile = makeProfile({ financials: [makeFullStatement(2024, { rdExpenseFen: null })] });
    expect(measure(profile, 'rd_revenue_ratio', TODAY).missing).toBe('R&D / revenue cannot be computed from the 2024 statement');
    expect(measure(profile, 'rd_revenue_ratio_3y', TODAY).missing).toBe('3-year R&D / revenue cannot be computed: a figure is missing in 2024');
    expect(measure(profile, 'rd_revenue_ratio', TODAY).reason).toEqual({ code: 'ratio_uncomputable', params: { measure: 'rd_revenue_ratio', year: 2024 } });
    expect(measure(profile, 'rd_revenue_ratio_3y', TODAY).reason).toEqual({ code: 'ratio_uncomputable_years', params: { measure: 'rd_revenue_ratio_3y', years: [2024] } });
  });

  it.each([
    // revenues of 2022, 2023, 2024 → HNTE growth ((b/a) + (c/b)) / 2 − 1
    [[6_000_000, 8_000_000, 10_000_000], (8 / 6 + 10 / 8) / 2 - 1],
    [[null, 8_000_000, 10_000_000], 0.25], // two years only
    [[5_000_000, 0, 10_000_000], null], // a zero base year
  ])('revenue growth of %j is %s', (revenues, expected) => {
    const financials = revenues.map((revenue, i) => makeFullStatement(2022 + i, { revenueFen: revenue === null ? null : yuan(revenue) }));
    const present = financials.filter((s) => s.revenueFen !== null);
    const value = measure(makeProfile({ financials: present }), 'revenue_growth_avg', TODAY).value;
    if (expected === null) expect(value).toBeNull();
    else expect(value as number).toBeCloseTo(expected, 12);
  });

  it('measures growth over consecutive years only', () => {
    const gap = [makeStatement(2022, { revenueFen: yuan(1_000_000) }), makeFullStatement(2024)];
    expect(measure(makeProfile({ financials: gap }), 'revenue_growth_avg', TODAY)).toEqual({
      value: null,
      missing: 'revenue growth needs two consecutive years of statements',
      reason: { code: 'growth_needs_two_years', params: { figure: 'revenue' } },
    });
  });

  it('counts IP in force by class', () => {
    const ip = makeProfile().ip;
    const profile = makeProfile({
      ip: [
        ...ip,
        { kind: 'utility_model', number: 'ZL201820000001.1', title: 'a', status: 'granted', appliedOn: '2018-01-01', grantedOn: '2018-09-01' },
        { kind: 'software_copyright', number: '2023SR0000001', title: 'b', status: 'granted', appliedOn: '2023-01-01', grantedOn: '2023-03-01' },
        { kind: 'design_patent', number: 'ZL201830000001.1', title: 'c', status: 'lapsed', appliedOn: '2018-01-01', grantedOn: '2018-06-01' },
        { kind: 'invention_patent', number: 'ZL202410000001.1', title: 'd', status: 'pending', appliedOn: '2024-01-01', grantedOn: null },
        { kind: 'trademark', number: '12345678', title: 'e', status: 'granted', appliedOn: '2020-01-01', grantedOn: '2021-01-01' },
      ],
    });
    expect(measure(profile, 'class1_ip_count', TODAY).value).toBe(1);
    expect(measure(profile, 'class2_ip_count', TODAY).value).toBe(2);
    expect(measure(profile, 'core_ip_count', TODAY).value).toBe(3);
  });

  it('counts abnormal-operation listings still open today, and valid certificates', () => {
    const profile = makeProfile({
      complianceEvents: [
        { kind: 'abnormal_operation', reference: 'a', occurredOn: '2024-01-01', resolvedOn: null, amountFen: null, description: '' },
        { kind: 'abnormal_operation', reference: 'b', occurredOn: '2023-01-01', resolvedOn: '2023-05-01', amountFen: null, description: '' },
        { kind: 'abnormal_operation', reference: 'c', occurredOn: '2025-01-01', resolvedOn: '2025-08-01', amountFen: null, description: '' },
      ],
      qualifications: [
        { kind: 'hnte', certificateNo: 'GR202231000001', validFrom: '2022-12-01', validTo: '2025-11-30' },
        { kind: 'provincial_rd_platform', certificateNo: 'x', validFrom: '2020-01-01', validTo: '2022-12-31' },
      ],
    });
    const value = (name: MeasureName) => measure(profile, name, TODAY).value;
    expect(value('open_abnormal_operations')).toBe(2);
    expect(value('valid_hnte')).toBe(1);
    expect(value('valid_rd_platform')).toBe(0);
  });
});
