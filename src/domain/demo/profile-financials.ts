// Up to three yearly statements per demo firm, built from the latest year backwards. Figures are
// whole yuan; parts are taken from their rounded wholes so cash ≤ current assets ≤ total assets,
// domestic R&D ≤ R&D and high-tech revenue ≤ revenue hold exactly.
import { isStatementExpected } from '../profile/completeness.ts';
import { yearOf } from '../profile/dates.ts';
import type { FinancialField, FinancialStatement } from '../profile/types.ts';
import type { DemoTraits } from './profile-traits.ts';
import { daysFromCivil } from './dates.ts';
import { clamp } from './draws.ts';
import type { Random } from './random.ts';

const STAGE_REVENUE: Readonly<Record<DemoTraits['stage'], number>> = { startup: 0.45, growth: 0.85, mature: 1 };
const MIN_REVENUE = 1_000_000;
const MAX_REVENUE = 3_000_000_000;
/** Profit up to ¥3m is taxed at 5% for small low-profit firms (小型微利企业). */
const SMALL_PROFIT_LIMIT = 3_000_000;

const toFen = (yuan: number): bigint => BigInt(Math.round(yuan)) * 100n;

/** Share of the founding year the firm existed, or 1 for later years. */
function yearFraction(t: DemoTraits, year: number): number {
  if (yearOf(t.enterprise.foundedOn) < year) return 1;
  return (daysFromCivil(year + 1, 1, 1) - t.foundedDay) / 365;
}

function latestRevenue(rng: Random, t: DemoTraits): number {
  const young = t.ageYears < 1.5 ? 0.5 : 1;
  const perHead = t.sectorProfile.revenuePerHead * Math.exp(rng.normal(0, 0.35)) * (0.55 + 0.9 * t.quality);
  const revenue = t.enterprise.employees * perHead * STAGE_REVENUE[t.stage] * young;
  return clamp(revenue, MIN_REVENUE * rng.float(1, 1.6), MAX_REVENUE);
}

/** The last three completed years in which the platform expects a statement from the firm. */
function statementYears(t: DemoTraits): number[] {
  const years: number[] = [];
  for (let year = t.todayYear - 3; year <= t.todayYear - 1; year++) {
    if (isStatementExpected(t.enterprise.foundedOn, year)) years.push(year);
  }
  return years;
}

function makeStatement(rng: Random, t: DemoTraits, year: number, revenue: number): FinancialStatement {
  const rdShare = t.rdIntensity * rng.float(0.9, 1.1);
  const sga = rng.float(0.08, 0.18);
  const netTarget = t.netMargin + rng.normal(0, 0.03);
  const smallProfit = revenue * netTarget < SMALL_PROFIT_LIMIT;
  const taxRate = t.hnte ? 0.15 : smallProfit ? 0.05 : 0.25;
  const opTarget = netTarget > 0 ? netTarget / (1 - taxRate) : netTarget;
  const gross = clamp(opTarget + rdShare + sga + 0.01, 0.08, 0.92);
  const operatingProfit = revenue * (gross - rdShare - sga - 0.01);
  const incomeTax = Math.max(0, operatingProfit) * taxRate;
  const netProfit = operatingProfit - incomeTax + revenue * rng.normal(0, 0.005);
  const assets = Math.round(Math.max(revenue * t.assetTurn * rng.float(0.95, 1.05), Number(t.enterprise.registeredCapitalFen) / 100 * 0.6, 500_000));
  const liabilities = Math.round(assets * clamp(t.leverage + rng.normal(0, 0.03), 0.03, 1.4));
  const currentAssets = Math.round(assets * clamp(t.currentAssetShare + rng.normal(0, 0.03), 0.3, 0.9));
  const currentLiabilities = Math.round(Math.min(currentAssets / (t.currentRatio * rng.float(0.92, 1.08)), liabilities * 0.97));
  const wholeRevenue = Math.round(revenue);
  const rd = Math.round(revenue * rdShare);
  return {
    year,
    revenueFen: toFen(wholeRevenue),
    costOfSalesFen: toFen(revenue * (1 - gross)),
    operatingProfitFen: toFen(operatingProfit),
    netProfitFen: toFen(netProfit),
    totalAssetsFen: toFen(assets),
    totalLiabilitiesFen: toFen(liabilities),
    currentAssetsFen: toFen(currentAssets),
    currentLiabilitiesFen: toFen(currentLiabilities),
    cashFen: toFen(currentAssets * clamp(t.cashShare + rng.normal(0, 0.03), 0.05, 0.9)),
    operatingCashFlowFen: toFen(netProfit + revenue * rng.normal(0.03, 0.04)),
    rdExpenseFen: toFen(rd),
    rdExpenseDomesticFen: toFen(rd * t.domesticRdShare),
    taxPaidFen: toFen(revenue * rng.float(0.01, 0.035) * (t.stage === 'startup' ? 0.6 : 1) + incomeTax),
    highTechRevenueFen: toFen(wholeRevenue * clamp(t.highTechShare * rng.float(0.97, 1.03), 0, 1)),
  };
}

/**
 * Figures a careless firm leaves blank; core lines (revenue, profit, assets) are always kept,
 * and HNTE holders always report the two figures their certificate rests on.
 */
const SKIPPABLE: readonly FinancialField[] = [
  'rdExpenseDomesticFen', 'highTechRevenueFen', 'operatingCashFlowFen', 'cashFen', 'costOfSalesFen', 'taxPaidFen',
];
const HNTE_REPORTED: ReadonlySet<FinancialField> = new Set(['rdExpenseDomesticFen', 'highTechRevenueFen']);

function blankSome(rng: Random, t: DemoTraits, statement: FinancialStatement): FinancialStatement {
  const p = 0.35 * (1 - t.diligence) ** 2;
  for (const field of SKIPPABLE) if (rng.chance(p) && !(t.hnte && HNTE_REPORTED.has(field))) statement[field] = null;
  return statement;
}

/** Oldest first. Young firms have fewer; a careless one may lack the latest year. */
export function makeStatements(rng: Random, t: DemoTraits): FinancialStatement[] {
  const years = statementYears(t);
  const statements: FinancialStatement[] = [];
  let revenue = latestRevenue(rng, t);
  for (let i = years.length - 1; i >= 0; i--) {
    const year = years[i]!;
    const scaled = Math.max(revenue * yearFraction(t, year), 100_000);
    statements.unshift(blankSome(rng, t, makeStatement(rng, t, year, scaled)));
    revenue = revenue / (1 + clamp(t.revenueGrowth + rng.normal(0, 0.1), -0.5, 3));
  }
  const dropLatest = statements.length > 1 && rng.chance(0.15 * (1 - t.diligence));
  return dropLatest ? statements.slice(0, -1) : statements;
}
