import { describe, expect, it } from 'vitest';
import { evaluateStarFacts, type StarFacts, STAR_2024 } from './index.ts';
import type { StarYear } from './facts.ts';

const YI = 10_000_000_000n; // ¥100m in fen
const WAN = 1_000_000n; // ¥10k in fen

/** Three years of figures in ¥10k (万元), oldest first. */
const years = (rows: [revenue: number, rd: number, profit: number, ocf: number][]): StarYear[] =>
  rows.map(([revenue, rd, profit, ocf], i) => ({
    year: 2023 + i,
    revenueFen: BigInt(revenue) * WAN,
    rdExpenseFen: BigInt(rd) * WAN,
    netProfitFen: BigInt(profit) * WAN,
    operatingCashFlowFen: BigInt(ocf) * WAN,
  }));

/** Meets every attribute: R&D 6% of revenue, 12% R&D staff, 8 patents, revenue ¥320m last year. */
const strong = (over: Partial<StarFacts> = {}): StarFacts => ({
  years: years([[20_000, 1_200, 2_000, 2_500], [26_000, 1_560, 3_000, 3_500], [32_000, 1_920, 4_000, 4_500]]),
  staff: { month: '2025-12', employees: 500, rdStaff: 60 },
  staffBefore: { month: '2024-12', employees: 450, rdStaff: 50 },
  inventionPatents: 8,
  inventionPatentsRecent: 6,
  ...over,
});

const run = (facts: StarFacts, mv: bigint | null = null) => evaluateStarFacts(STAR_2024, facts, { fen: mv, source: mv === null ? 'none' : 'user' });
const indicator = (facts: StarFacts, id: string) => run(facts).indicators.find((i) => i.id === id)!;
const standard = (facts: StarFacts, mv: bigint | null, id: string) => run(facts, mv).standards.find((s) => s.id === id)!;

describe('STAR attributes (2024)', () => {
  it('meets every group of a strong firm through the regular indicators', () => {
    const result = run(strong());
    expect(result.attributesMet).toBe(true);
    expect(result.attributesMetBy).toBe('regular');
    expect(result.groups.map((g) => [g.id, g.met])).toEqual([['rd_investment', true], ['rd_staff', true], ['invention_patents', true], ['revenue', true], ['exception', false]]);
    expect(result.fiscalYears).toEqual([2023, 2024, 2025]);
  });

  it.each([
    // R&D share over 3 years, exactly at 5% and a fen short of it.
    ['rd_share_of_revenue', strong({ years: years([[10_000, 500, 1, 1], [10_000, 500, 1, 1], [10_000, 500, 1, 1]]) }), true, 0.05, 0],
    ['rd_share_of_revenue', strong({ years: years([[10_000, 500, 1, 1], [10_000, 500, 1, 1], [10_000, 499, 1, 1]]) }), false, 0.049967, 0.000034],
    // R&D total ≥ ¥80m.
    ['rd_total', strong({ years: years([[100_000, 3_000, 1, 1], [100_000, 3_000, 1, 1], [100_000, 2_000, 1, 1]]) }), true, 8_000n * WAN, 0n],
    ['rd_total', strong({ years: years([[100_000, 3_000, 1, 1], [100_000, 3_000, 1, 1], [100_000, 1_000, 1, 1]]) }), false, 7_000n * WAN, 1_000n * WAN],
    ['rd_staff_share', strong({ staff: { month: '2025-12', employees: 500, rdStaff: 50 } }), true, 0.1, 0],
    ['rd_staff_share', strong({ staff: { month: '2025-12', employees: 500, rdStaff: 49 } }), false, 0.098, 0.002],
    ['invention_patents', strong({ inventionPatents: 7 }), true, 7, 0],
    ['invention_patents', strong({ inventionPatents: 5 }), false, 5, 2],
    // Revenue growth 25% a year: 100 → 156.25 is exactly 25% compounded over two years.
    ['revenue_growth', strong({ years: years([[10_000, 600, 1, 1], [12_500, 750, 1, 1], [15_625, 940, 1, 1]]) }), true, 0.25, 0],
    ['revenue_growth', strong({ years: years([[10_000, 600, 1, 1], [12_500, 750, 1, 1], [15_624, 940, 1, 1]]) }), false, 0.24996, 0.00004],
    ['last_revenue', strong(), true, 3n * YI + 2_000n * WAN, 0n],
    ['last_revenue', strong({ years: years([[20_000, 1_200, 1, 1], [25_000, 1_500, 1, 1], [29_000, 1_740, 1, 1]]) }), false, 29_000n * WAN, 1_000n * WAN],
    ['exception_invention_patents', strong({ inventionPatents: 50 }), true, 50, 0],
    ['exception_invention_patents', strong({ inventionPatents: 49 }), false, 49, 1],
  ])('%s: met %s', (id, facts, met, actual, gap) => {
    const result = indicator(facts as StarFacts, id as string);
    expect(result).toMatchObject({ met, actual, gap });
  });

  it('meets a group through either of its indicators', () => {
    // R&D only 3% of a large revenue, but ¥90m in total: the R&D group holds.
    const facts = strong({ years: years([[100_000, 3_000, 1, 1], [100_000, 3_000, 1, 1], [100_000, 3_000, 1, 1]]) });
    const result = run(facts);
    expect(result.indicators.find((i) => i.id === 'rd_share_of_revenue')!.met).toBe(false);
    expect(result.groups.find((g) => g.id === 'rd_investment')!.met).toBe(true);
  });

  it('passes on the exception of 50 invention patents when the regular groups fail', () => {
    const facts = strong({ inventionPatents: 52, staff: { month: '2025-12', employees: 500, rdStaff: 10 } });
    expect(run(facts)).toMatchObject({ attributesMet: true, attributesMetBy: 'exception' });
    expect(run(strong({ inventionPatents: 49, staff: { month: '2025-12', employees: 500, rdStaff: 10 } })).attributesMet).toBe(false);
  });

  it('cannot meet a figure without its years and says which data is missing', () => {
    const result = run(strong({ years: years([[20_000, 1_200, 1, 1], [26_000, 1_560, 1, 1]]), staff: null }));
    const share = result.indicators.find((i) => i.id === 'rd_share_of_revenue')!;
    expect(share).toMatchObject({ met: false, actual: null, missing: 'financial_years', outlook: 'no_data', yearsToClose: null });
    expect(result.indicators.find((i) => i.id === 'rd_staff_share')).toMatchObject({ missing: 'staff_month', outlook: 'no_data' });
    // The last year's revenue needs only the last year.
    expect(result.indicators.find((i) => i.id === 'last_revenue')!.actual).toBe(26_000n * WAN);
  });
});

