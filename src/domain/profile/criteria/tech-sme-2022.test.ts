import { describe, expect, it } from 'vitest';
import { makeFullStatement, makePeopleMonth, makeProfile, yuan } from '../fixtures.ts';
import type { EnterpriseProfile, IpItem } from '../types.ts';
import { evaluateCriteria } from './evaluate.ts';
import { TECH_SME_2022 } from './tech-sme-2022.ts';

const TODAY = '2025-06-30';
const evaluate = (profile: EnterpriseProfile) => evaluateCriteria(TECH_SME_2022, profile, TODAY);
const pointsOf = (profile: EnterpriseProfile, id: string) => evaluate(profile).rules.find((r) => r.id === id)!.points;

const withStaff = (stStaff: number) => makeProfile({ people: [makePeopleMonth('2025-05', { employees: 100, stStaff })] });
/** Only the 2024 statement matters; revenue 10m, operating profit sets total cost = 10m − profit. */
const withRd = (rd: number, operatingProfit = 1_500_000) =>
  makeProfile({ financials: [makeFullStatement(2024, { rdExpenseFen: yuan(rd), rdExpenseDomesticFen: yuan(rd), operatingProfitFen: yuan(operatingProfit) })] });
const copyright = (n: number, status: IpItem['status'] = 'granted'): IpItem => ({
  kind: 'software_copyright', number: `2023SR000000${n}`, title: `软件${n}`, status, appliedOn: '2023-01-01', grantedOn: status === 'pending' ? null : '2023-03-01',
});
const withClassTwo = (count: number) => makeProfile({ ip: Array.from({ length: count }, (_, i) => copyright(i)) });

describe('tech SME 2022: the fixture profile', () => {
  it('passes with 100 points, every rule explained', () => {
    const result = evaluate(makeProfile());
    expect(result).toMatchObject({ code: 'tech_sme', version: '2022-1', passed: true, score: 100, maxScore: 100, passedBy: 'rules' });
    expect(result.rules.map((r) => [r.id, r.passed, r.points ?? null])).toEqual([
      ['employees_max', true, null],
      ['revenue_max', true, null],
      ['total_assets_max', true, null],
      ['no_abnormal_operation', true, null],
      ['st_staff', true, 20],
      ['rd_input', true, 50],
      ['ip', true, 30],
      ['direct_hnte', false, null],
      ['direct_rd_platform', false, null],
    ]);
    expect(result.rules[4]!.message).toBe('S&T staff share: 20 of 20 points (S&T staff / employees, latest month 35%; full points from 30%).');
    expect(result.rules[0]!.message).toBe('Employees at most 500: 100, required ≤ 500; met.');
  });
});

describe('tech SME 2022: published bands', () => {
  // S&T staff share of 100 employees: 30% (含) 20, 25% 16, 20% 12, 15% 8, 10% 4, below 0.
  it.each([[30, 20], [29, 16], [25, 16], [24, 12], [20, 12], [19, 8], [15, 8], [14, 4], [10, 4], [9, 0]])(
    '%i S&T staff of 100 → %i points',
    (staff, points) => expect(pointsOf(withStaff(staff), 'st_staff')).toBe(points),
  );

  // R&D / revenue of ¥10m (total cost 8.5m keeps the cost ratio below its bands): 6% 50, 5% 40, 4% 30, 3% 20, 2% 10.
  it.each([[600_000, 50], [599_999, 40], [500_000, 40], [400_000, 30], [300_000, 20], [200_000, 10], [199_999, 0]])(
    'R&D ¥%i → %i points',
    (rd, points) => expect(pointsOf(withRd(rd), 'rd_input')).toBe(points),
  );

  it('scores R&D on total cost when that is better (30% of cost → 50)', () => {
    // revenue 10m, operating profit 9m → total cost 1m; R&D 0.3m is 3% of revenue (20) but 30% of cost (50)
    const result = evaluate(withRd(300_000, 9_000_000)).rules.find((r) => r.id === 'rd_input')!;
    expect(result).toMatchObject({ points: 50, actual: 0.3, required: 0.3 });
    expect(result.message).toContain('R&D expense / (revenue − operating profit)');
  });

  // IP: one Class-I item or 4+ Class-II items 30 (domain reference); 3 → 18, 2 → 12, 1 → 6.
  it.each([[0, 0], [1, 6], [2, 12], [3, 18], [4, 30], [9, 30]])('%i Class-II items → %i points', (count, points) => {
    expect(pointsOf(withClassTwo(count), 'ip')).toBe(points);
  });

  it('counts only IP in force', () => {
    const profile = makeProfile({ ip: [copyright(1), copyright(2, 'pending'), copyright(3, 'lapsed')] });
    expect(pointsOf(profile, 'ip')).toBe(6);
  });
});

