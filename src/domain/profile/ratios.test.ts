import { describe, expect, it } from 'vitest';
import { makeFullStatement, makeStatement, yuan } from './fixtures.ts';
import { computeRatios, RATIO_DEFINITIONS, RATIO_KEYS, ratioOf } from './ratios.ts';

// The full statement: revenue 10m, cost of sales 4m, operating profit 1.5m, net profit 1.2m,
// assets 20m, liabilities 8m, current assets 12m, current liabilities 6m, cash 3m,
// R&D 0.8m (all domestic), tax 0.5m, high-tech revenue 7m.
const full = makeFullStatement(2024);

describe('computeRatios on a complete statement', () => {
  const ratios = computeRatios(full);
  it.each([
    ['grossMargin', 0.6], // (10 − 4) / 10
    ['operatingMargin', 0.15], // 1.5 / 10
    ['netMargin', 0.12], // 1.2 / 10
    ['debtToAssets', 0.4], // 8 / 20
    ['currentRatio', 2], // 12 / 6
    ['cashRatio', 0.5], // 3 / 6
    ['returnOnAssets', 0.06], // 1.2 / 20
    ['rdIntensity', 0.08], // 0.8 / 10
    ['domesticRdShare', 1], // 0.8 / 0.8
    ['taxBurden', 0.05], // 0.5 / 10
    ['highTechRevenueShare', 0.7], // 7 / 10
  ] as const)('%s = %f', (key, expected) => {
    expect(ratios[key]).toBeCloseTo(expected, 12);
  });

  it('has no growth without a previous year', () => {
    expect(ratios.revenueGrowth).toBeNull();
    expect(ratios.netProfitGrowth).toBeNull();
  });
});

describe('computeRatios: growth against the previous year', () => {
  it.each([
    // [previous revenue, previous net profit, current net profit, revenue growth, profit growth]
    [8_000_000, 600_000, 1_200_000, 0.25, 1], // 10/8 − 1; (1.2 − 0.6) / 0.6
    [8_000_000, -600_000, 1_200_000, 0.25, 3], // loss to profit: (1.2 + 0.6) / 0.6
    [10_000_000, -600_000, -1_200_000, 0, -1], // deeper loss: (−1.2 + 0.6) / 0.6
    [12_500_000, 0, 1_200_000, -0.2, null], // no profit last year: growth undefined
    [0, 600_000, 1_200_000, null, 1], // no revenue last year: growth undefined
  ])('prev revenue %i, prev profit %i, profit %i → %s, %s', (prevRevenue, prevProfit, profit, revenueGrowth, profitGrowth) => {
    const current = makeFullStatement(2024, { netProfitFen: yuan(profit) });
    const previous = makeFullStatement(2023, { revenueFen: yuan(prevRevenue), netProfitFen: yuan(prevProfit) });
    const ratios = computeRatios(current, previous);
    expect(ratios.revenueGrowth === null ? null : Number(ratios.revenueGrowth.toFixed(12))).toBe(revenueGrowth);
    expect(ratios.netProfitGrowth === null ? null : Number(ratios.netProfitGrowth.toFixed(12))).toBe(profitGrowth);
  });

  it('gives no growth when the previous statement is not the year before', () => {
    const ratios = computeRatios(full, makeFullStatement(2022, { revenueFen: yuan(5_000_000) }));
    expect(ratios.revenueGrowth).toBeNull();
    expect(ratios.netProfitGrowth).toBeNull();
  });
});

describe('computeRatios: missing and meaningless inputs', () => {
  it('is all null for an empty statement', () => {
    const ratios = computeRatios(makeStatement(2024), makeStatement(2023));
    for (const key of RATIO_KEYS) expect(ratios[key], key).toBeNull();
  });

  it.each([
    ['zero revenue', { revenueFen: 0n }, ['grossMargin', 'operatingMargin', 'netMargin', 'rdIntensity', 'taxBurden', 'highTechRevenueShare']],
    ['negative assets', { totalAssetsFen: -1n }, ['debtToAssets', 'returnOnAssets']],
    ['no current liabilities', { currentLiabilitiesFen: 0n }, ['currentRatio', 'cashRatio']],
    ['no R&D', { rdExpenseFen: 0n }, ['domesticRdShare']],
    ['missing cost of sales', { costOfSalesFen: null }, ['grossMargin']],
  ] as const)('%s nulls only the ratios that divide by it', (_label, figures, nulled) => {
    const ratios = computeRatios(makeFullStatement(2024, figures));
    for (const key of RATIO_KEYS) {
      const shouldBeNull = (nulled as readonly string[]).includes(key) || key === 'revenueGrowth' || key === 'netProfitGrowth';
      expect(ratios[key] === null, key).toBe(shouldBeNull);
    }
  });

  it('keeps negative margins (losses are meaningful)', () => {
    expect(computeRatios(makeFullStatement(2024, { netProfitFen: yuan(-2_000_000) })).netMargin).toBeCloseTo(-0.2, 12);
  });
});

describe('ratioOf', () => {
  it('divides fen exactly up to double rounding', () => {
    expect(ratioOf(1n, 3n)).toBe(1 / 3);
    expect(ratioOf(9_007_199_254_740_993n, 9_007_199_254_740_993n)).toBe(1);
  });
});

describe('RATIO_DEFINITIONS', () => {
  it('defines every ratio once, with names and a formula', () => {
    expect(RATIO_DEFINITIONS.map((definition) => definition.key)).toEqual([...RATIO_KEYS]);
    for (const definition of RATIO_DEFINITIONS) {
      expect(definition.nameZh).toMatch(/\p{Script=Han}/u);
      expect(definition.formula.length).toBeGreaterThan(5);
    }
  });
});