describe('years to close at the recent growth', () => {
  it('counts whole years for revenue at its compound growth', () => {
    // ¥200m growing 10% a year: 220 → 242 → 266 → 293 → 322, so ¥300m is reached in the 5th year.
    const facts = strong({ years: years([[16_529, 2_000, 1, 1], [18_182, 2_000, 1, 1], [20_000, 2_000, 1, 1]]) });
    expect(indicator(facts, 'last_revenue')).toMatchObject({ met: false, outlook: 'closes', yearsToClose: 5 });
  });

  it('says a gap does not close when the figure shrinks or stands still', () => {
    const shrinking = strong({ years: years([[25_000, 1_500, 1, 1], [22_000, 1_320, 1, 1], [20_000, 1_200, 1, 1]]) });
    expect(indicator(shrinking, 'last_revenue')).toMatchObject({ met: false, outlook: 'not_at_current_growth', yearsToClose: null });
    const flatStaff = strong({ staff: { month: '2025-12', employees: 500, rdStaff: 40 }, staffBefore: { month: '2024-12', employees: 500, rdStaff: 40 } });
    expect(indicator(flatStaff, 'rd_staff_share')).toMatchObject({ outlook: 'not_at_current_growth', yearsToClose: null });
  });

  it('closes a staff share when R&D staff grow faster than the workforce', () => {
    // 40 of 500 (8%); R&D staff +25% a year, employees flat: 50 of 500 after one year.
    const facts = strong({ staff: { month: '2025-12', employees: 500, rdStaff: 40 }, staffBefore: { month: '2024-12', employees: 500, rdStaff: 32 } });
    expect(indicator(facts, 'rd_staff_share')).toMatchObject({ outlook: 'closes', yearsToClose: 1 });
  });

  it('adds patents at the recent yearly rate of grants', () => {
    // 3 patents, 3 granted in the last three years: one a year, 7 reached in 4 years.
    expect(indicator(strong({ inventionPatents: 3, inventionPatentsRecent: 3 }), 'invention_patents')).toMatchObject({ yearsToClose: 4, gap: 4 });
    expect(indicator(strong({ inventionPatents: 3, inventionPatentsRecent: 0 }), 'invention_patents')).toMatchObject({ outlook: 'not_at_current_growth' });
  });

  it('gives 0 years for what is met', () => {
    expect(indicator(strong(), 'rd_staff_share')).toMatchObject({ outlook: 'met', yearsToClose: 0 });
  });
});