describe('tech SME 2022: passing', () => {
  it.each([
    // [S&T staff of 100, R&D yuan, Class-II items, passes, score]
    [10, 600_000, 1, true, 60], // 4 + 50 + 6: exactly the pass mark
    [10, 599_999, 2, false, 56], // 4 + 40 + 12
    [9, 600_000, 4, false, 80], // 0 + 50 + 30: staff score must not be 0
    [30, 200_000, 3, false, 48], // 20 + 10 + 18
    [25, 400_000, 4, true, 76], // 16 + 30 + 30
  ])('staff %i, R&D %i, %i Class-II → %s (%i points)', (staff, rd, items, passed, score) => {
    const profile: EnterpriseProfile = {
      ...withRd(rd),
      people: [makePeopleMonth('2025-05', { employees: 100, stStaff: staff })],
      ip: Array.from({ length: items }, (_, i) => copyright(i)),
    };
    expect(evaluate(profile)).toMatchObject({ passed, score });
  });

  it('applies the size limits exactly, to the fen', () => {
    const rd = { rdExpenseFen: yuan(12_000_000), rdExpenseDomesticFen: yuan(12_000_000) }; // 6%: full R&D points
    const at = (revenueFen: bigint) => makeProfile({ financials: [makeFullStatement(2024, { revenueFen, totalAssetsFen: yuan(200_000_000), ...rd })] });
    expect(evaluate(at(yuan(200_000_000))).passed).toBe(true);
    const over = evaluate(at(yuan(200_000_000) + 1n));
    expect(over.passed).toBe(false);
    expect(over.rules.find((r) => r.id === 'revenue_max')).toMatchObject({ passed: false, actual: 200_000_000.01, required: 200_000_000 });
    const staff = makeProfile({ people: [makePeopleMonth('2025-05', { employees: 501, stStaff: 200 })] });
    expect(evaluate(staff).passed).toBe(false);
  });

  it('fails a firm on the abnormal-operation list', () => {
    const listed = makeProfile({
      complianceEvents: [{ kind: 'abnormal_operation', reference: 'x', occurredOn: '2025-01-10', resolvedOn: null, amountFen: null, description: '' }],
    });
    expect(evaluate(listed)).toMatchObject({ passed: false, score: 100 });
  });

  it('confirms an HNTE holder directly, but not past the size limits', () => {
    const weak: EnterpriseProfile = { ...withRd(100_000), people: [makePeopleMonth('2025-05', { stStaff: 5 })], ip: [] };
    const hnte = { kind: 'hnte' as const, certificateNo: 'GR202331000001', validFrom: '2023-12-01', validTo: '2026-11-30' };
    expect(evaluate(weak)).toMatchObject({ passed: false, score: 0 });
    expect(evaluate({ ...weak, qualifications: [hnte] })).toMatchObject({ passed: true, passedBy: 'shortcut', score: 0 });
    const large = { ...weak, qualifications: [hnte], financials: [makeFullStatement(2024, { revenueFen: yuan(300_000_000) })] };
    expect(evaluate(large).passed).toBe(false);
  });

  it('fails, with reasons, when data is missing instead of throwing', () => {
    const result = evaluate(makeProfile({ financials: [], people: [] }));
    expect(result.passed).toBe(false);
    const messages = Object.fromEntries(result.rules.map((r) => [r.id, r.message]));
    expect(messages.revenue_max).toBe('Revenue at most ¥200m: cannot check, no financial statement for 2024 or 2023.');
    expect(messages.st_staff).toBe('S&T staff share: 0 of 20 points, cannot score: no headcount in the 12 months to 2025-06.');
    expect(result.rules.find((r) => r.id === 'revenue_max')).toMatchObject({ passed: false, actual: null, required: 200_000_000 });
    // The same reasons as codes with parameters, which the web words in the reader's language.
    expect(result.rules.find((r) => r.id === 'revenue_max')).toMatchObject({ measure: 'revenue_yuan', unit: 'yuan', missing: [{ code: 'no_statement', params: { years: [2024, 2023] } }] });
    expect(result.rules.find((r) => r.id === 'st_staff')).toMatchObject({ measure: 'st_staff_share', unit: 'fraction', missing: [{ code: 'no_headcount', params: { month: '2025-06' } }] });
  });
});
