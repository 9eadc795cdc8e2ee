// The STAR Market readiness answer: fen as integer numbers, ratios as decimals (numbers), counts
// as integers; the unit of each value says which.
import { z } from 'zod';
import { STAR_CONDITION_KINDS, STAR_GROUPS, STAR_INDICATOR_IDS, STAR_MISSING, STAR_OUTLOOKS, type StarConditionResult, type StarIndicatorResult, type StarValue } from '../../../domain/equity/star/index.ts';
import type { StarReadinessView } from '../../../services/equity/star-readiness.ts';
import { fenToJson } from '../common.ts';

const Value = z.number().nullable();
const Measured = {
  met: z.boolean(),
  unit: z.enum(['ratio', 'fen', 'count', 'assessment']),
  actual: Value,
  required: Value,
  gap: Value.describe('required − actual in the unit; 0 when met, null when unknown'),
  yearsToClose: z.number().int().nullable().describe('Whole years until met at the recent growth; 0 when met, null when it does not close at that growth'),
  outlook: z.enum(STAR_OUTLOOKS),
  missing: z.enum(STAR_MISSING).optional(),
};

const Indicator = z.object({ id: z.enum(STAR_INDICATOR_IDS), group: z.enum(STAR_GROUPS), ...Measured }).meta({ id: 'StarIndicator' });
const Condition = z.object({ kind: z.enum(STAR_CONDITION_KINDS), topic: z.string().optional(), ...Measured }).meta({ id: 'StarCondition' });

export const StarReadinessSchema = z
  .object({
    creditCode: z.string(),
    enterpriseName: z.string(),
    asOf: z.string(),
    ruleSetCode: z.string(),
    ruleSetVersion: z.string(),
    ruleSetName: z.object({ zh: z.string(), en: z.string() }),
    fiscalYears: z.array(z.number().int()),
    staffMonth: z.string().nullable(),
    attributesMet: z.boolean(),
    attributesMetBy: z.enum(['regular', 'exception']).nullable(),
    groups: z.array(z.object({ id: z.enum(STAR_GROUPS), met: z.boolean(), indicators: z.array(z.enum(STAR_INDICATOR_IDS)) })),
    indicators: z.array(Indicator),
    expectedMarketValueFen: z.number().int().nullable(),
    marketValueSource: z.enum(['user', 'last_round', 'none']),
    standards: z.array(
      z.object({
        id: z.string(),
        nameZh: z.string(),
        nameEn: z.string(),
        status: z.enum(['met', 'not_met', 'needs_assessment']),
        met: z.boolean(),
        gaps: z.array(Condition),
        alternatives: z.array(z.array(Condition)),
      }),
    ),
    growth: z.object({
      revenue: z.number().nullable(),
      rdExpense: z.number().nullable(),
      netProfit: z.number().nullable(),
      operatingCashFlow: z.number().nullable(),
      employees: z.number().nullable(),
      rdStaff: z.number().nullable(),
      inventionPatentsPerYear: z.number(),
    }),
  })
  .meta({ id: 'StarReadiness' });

export const StarQuery = z.object({
  marketValueFen: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).transform(BigInt).optional().describe('The expected market value the user set, in fen, in place of the last round’s post-money valuation'),
});

const valueOf = (value: StarValue | null): number | null => (value === null ? null : typeof value === 'bigint' ? fenToJson(value) : value);

function presentMeasured<T extends StarIndicatorResult | StarConditionResult>(m: T) {
  return { ...m, actual: valueOf(m.actual), required: valueOf(m.required), gap: valueOf(m.gap) };
}

export function presentStarReadiness(view: StarReadinessView) {
  const { readiness: r, enterprise, ruleSet } = view;
  return {
    creditCode: enterprise.creditCode,
    enterpriseName: enterprise.name,
    asOf: view.asOf,
    ruleSetCode: r.ruleSetCode,
    ruleSetVersion: r.ruleSetVersion,
    ruleSetName: { zh: ruleSet.nameZh, en: ruleSet.nameEn },
    fiscalYears: r.fiscalYears,
    staffMonth: r.staffMonth,
    attributesMet: r.attributesMet,
    attributesMetBy: r.attributesMetBy,
    groups: r.groups,
    indicators: r.indicators.map(presentMeasured),
    expectedMarketValueFen: r.expectedMarketValueFen === null ? null : fenToJson(r.expectedMarketValueFen),
    marketValueSource: r.marketValueSource,
    standards: r.standards.map((s) => ({ ...s, gaps: s.gaps.map(presentMeasured), alternatives: s.alternatives.map((a) => a.map(presentMeasured)) })),
    growth: r.growth,
  };
}
