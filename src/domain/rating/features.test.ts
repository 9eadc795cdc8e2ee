// Each feature on a profile whose figures are round, so the expected values are worked out by hand.
import { describe, expect, it } from 'vitest';
import { makeFullStatement, makePeopleMonth, makeProfile, yuan } from '../profile/fixtures.ts';
import { computeFeatures, FEATURES } from './features.ts';

const today = '2025-06-30';

describe('feature catalogue', () => {
  it('gives every feature a definition, a unit and a missing-value rule', () => {
    for (const f of FEATURES) {
      expect(f.definition.length).toBeGreaterThan(5);
      expect(f.missingSubScore).toBeGreaterThanOrEqual(0);
      expect(f.missingSubScore).toBeLessThanOrEqual(1);
    }
    expect(new Set(FEATURES.map((f) => f.key)).size).toBe(FEATURES.length);
  });

  it('computes the financial features from the latest statement (2024) and the one before', () => {
    const profile = makeProfile({ financials: [makeFullStatement(2023, { revenueFen: yuan(8_000_000) }), makeFullStatement(2024)] });
    const f = computeFeatures(profile, today);
    expect(f.revenue).toBe(10_000_000);
    expect(f.revenue_growth).toBeCloseTo(0.25); // 10m / 8m − 1
    expect(f.net_margin).toBeCloseTo(0.12); // 1.2m / 10m
    expect(f.debt_to_assets).toBeCloseTo(0.4); // 8m / 20m
    expect(f.current_ratio).toBeCloseTo(2); // 12m / 6m
    expect(f.cash_flow_margin).toBeCloseTo(0.1); // 1m / 10m
    expect(f.rd_intensity).toBeCloseTo(0.08); // 0.8m / 10m
  });

  it('computes staff shares from the latest month and counts IP in force', () => {
    const f = computeFeatures(makeProfile({ people: [makePeopleMonth('2025-05')] }), today);
    expect(f.rd_staff_share).toBeCloseTo(0.25); // 25 / 100
    expect(f.postgrad_share).toBeCloseTo(0.1); // 10 / 100
    expect(f.invention_patents).toBe(1);
    expect(f.new_inventions).toBe(0); // granted 2019, outside 24 months
  });

  it('reads compliance: tax grade as a number, events in the last three years, open listings', () => {
    const f = computeFeatures(
      makeProfile({
        taxGrades: [{ year: 2023, grade: 'A' }, { year: 2024, grade: 'M' }],
        complianceEvents: [
          { kind: 'legal_case', reference: 'C1', occurredOn: '2024-01-01', resolvedOn: null, amountFen: null, description: '合同纠纷' },
          { kind: 'legal_case', reference: 'C0', occurredOn: '2021-01-01', resolvedOn: '2021-06-01', amountFen: null, description: '旧案' },
          { kind: 'abnormal_operation', reference: 'L1', occurredOn: '2025-01-01', resolvedOn: null, amountFen: null, description: '未按时年报' },
        ],
        loans: [{ lender: '银行', amountFen: yuan(1_000_000), startedOn: '2024-01-01', maturesOn: '2025-01-01', status: 'overdue' }],
      }),
      today,
    );
    expect(f.tax_grade).toBe(2); // M, the latest year
    expect(f.legal_cases).toBe(1); // 2021 is outside the three years
    expect(f.abnormal_listing).toBe(1);
    expect(f.overdue_loans).toBe(1);
  });

  it('gives null, not zero, when a figure is missing', () => {
    const f = computeFeatures(makeProfile({ financials: [], people: [], taxGrades: [] }), today);
    expect([f.revenue, f.rd_intensity, f.rd_staff_share, f.tax_grade, f.headcount_trend]).toEqual([null, null, null, null, null]);
  });

  it('measures the insured headcount trend over six months', () => {
    const people = [makePeopleMonth('2024-11', { socialInsuranceHeadcount: 100 }), makePeopleMonth('2025-05', { socialInsuranceHeadcount: 80 })];
    expect(computeFeatures(makeProfile({ people }), today).headcount_trend).toBeCloseTo(-0.2);
  });
});
