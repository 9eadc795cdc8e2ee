// The listing standards of article 2.1.2: each holds when every condition of one alternative
// holds. The market value is the expected one given (never projected); an expert's assessment is
// never met automatically.
import type { StarFacts } from './facts.ts';
import { atLeastFen, lastRevenue, lastYearsSum, profitEachYear, shareOfYears, type Measure } from './measures.ts';
import { withOutlook } from './outlook.ts';
import type { StarCondition, StarConditionResult, StarGrowth, StarStandard, StarStandardResult } from './types.ts';

function measureCondition(condition: StarCondition, facts: StarFacts): Measure {
  switch (condition.kind) {
    case 'net_profit_positive_each_year':
      return profitEachYear(facts, condition.years);
    case 'net_profit_total':
      return atLeastFen(lastYearsSum(facts, 'netProfitFen', condition.years), condition.minFen);
    case 'revenue_last_year':
      return atLeastFen(lastRevenue(facts), condition.minFen);
    case 'rd_share_of_revenue':
      return shareOfYears(facts, 'rdExpenseFen', 'revenueFen', condition.years, condition.minRatio);
    case 'operating_cash_flow_total':
      return atLeastFen(lastYearsSum(facts, 'operatingCashFlowFen', condition.years), condition.minFen);
    default:
      throw new Error(`not a figure condition: ${condition.kind}`);
  }
}

function evaluateCondition(condition: StarCondition, facts: StarFacts, growth: StarGrowth, marketValueFen: bigint | null): StarConditionResult {
  if (condition.kind === 'needs_assessment') {
    return { kind: condition.kind, topic: condition.topic, met: false, unit: 'assessment', actual: null, required: null, gap: null, yearsToClose: null, outlook: 'not_projected' };
  }
  if (condition.kind === 'market_value') {
    const required = BigInt(condition.minFen);
    if (marketValueFen === null) {
      return { kind: condition.kind, met: false, unit: 'fen', actual: null, required, gap: null, yearsToClose: null, outlook: 'no_data', missing: 'market_value' };
    }
    const met = marketValueFen >= required;
    return { kind: condition.kind, met, unit: 'fen', actual: marketValueFen, required, gap: met ? 0n : required - marketValueFen, yearsToClose: met ? 0 : null, outlook: met ? 'met' : 'not_projected' };
  }
  return { kind: condition.kind, ...withOutlook((f) => measureCondition(condition, f), facts, growth) };
}

/** Unmet conditions that data could meet, the count that ranks alternatives (assessments aside). */
const openCount = (results: StarConditionResult[]) => results.filter((r) => !r.met && r.unit !== 'assessment').length;

export function evaluateStandard(standard: StarStandard, facts: StarFacts, growth: StarGrowth, marketValueFen: bigint | null): StarStandardResult {
  const alternatives = standard.alternatives.map((conditions) => conditions.map((c) => evaluateCondition(c, facts, growth, marketValueFen)));
  const met = alternatives.some((results) => results.every((r) => r.met));
  const best = alternatives.reduce((a, b) => (openCount(b) < openCount(a) ? b : a));
  const gaps = met ? [] : best.filter((r) => !r.met);
  const status = met ? 'met' : gaps.every((g) => g.unit === 'assessment') ? 'needs_assessment' : 'not_met';
  return { id: standard.id, nameZh: standard.nameZh, nameEn: standard.nameEn, status, met, gaps, alternatives };
}