describe('listing standards (article 2.1.2)', () => {
  const mv = (yi: number) => BigInt(yi * 10) * YI / 10n;

  it('standard 1: ¥1bn and two profitable years totalling ¥50m', () => {
    expect(standard(strong(), mv(10), 'standard_1')).toMatchObject({ met: true, status: 'met', gaps: [] });
    // Profits of ¥20m and ¥25m: ¥45m in two years fails the first alternative; revenue ¥320m meets the second.
    const small = strong({ years: years([[20_000, 1_200, 2_000, 1], [26_000, 1_560, 2_000, 1], [32_000, 1_920, 2_500, 1]]) });
    expect(standard(small, mv(10), 'standard_1').met).toBe(true);
  });

  it('standard 1: below ¥1bn names the market value as the gap, not projected', () => {
    const result = standard(strong(), mv(9), 'standard_1');
    expect(result.met).toBe(false);
    expect(result.gaps).toEqual([expect.objectContaining({ kind: 'market_value', actual: mv(9), required: mv(10), gap: mv(1), outlook: 'not_projected' })]);
  });

  it('standard 1: a loss-making firm shows the profit conditions of its closest alternative', () => {
    const losing = strong({ years: years([[20_000, 1_200, -500, 1], [26_000, 1_560, -300, 1], [32_000, 1_920, -100, 1]]) });
    const result = standard(losing, mv(12), 'standard_1');
    expect(result.met).toBe(false);
    expect(result.gaps.map((g) => g.kind)).toEqual(['net_profit_positive_each_year']);
    expect(result.gaps[0]).toMatchObject({ actual: -100n * WAN, gap: 100n * WAN + 1n });
  });

  it('standard 2: ¥1.5bn, revenue ¥200m and R&D ≥ 15% of revenue over three years', () => {
    const rdHeavy = strong({ years: years([[20_000, 3_000, 1, 1], [25_000, 3_750, 1, 1], [30_000, 4_500, 1, 1]]) });
    expect(standard(rdHeavy, mv(15), 'standard_2').met).toBe(true);
    const gaps = standard(strong(), mv(15), 'standard_2').gaps;
    expect(gaps).toEqual([expect.objectContaining({ kind: 'rd_share_of_revenue', actual: 0.06, required: 0.15, gap: 0.09 })]);
  });

  it('standard 3: ¥2bn, revenue ¥300m and operating cash flow ≥ ¥100m over three years', () => {
    expect(standard(strong(), mv(20), 'standard_3').met).toBe(true);
    const thin = strong({ years: years([[20_000, 1_200, 1, 3_000], [26_000, 1_560, 1, 3_000], [32_000, 1_920, 1, 3_000]]) });
    expect(standard(thin, mv(20), 'standard_3').gaps).toEqual([expect.objectContaining({ kind: 'operating_cash_flow_total', gap: 1_000n * WAN })]);
  });

  it('standard 4: ¥3bn and revenue ¥300m; revenue closes at its growth', () => {
    expect(standard(strong(), mv(30), 'standard_4').met).toBe(true);
    const smaller = strong({ years: years([[16_529, 2_000, 1, 1], [18_182, 2_000, 1, 1], [20_000, 2_000, 1, 1]]) });
    expect(standard(smaller, mv(30), 'standard_4').gaps).toEqual([expect.objectContaining({ kind: 'revenue_last_year', outlook: 'closes', yearsToClose: 5 })]);
  });

  it('standard 5: never met automatically; at ¥4bn it needs an assessment', () => {
    const at = standard(strong(), mv(40), 'standard_5');
    expect(at).toMatchObject({ met: false, status: 'needs_assessment' });
    expect(at.gaps).toEqual([expect.objectContaining({ kind: 'needs_assessment', topic: 'major_breakthrough', outlook: 'not_projected' })]);
    expect(standard(strong(), mv(39), 'standard_5')).toMatchObject({ status: 'not_met' });
  });

  it('without a market value every standard lacks it', () => {
    const result = run(strong(), null);
    for (const s of result.standards) expect(s.gaps.some((g) => g.kind === 'market_value' && g.missing === 'market_value')).toBe(true);
  });
});
